import type { Command } from "commander";
import type { Io } from "../io";

/** One run of a command: its arguments in order, its parsed options, where it prints. */
export interface Invocation<O> {
  readonly args: readonly string[];
  readonly options: O;
  readonly io: Io;
}

/**
 * A CLI command: one module under src/cli/commands, listed once in commands/index.ts. main() gives
 * it a commander Command to describe (arguments, options, help) and runs it when it is chosen.
 */
export interface CliCommand<O = unknown> {
  readonly name: string;
  /** Description, arguments and options, each in English with its Vietnamese meaning for --help. */
  define(cmd: Command): void;
  /** Does the work; the exit code (0 ok, 1 errors found). A UserFacingError becomes exit 2. */
  run(inv: Invocation<O>): Promise<number>;
  /** The file a message about a sheet, table or cell is about (default: the first argument). */
  subject?(inv: Invocation<O>): string | undefined;
}
