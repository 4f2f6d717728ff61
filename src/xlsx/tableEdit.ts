/**
 * TableEdit on an exceljs workbook: create the table when missing, append the columns it lacks,
 * write the cells named, the owned columns whole, and new rows at the bottom. Every check that can
 * refuse the edit runs before the first cell is written.
 */
import type * as ExcelJS from "exceljs";
import { UserFacingError, tableColumnBlocked, tableRowsBlocked } from "../app/errors";
import { matchKey } from "../core/text/normalize";
import type { CellWrite, ColumnSpec, TableEdit } from "../core/workbook/types";
import { peekHasContent, peekText } from "./cellValues";
import { copyStyle, styleWith } from "./cellStyles";
import { mayWrite, writeCell } from "./cellWrite";
import {
  addTableModel,
  address,
  cleanSheetName,
  findSheet,
  findTable,
  firstOccupied,
  internals,
  lastUsedRow,
  mergedAreas,
  overlap,
  setTableBox,
  tableBox,
  uniqueColumnNames,
} from "./sheets";
import type { Box, LocatedTable, TableModel } from "./sheets";

const EMPTY: CellWrite = { value: null };

/** A table's data rows; a table whose only data row is blank is Excel's empty table. */
export function dataRowCount(ws: ExcelJS.Worksheet, model: TableModel): number {
  const box = tableBox(model);
  const first = box.top + (model.headerRow ? 1 : 0);
  const last = box.bottom - (model.totalsRow ? 1 : 0);
  const count = Math.max(0, last - first + 1);
  if (count !== 1) return count;
  for (let c = box.left; c <= box.right; c++) if (peekHasContent(ws, first, c)) return 1;
  return 0;
}

function createTable(wb: ExcelJS.Workbook, edit: TableEdit): LocatedTable {
  const ws = findSheet(wb, cleanSheetName(edit.sheet)) ?? wb.addWorksheet(cleanSheetName(edit.sheet));
  const width = edit.columns.length;
  const rows = Math.max(edit.append.length, 1);
  let top = edit.anchor.row;
  const left = edit.anchor.column;
  const wanted = { top, left, bottom: top + rows, right: left + width - 1 };
  if (firstOccupied(ws, wanted) !== null) {
    // The anchor holds a user's data: never cover it, go below everything on the sheet.
    top = lastUsedRow(ws) + 2;
  }
  const names = uniqueColumnNames(edit.columns.map((c) => c.header));
  names.forEach((name, i) => {
    const cell = ws.getCell(top, left + i);
    cell.value = name;
    cell.style = styleWith(cell.style, "header") as ExcelJS.Style;
    setWidthIfUnset(ws, left + i, edit.columns[i]);
  });
  // One (blank) data row, as Excel makes an empty table; appended rows extend it below, into the
  // cells checked free above.
  const model = addTableModel(ws, edit.table, top, left, names, 1);
  return { ws, model };
}

function setWidthIfUnset(ws: ExcelJS.Worksheet, column: number, spec: ColumnSpec): void {
  const col = ws.getColumn(column);
  if (spec.width && !col.width) col.width = spec.width;
}

function specKeys(spec: ColumnSpec): Set<string> {
  return new Set([spec.header, ...spec.synonyms].map(matchKey).filter((k) => k !== ""));
}

/** An in-cell dropdown for a column with a closed list, on cells that have no validation yet. */
function addDropdown(ws: ExcelJS.Worksheet, spec: ColumnSpec, column: number, fromRow: number, toRow: number): void {
  const allowed = spec.allowed;
  if (!allowed || allowed.length === 0 || fromRow > toRow) return;
  const list = allowed.join(",");
  // An inline list cannot hold commas or quotes and is limited to 255 characters.
  if (allowed.some((a) => /[,"]/.test(a)) || list.length > 255) return;
  for (let r = fromRow; r <= toRow; r++) {
    const at = address(r, column);
    if (internals(ws).dataValidations.find(at)) continue;
    internals(ws).dataValidations.add(at, {
      type: "list",
      allowBlank: true,
      formulae: [`"${list}"`],
      showErrorMessage: true,
      errorStyle: "warning",
    });
  }
}

function blocked(code: string, vi: string, en: string): UserFacingError {
  return new UserFacingError(code, vi, en);
}

export function applyTableEdit(wb: ExcelJS.Workbook, edit: TableEdit): void {
  const found = findTable(wb, edit.table);
  const created = !found;
  const { ws, model } = found ?? createTable(wb, edit);
  const box = tableBox(model);
  if (!model.headerRow) {
    throw blocked(
      "table-no-header",
      `Bảng ${model.name} trên trang «${ws.name}» không có hàng tiêu đề. Hãy bật “Header Row” cho bảng (Table Design) rồi chạy lại.`,
      `Table ${model.name} on sheet "${ws.name}" has no header row. Turn on "Header Row" for the table (Table Design) and run again.`,
    );
  }

  // Columns by header key, never by position; a sheet column answers one spec only.
  const headerRow = box.top;
  const keys: string[] = [];
  for (let c = box.left; c <= box.right; c++) {
    keys.push(matchKey(peekText(ws, headerRow, c) || model.columns[c - box.left]?.name || ""));
  }
  const columnOf = new Map<string, number>();
  const claimed = new Set<number>();
  const missing: ColumnSpec[] = [];
  for (const spec of edit.columns) {
    const wanted = specKeys(spec);
    const i = keys.findIndex((k, idx) => !claimed.has(idx) && wanted.has(k));
    if (i >= 0) {
      claimed.add(i);
      columnOf.set(spec.header, box.left + i);
    } else {
      missing.push(spec);
    }
  }
  missing.forEach((spec, k) => columnOf.set(spec.header, box.right + 1 + k));
  const specOf = new Map(edit.columns.map((s) => [s.header, s]));
  const col = (header: string): number => {
    const c = columnOf.get(header);
    if (c === undefined) throw new Error(`TableEdit ${edit.table}: "${header}" is not one of its columns`);
    return c;
  };

  const existing = dataRowCount(ws, model);
  const total = existing + edit.append.length;
  const totals = model.totalsRow ? 1 : 0;
  const oldDataBottom = box.bottom - totals;
  const newDataBottom = headerRow + Math.max(total, 1);
  const extraRows = Math.max(0, newDataBottom - oldDataBottom);
  const right = box.right + missing.length;
  for (const c of edit.cells) {
    if (!Number.isInteger(c.row) || c.row < 0 || c.row >= existing) {
      throw new Error(`TableEdit ${edit.table}: row ${c.row} is not an existing data row (0..${existing - 1})`);
    }
    col(c.column);
  }
  for (const o of edit.ownedColumns) col(o.column);
  for (const r of edit.append) for (const k of Object.keys(r)) col(k);

  if (!created && missing.length > 0) {
    const at = firstOccupied(ws, { top: headerRow, left: box.right + 1, bottom: newDataBottom + totals, right }, model);
    if (at) {
      throw tableColumnBlocked(model.name, ws.name, missing.map((m) => m.header), at);
    }
  }
  if (extraRows > 0) {
    const at = firstOccupied(ws, { top: box.bottom + 1, left: box.left, bottom: box.bottom + extraRows, right }, model);
    if (at) {
      throw tableRowsBlocked(model.name, ws.name, edit.append.length, at);
    }
  }

  // Merged areas of the totals row (a "Tổng cộng" label across columns, as LibreOffice allows)
  // move down with it; one reaching out of that row cannot move without being broken.
  const totalsMerges: Box[] = [];
  if (totals && extraRows > 0) {
    const row: Box = { top: box.bottom, left: box.left, bottom: box.bottom, right: box.right };
    for (const m of mergedAreas(ws)) {
      if (!overlap(m, row)) continue;
      if (m.top < row.top || m.bottom > row.bottom || m.left < row.left || m.right > row.right) {
        const ref = `${address(m.top, m.left)}:${address(m.bottom, m.right)}`;
        throw blocked(
          "table-rows-blocked",
          `Không thể thêm ${edit.append.length} hàng vào bảng ${model.name} trên trang «${ws.name}»: vùng ô gộp ${ref} nối hàng tổng ` +
            `của bảng với ô bên ngoài hàng đó. Hãy bỏ gộp các ô đó (Unmerge) rồi chạy lại. Chưa có gì bị thay đổi.`,
          `Cannot add ${edit.append.length} rows to table ${model.name} on sheet "${ws.name}": the merged cells ${ref} join the ` +
            `table's totals row to cells outside it. Unmerge those cells and run again. Nothing was changed.`,
        );
      }
      totalsMerges.push(m);
    }
  }

  // New columns: header continues the table's header look; the table widens.
  const headerNames = uniqueColumnNames(
    missing.map((m) => m.header),
    model.columns.map((c) => c.name),
  );
  missing.forEach((spec, k) => {
    const c = box.right + 1 + k;
    const neighbour = ws.getCell(headerRow, box.right).style;
    const cell = ws.getCell(headerRow, c);
    cell.value = headerNames[k];
    const hasLook = neighbour && Object.keys(neighbour).length > 0;
    cell.style = (hasLook ? copyStyle(neighbour) : styleWith(cell.style, "header")) as ExcelJS.Style;
    model.columns.push({ name: headerNames[k], filterButton: true, totalsRowFunction: "none" });
    setWidthIfUnset(ws, c, spec);
  });

  // The totals row moves down below the new rows, with its formulas and look.
  if (totals && extraRows > 0) {
    // Read before unmerging: exceljs resets the look of a merged area's other cells on unmerge.
    const moved = [];
    for (let c = box.left; c <= right; c++) {
      const from = ws.getCell(box.bottom, c);
      moved.push({ c, value: from.master === from ? from.value : null, style: copyStyle(from.style) });
    }
    for (const m of totalsMerges) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
    for (const { c, value, style } of moved) {
      const to = ws.getCell(box.bottom + extraRows, c);
      to.value = value;
      to.style = style as ExcelJS.Style;
      ws.getCell(box.bottom, c).value = null;
    }
    for (const m of totalsMerges) ws.mergeCellsWithoutStyle(m.top + extraRows, m.left, m.bottom + extraRows, m.right);
  }
  setTableBox(model, { top: box.top, left: box.left, bottom: newDataBottom + totals, right });

  // Only cells the edit may write (mayWrite): a user's formula, and a merged cell whose area
  // begins elsewhere, are left as they are.
  for (const c of edit.cells) {
    const cell = ws.getCell(headerRow + 1 + c.row, col(c.column));
    if (mayWrite(cell)) writeCell(cell, c.value, specOf.get(c.column)?.style);
  }

  edit.append.forEach((record, k) => {
    const r = headerRow + 1 + existing + k;
    const above = r - 1 > headerRow ? r - 1 : null;
    for (let c = box.left; c <= right; c++) {
      const cell = ws.getCell(r, c);
      // Excel's empty table keeps one blank row, which a merged area may cover.
      if (!mayWrite(cell)) continue;
      // A new row continues the formatting of the row above (as Excel does when a table grows);
      // the row Excel keeps in an empty table already has the table's formatting.
      const base = above !== null && r > oldDataBottom ? copyStyle(ws.getCell(above, c).style) : undefined;
      const spec = edit.columns.find((s) => columnOf.get(s.header) === c);
      const write = spec ? record[spec.header] : undefined;
      if (write) writeCell(cell, write, spec?.style, base);
      else if (base) cell.style = base as ExcelJS.Style;
    }
  });

  for (const owned of edit.ownedColumns) {
    const c = col(owned.column);
    const spec = specOf.get(owned.column);
    for (let i = 0; i < total; i++) {
      const cell = ws.getCell(headerRow + 1 + i, c);
      if (mayWrite(cell)) writeCell(cell, owned.values[i] ?? EMPTY, spec?.style);
    }
  }

  // Dropdowns on the cells this edit created.
  for (const spec of edit.columns) {
    if (!spec.allowed) continue;
    const c = col(spec.header);
    const isNew = created || missing.includes(spec);
    addDropdown(ws, spec, c, isNew ? headerRow + 1 : headerRow + 1 + existing, headerRow + total);
  }
}
