export type Lang = "vi" | "en";

/** Vietnamese unless the display language is known and is not Vietnamese. */
export function langFromLocale(locale: string | null | undefined): Lang {
  if (!locale) return "vi";
  return /^vi\b/i.test(locale) ? "vi" : "en";
}
