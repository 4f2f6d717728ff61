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
