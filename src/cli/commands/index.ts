import type { CliCommand } from "./command";
import { demoCommand } from "./demo";
import { importCommand } from "./import";
import { remindCommand } from "./remind";
import { reportCommand } from "./report";
import { summaryCommand } from "./summary";
import { validateCommand } from "./validate";

/** Every command of the CLI, in the order --help lists them. A new command: its module, and a line here. */
export const COMMANDS: readonly CliCommand<never>[] = [importCommand, validateCommand, summaryCommand, reportCommand, remindCommand, demoCommand];
