/** Small timing helpers: medians of runs, in one process, with the garbage of the last run gone. */

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Collects garbage when node runs with --expose-gc (the bench command does), so a run does not
 *  pay for the one before. */
export function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Milliseconds of each of `runs` runs of `work` (after `warmup` runs not counted). */
export async function timeRuns(runs: number, work: () => unknown, warmup = 0): Promise<number[]> {
  for (let i = 0; i < warmup; i++) {
    settle();
    await work();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    settle();
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  return times;
}

export const round = (n: number, digits = 0): number => Math.round(n * 10 ** digits) / 10 ** digits;
