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

export type ImportEngine = typeof import("./importEngine");

let importEngine: Promise<ImportEngine> | null = null;

/**
 * The plan reader (documents, the lexicon of bodies): its own chunk, fetched when a plan is first
 * previewed or imported, so that the engine the other views need stays small.
 */
export function loadImportEngine(): Promise<ImportEngine> {
  importEngine ??= import(/* webpackChunkName: "taskpane-import" */ "./importEngine").catch((error: unknown) => {
    importEngine = null;
    throw error;
  });
  return importEngine;
}
