/** Column letters for a 1-based column index (1 → A, 27 → AA), shared by both adapters and the pane. */
export function columnLetters(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
