/**
 * Request-size bookkeeping. Excel on the web rejects a request or response over 5 MB; the adapter
 * estimates what each queued call carries (UTF-8 bytes of its JSON, plus a per-call overhead) and
 * starts a new sync only when the next call would pass the budget.
 */

/** Default budget per sync: under the 5 MB limit with room for Office.js's own envelope. */
export const DEFAULT_PAYLOAD_BUDGET = 4_000_000;
/** Default budget for what one sync reads back. Closer to the limit than the request budget: a
 *  response is sized from the bytes of rows already read (measured, not guessed), and one refused
 *  costs only a read again with less in it. */
export const DEFAULT_RESPONSE_BUDGET = 4_500_000;
/** Bytes Office.js spends on one of our calls besides its arguments: a few actions (get the sheet,
 *  get the range, set the property), each with its object path, ids and names. */
export const CALL_OVERHEAD = 400;

export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}

/** Splits rows into consecutive slices of at most `maxBytes` each (a single huge row stands alone). */
export function sliceRows<T>(rows: readonly T[], maxBytes: number): { start: number; rows: T[]; bytes: number }[] {
  const out: { start: number; rows: T[]; bytes: number }[] = [];
  let start = 0;
  let bytes = 0;
  let current: T[] = [];
  rows.forEach((row, i) => {
    const b = jsonBytes(row) + 1;
    if (current.length > 0 && bytes + b > maxBytes) {
      out.push({ start, rows: current, bytes });
      start = i;
      bytes = 0;
      current = [];
    }
    current.push(row);
    bytes += b;
  });
  if (current.length > 0) out.push({ start, rows: current, bytes });
  return out;
}

/** Groups items (in order) so that each group's bytes stay within the budget. */
export function chunkByBytes<T extends { readonly bytes: number }>(items: readonly T[], budget: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    if (current.length > 0 && used + item.bytes > budget) {
      chunks.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += item.bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
