/** Text folded for reading dates: the one form every deadline and span pattern is written against. */
import { normalizeText, stripMarkdown } from "../text/normalize";

/**
 * Lower case, no diacritics, đ → d, one kind of dash, no spaces around "/". Unlike matchKey it keeps
 * punctuation, because "/", "-" and "." are what separate the parts of a date.
 */
export function foldForDates(text: string): string {
  return normalizeText(stripMarkdown(normalizeText(text)))
    .normalize("NFD")
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, "-")
    .replace(/\s+/g, " ")
    .replace(/ ?\/ ?/g, "/")
    .trim();
}
