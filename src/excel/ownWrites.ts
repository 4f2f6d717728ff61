import { contains, parseRect, type Rect } from "./a1";

/**
 * Tells the add-in's own writes from the user's edits, for live validation.
 *
 * Excel raises table change events for the add-in's writes too, and TableChangedEventArgs carries
 * no trigger source in any ExcelApi set (triggerSource is on WorksheetChangedEventArgs, 1.14). So:
 * from ExcelApi 1.8 apply() turns the add-in's events off around its writes (Runtime.enableEvents);
 * below that, apply() holds this guard and records the table areas it wrote, and an event that
 * arrives while the guard is held, or shortly after, is the add-in's own only if it lies inside an
 * area just written (events arrive asynchronously, after the sync that caused them).
 */
export class OwnWriteGuard {
  private depth = 0;
  private areas: { table: string; rect: Rect; until: number }[] = [];

  constructor(
    /** How long after a write its events may still arrive. */
    readonly graceMs = 2000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Runs `work` as the add-in's own write. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    this.depth++;
    try {
      return await work();
    } finally {
      this.depth--;
      const until = this.now() + this.graceMs;
      for (const a of this.areas) if (a.until === Infinity) a.until = until;
    }
  }

  /** Records an area of a table the add-in writes (1-based sheet rectangle). */
  record(table: string, rect: Rect): void {
    this.prune();
    this.areas.push({ table: table.toLowerCase(), rect, until: this.depth > 0 ? Infinity : this.now() + this.graceMs });
  }

  get writing(): boolean {
    return this.depth > 0;
  }

  /** True when a change event for `table` at `address` is the add-in's own write. */
  isOwn(table: string, address: string | undefined): boolean {
    this.prune();
    const key = table.toLowerCase();
    const mine = this.areas.filter((a) => a.table === key);
    const rect = address ? parseRect(address) : null;
    if (rect && mine.some((a) => contains(a.rect, rect))) return true;
    // Unparseable address while writing: err on the side of not re-running on our own write.
    return this.depth > 0 && rect === null;
  }

  private prune(): void {
    const t = this.now();
    this.areas = this.areas.filter((a) => a.until > t);
  }
}

/** The guard apply() and live sync share inside one add-in runtime. */
export const ownWrites = new OwnWriteGuard();
