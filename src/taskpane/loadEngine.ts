export type Engine = typeof import("./engine");

let engine: Promise<Engine> | null = null;

/**
 * The engine chunk, fetched once (App starts it on mount; actions await it). A failed fetch is
 * forgotten, so the next action tries again.
 */
export function loadEngine(): Promise<Engine> {
  engine ??= import(/* webpackChunkName: "taskpane-engine" */ "./engine").catch((error: unknown) => {
    engine = null;
    throw error;
  });
  return engine;
}
