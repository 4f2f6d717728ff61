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

/** A run's wall-clock time, and the CPU time this process spent in it (all its threads: V8's
 *  garbage collector works beside the main thread), in ms. On a machine other work shares, the
 *  wall clock counts the time the process waited for a core; CPU time does not. */
export interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

export function stopwatch(): () => Timing {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
  };
}

/** Each of `runs` runs of `work`, with the garbage of the run before collected first. */
export async function timeRuns(runs: number, work: () => unknown): Promise<Timing[]> {
  const times: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    settle();
    const stop = stopwatch();
    await work();
    times.push(stop());
  }
  return times;
}

export const walls = (t: readonly Timing[]): number[] => t.map((x) => x.wall);
export const cpus = (t: readonly Timing[]): number[] => t.map((x) => x.cpu);

export const round = (n: number, digits = 0): number => Math.round(n * 10 ** digits) / 10 ** digits;
