import { jsonBytes } from "./payload";

/** Rows per block of the profile. */
const STEP = 512;
/** Rows measured per block (spread over it). */
const SAMPLES = 16;

/**
 * What a table's rows weigh as JSON (the bytes Excel sends back when they are read), block by block:
 * plans are not uniform (the first quarters' tasks carry more warnings by midyear), so reads of a
 * big table are sized from where its heavy rows are, not from an average. Estimated from samples:
 * a few rows per block of 512.
 */
export class RowWeights {
  private constructor(
    /** cumulative[k]: bytes of rows [0, k·STEP) (the last entry: all rows). */
    private readonly cumulative: readonly number[],
    readonly rows: number,
  ) {}

  static of(rows: readonly (readonly unknown[])[]): RowWeights {
    const cumulative = [0];
    let total = 0;
    for (let start = 0; start < rows.length; start += STEP) {
      const end = Math.min(rows.length, start + STEP);
      const step = Math.max(1, Math.floor((end - start) / SAMPLES));
      let bytes = 0;
      let seen = 0;
      for (let i = start; i < end; i += step) {
        bytes += jsonBytes(rows[i]) + 1;
        seen++;
      }
      total += (bytes / seen) * (end - start);
      cumulative.push(total);
    }
    return new RowWeights(cumulative, rows.length);
  }

  static uniform(rows: number, bytesPerRow: number): RowWeights {
    const cumulative = [0];
    for (let start = 0; start < rows; start += STEP) cumulative.push(Math.min(rows, start + STEP) * bytesPerRow);
    return new RowWeights(cumulative, rows);
  }

  get total(): number {
    return this.cumulative[this.cumulative.length - 1];
  }

  get perRow(): number {
    return this.rows > 0 ? this.total / this.rows : 0;
  }

  /** Bytes of rows [0, i); past the rows known, each further row weighs the average. */
  private upTo(i: number): number {
    if (i >= this.rows) return this.total + (i - this.rows) * this.perRow;
    const k = Math.floor(i / STEP);
    const blockEnd = Math.min(this.rows, (k + 1) * STEP);
    const inBlock = (i - k * STEP) / (blockEnd - k * STEP);
    return this.cumulative[k] + inBlock * (this.cumulative[k + 1] - this.cumulative[k]);
  }

  /** Bytes of rows [from, to). */
  bytes(from: number, to: number): number {
    return this.upTo(to) - this.upTo(from);
  }

  /** The most rows from `from` on (at most `max`) whose bytes stay within `room`. */
  fit(from: number, room: number, max: number): number {
    if (this.bytes(from, from + max) <= room) return max;
    let lo = 0;
    let hi = max;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.bytes(from, from + mid) <= room) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** These rows up to `rows`, then `more` after them (rows appended to a table). */
  then(rows: number, more: RowWeights): RowWeights {
    const head = Math.min(rows, this.rows);
    const all = head + more.rows;
    const at = (x: number): number => (x <= head ? this.upTo(x) : this.upTo(head) + more.upTo(x - head));
    const cumulative = [0];
    for (let start = 0; start < all; start += STEP) cumulative.push(at(Math.min(all, start + STEP)));
    return new RowWeights(cumulative, all);
  }
}
