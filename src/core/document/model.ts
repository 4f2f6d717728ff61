/**
 * The one document model every input becomes — plain text, HTML and Word alike — before the plan
 * reader sees it: a run of paragraphs and tables; a table is rows on one grid of columns, each cell a
 * list of paragraphs, merged cells already resolved. A rule about plans is written once, against
 * this, whatever the file was.
 */

export interface DocParagraph {
  readonly kind: "paragraph";
  readonly text: string;
  /** 1-based place in the source a person can find: the line of a text, the paragraph of a Word file. */
  readonly line: number;
}

export interface DocCell {
  /** The cell's paragraphs as written (Word's automatic numbering rendered as Word shows it). */
  readonly paragraphs: readonly string[];
  /**
   * How the cell came to hold its value: written in it; covered by the cell to its left that spans
   * it (a heading merged across: the paragraphs are empty here); or covered by the cell above that
   * is merged down (the value holds for every row it covers: the paragraphs are that cell's).
   */
  readonly merged?: "left" | "up";
}

export interface DocRow {
  /** One cell per grid column of the table: every row has the table's width. */
  readonly cells: readonly DocCell[];
  readonly line: number;
  /** Marked to repeat at the top of each page (Word's "Repeat as header row"). */
  readonly repeatsAsHeader?: boolean;
}

export interface DocTable {
  readonly kind: "table";
  readonly width: number;
  readonly rows: readonly DocRow[];
  readonly line: number;
}

export type DocBlock = DocParagraph | DocTable;

export interface PlanDocument {
  readonly blocks: readonly DocBlock[];
  /** Where it came from, for messages: "text", "html", "docx". */
  readonly source: "text" | "html" | "docx";
}

/** A cell's text: its paragraphs one per line. */
export const cellText = (cell: DocCell | undefined): string => (cell ? cell.paragraphs.join("\n") : "");

export const paragraph = (text: string, line: number): DocParagraph => ({ kind: "paragraph", text, line });

/**
 * A table from rows of cells that may differ in width: short rows are padded with empty cells, so
 * that every row is on the table's one grid.
 */
export function tableOf(rows: readonly { cells: readonly DocCell[]; line: number; repeatsAsHeader?: boolean }[], line: number): DocTable {
  const width = rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
  return {
    kind: "table",
    width,
    line,
    rows: rows.map((r) => ({
      ...r,
      cells: r.cells.length === width ? r.cells : [...r.cells, ...Array.from({ length: width - r.cells.length }, () => ({ paragraphs: [] }))],
    })),
  };
}

/**
 * The document as lines of text: a paragraph is a line, a table row lines of its cells' texts
 * separated by tabs (as Word copies a table). What reads a plan's header block and its prose
 * sections (number, date, title, submissions) reads this.
 */
export function documentLines(blocks: readonly DocBlock[]): string[] {
  const lines: string[] = [];
  for (const b of blocks) {
    if (b.kind === "paragraph") lines.push(b.text);
    else {
      // A row whose cells hold several paragraphs gives a line per paragraph, its cells side by side:
      // a letterhead ("Số: 217/KH-LĐLĐ" under the issuing body, "Lai Châu, ngày …" under the motto)
      // reads as Word copies it.
      for (const r of b.rows) {
        const own = r.cells.map((c) => (c.merged === "left" ? [] : c.paragraphs));
        const height = Math.max(1, ...own.map((p) => p.length));
        for (let k = 0; k < height; k++) lines.push(own.map((p) => p[k] ?? "").join("\t"));
      }
    }
  }
  return lines;
}
