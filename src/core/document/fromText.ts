/**
 * Plain text (pasted, a .txt file, HTML made into text) into the document model. Text has no tables,
 * only lines: the task table is found by its header's meaning and its rows put back together from
 * the shapes copying gives them (tab-separated, markdown pipes, columns of spaces from a PDF, one
 * cell per line); the lines around it are paragraphs. Section and group headings written across the
 * table stay rows of the table, as they are in the Word file: the plan reader decides what they are.
 */
import { findHeader, headerTexts, readTable } from "../plan/documentTable";
import { unstackTable } from "../plan/stackedTable";
import { cleanChars, stripMarkdown } from "../text/normalize";
import type { DocBlock, DocCell, PlanDocument } from "./model";
import { paragraph, tableOf } from "./model";

const cell = (text: string): DocCell => ({ paragraphs: text === "" ? [] : text.split("\n") });

/**
 * @param isUnitLine tells a line that names a responsible unit, which is what puts a table copied
 * one cell per line back into rows.
 */
export function textToDocument(text: string, isUnitLine: (line: string) => boolean = () => false): PlanDocument {
  const written = cleanChars(typeof text === "string" ? text : "")
    .split("\n")
    // Box-drawing bars read as markdown pipes.
    .map((l) => stripMarkdown(l).replace(/[│┃║]/g, "|"));
  let header = findHeader(written);
  const unstacked = header ? null : unstackTable(written, isUnitLine);
  const lines = unstacked?.lines ?? written;
  // Line numbers stay the document's, also where a stacked table was put back into rows.
  const lineOf = (index: number): number => (unstacked ? (unstacked.origin[index] ?? index) + 1 : index + 1);
  if (unstacked) header = findHeader(lines);
  if (!header) return { blocks: lines.map((l, i) => paragraph(l, lineOf(i))), source: "text" };

  const table = readTable(lines, header);
  const blocks: DocBlock[] = lines.slice(0, header.index).map((l, i) => paragraph(l, lineOf(i)));
  const headRow = { cells: headerTexts(lines, header).map(cell), line: lineOf(header.index), repeatsAsHeader: true };
  const rows = table.rows.map((r) => ({ cells: r.cells.map(cell), line: lineOf(r.line - 1) }));
  blocks.push(tableOf([headRow, ...rows], headRow.line));
  for (let i = table.end; i < lines.length; i++) blocks.push(paragraph(lines[i], lineOf(i)));
  return { blocks, source: "text" };
}
