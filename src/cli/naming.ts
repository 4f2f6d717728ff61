import * as path from "path";
import { UserFacingError } from "../app/errors";

/**
 * The error, saying which file it is about when it does not already: in a batch over many files a
 * message about a table or a cell is no use without it.
 */
export function naming(e: UserFacingError, file: string | undefined): UserFacingError {
  if (!file || e.en.includes(file) || e.en.includes(path.basename(file))) return e;
  return new UserFacingError(e.code, `${e.vi} (Tệp: ${file})`, `${e.en} (File: ${file})`);
}
