import type { Lang } from "../core/i18n/lang";

/**
 * A problem with the user's input or workbook that a command cannot work around: it says what is
 * wrong, where, and what to do, in both languages. Nothing has been written when it is thrown.
 */
export class UserFacingError extends Error {
  constructor(
    readonly code: string,
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
    this.name = "UserFacingError";
  }

  text(lang: Lang): string {
    return lang === "vi" ? this.vi : this.en;
  }
}

// A table the add-in grows cannot take its new columns or rows: something is in the way. Both
// adapters refuse with these, before writing anything. (Excel shifts the cells right of the table,
// or under it, as far as the sheet goes, so in Excel a table further away is in the way too.)

export function tableColumnBlocked(table: string, sheet: string, headers: readonly string[], at: string): UserFacingError {
  const names = headers.map((h) => `«${h}»`).join(", ");
  return new UserFacingError(
    "table-column-blocked",
    `Không thể thêm cột ${names} vào bảng ${table} trên trang «${sheet}»: ô ${at} bên phải bảng đang có dữ liệu. ` +
      `Hãy chuyển dữ liệu đó sang chỗ khác (ví dụ sang một trang khác) rồi chạy lại. Chưa có gì bị thay đổi.`,
    `Cannot add column ${names.replace(/[«»]/g, '"')} to table ${table} on sheet "${sheet}": cell ${at}, ` +
      `to the right of the table, holds data. Move that data elsewhere (to another sheet, say) and run again. ` +
      `Nothing was changed.`,
  );
}

export function tableRowsBlocked(table: string, sheet: string, count: number, at: string): UserFacingError {
  return new UserFacingError(
    "table-rows-blocked",
    `Không thể thêm ${count} hàng vào bảng ${table} trên trang «${sheet}»: ô ${at} bên dưới bảng đang có dữ liệu. ` +
      `Hãy chuyển dữ liệu bên dưới bảng sang chỗ khác (ví dụ sang một trang khác) rồi chạy lại. Chưa có gì bị thay đổi.`,
    `Cannot add ${count} rows to table ${table} on sheet "${sheet}": cell ${at}, below the table, holds data. ` +
      `Move the data below the table elsewhere (to another sheet, say) and run again. Nothing was changed.`,
  );
}
