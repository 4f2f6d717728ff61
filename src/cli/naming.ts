import * as path from "path";
import { UserFacingError } from "../app/errors";

/** Errors already said to be about one file: a later, outer subject is not added to them. */
const attributed = new WeakSet<UserFacingError>();

/**
 * The error, saying which file it is about when it does not already: in a batch over many files a
 * message about a table or a cell is no use without it.
 */
export function naming(e: UserFacingError, file: string | undefined): UserFacingError {
  if (attributed.has(e) || !file) return e;
  const named = e.en.includes(file) || e.en.includes(path.basename(file)) ? e : new UserFacingError(e.code, `${e.vi} (Tệp: ${file})`, `${e.en} (File: ${file})`);
  attributed.add(named);
  return named;
}
