import { officeCapabilities, type Capabilities } from "./capabilities";
import { ownWrites, OwnWriteGuard } from "./ownWrites";

export { ownWrites, OwnWriteGuard };

export interface LiveSyncOptions {
  /** Names of the tables whose edits re-run validation. */
  readonly tables: readonly string[];
  readonly debounceMs: number;
  readonly onEdit: () => Promise<void>;
  readonly caps?: Capabilities;
  readonly guard?: OwnWriteGuard;
  /** Where a failing onEdit is reported (it never stops live sync). */
  readonly onError?: (error: unknown) => void;
}

export interface LiveSync {
  /** False where the host has no table events (below ExcelApi 1.7): nothing is watched. */
  readonly active: boolean;
  stop(): Promise<void>;
}

type TableChange = Pick<Excel.TableChangedEventArgs, "tableId" | "address" | "source"> & { triggerSource?: string };

/**
 * Re-runs `onEdit` after the user edits one of `tables`: one call per burst of edits (debounced),
 * never two at once, and none for the add-in's own writes (see OwnWriteGuard) or for edits that
 * co-authors made elsewhere (their own add-in validates them; reacting here would ping-pong).
 * Uses TableCollection.onChanged (ExcelApi 1.7), so tables created after the start are watched too.
 */
export async function startLiveSync(run: typeof Excel.run, opts: LiveSyncOptions): Promise<LiveSync> {
  const caps = opts.caps ?? officeCapabilities();
  if (!caps.events) return { active: false, stop: async () => undefined };
  const guard = opts.guard ?? ownWrites;
  const watched = new Set(opts.tables.map((t) => t.toLowerCase()));
  const names = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  const loadNames = (): Promise<void> =>
    run(async (context) => {
      const tables = context.workbook.tables.load("items/name,items/id");
      await context.sync();
      names.clear();
      for (const t of tables.items) names.set(t.id, t.name);
    });

  const fire = (): void => {
    timer = undefined;
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = opts
      .onEdit()
      .catch((e: unknown) => opts.onError?.(e))
      .finally(() => {
        running = undefined;
        if (again && !stopped) {
          again = false;
          schedule();
        }
      });
  };
  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(fire, opts.debounceMs);
  };

  const onChanged = async (event: TableChange): Promise<void> => {
    if (stopped || event.source === "Remote" || event.triggerSource === "ThisLocalAddin") return;
    if (!names.has(event.tableId)) await loadNames();
    const name = names.get(event.tableId);
    if (name === undefined || !watched.has(name.toLowerCase())) return;
    if (guard.isOwn(name, event.address)) return;
    schedule();
  };

  await loadNames();
  const registration = await run(async (context) => {
    const handler = context.workbook.tables.onChanged.add(onChanged);
    await context.sync();
    return handler;
  });

  return {
    active: true,
    async stop(): Promise<void> {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await run(registration.context, async (context) => {
        registration.remove();
        await context.sync();
      });
      await running;
    },
  };
}
