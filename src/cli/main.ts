import { Command, CommanderError } from "commander";
import { UserFacingError } from "../app/errors";
import type { CliCommand, Invocation } from "./commands/command";
import { COMMANDS } from "./commands";
import { defaultIo, type Io } from "./io";
import { naming } from "./naming";
import { packageVersion } from "./packageRoot";
import { UsageError, usageErrorFrom } from "./usage";

export type { Io } from "./io";

function program(io: Io): Command {
  const p = new Command("plan-tracker")
    .description("Kế hoạch → Excel workbook: import a plan, check it, summarise it (nhập kế hoạch, kiểm tra, tổng hợp)")
    .usage("<command> [options]")
    .version(packageVersion(), "-V, --version", "print the version (in số phiên bản)")
    .helpOption("-h, --help", "show help (xem hướng dẫn)")
    .helpCommand("help [command]", "show a command's help (xem hướng dẫn của một lệnh)")
    // Help and --version go to stdout; commander's own error lines are replaced by ours (vi + en).
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: () => undefined, outputError: () => undefined })
    .exitOverride()
    .showSuggestionAfterError(false)
    .addHelpText(
      "after",
      "\nExit codes (mã thoát): 0 ok; 1 validate found errors (có lỗi); 2 bad usage or unreadable input, nothing written (sai cú pháp hoặc không đọc được tệp, chưa ghi gì).\n" +
        "Each command's options: plan-tracker <command> --help\n",
    );
  for (const c of COMMANDS) c.define(p.command(c.name));
  return p;
}

/** The bilingual refusal, then how the command is written (or, for no command, the list of them). */
function usage(e: UsageError, cmd: Command, io: Io): number {
  const see = cmd.parent ? `plan-tracker ${cmd.name()} --help` : "plan-tracker --help";
  const how = cmd.parent ? `Usage: plan-tracker ${cmd.name()} ${cmd.usage()}\n` : cmd.helpInformation();
  io.err(`Lỗi: ${e.vi}. Xem ${see}\nError: ${e.en}. See ${see}\n\n${how}`);
  return 2;
}

/** A refusal from the work itself (unreadable file, no plan table…): exit 2, nothing written. */
function failure(e: unknown, command: CliCommand<never>, inv: Invocation<never>, io: Io): number {
  const subject = command.subject ? command.subject(inv) : inv.args[0];
  if (e instanceof UserFacingError) {
    const named = naming(e, subject);
    io.err(`Lỗi: ${named.vi}\nError: ${named.en}\n`);
    return 2;
  }
  // A failure nobody foresaw (a workbook exceljs cannot handle): still a message and exit 2, not
  // a stack trace and exit 1, which scripts would read as "validate found errors". Files are
  // saved atomically as the last step, so nothing half-written is left behind.
  const detail = e instanceof Error ? e.message : String(e);
  const file = inv.args[0] ?? "";
  io.err(
    `Lỗi: không xử lý được "${file}" (${detail}). Chưa có gì được ghi. Hãy mở tệp bằng Excel, lưu lại rồi chạy lại; nếu vẫn lỗi, hãy báo lỗi kèm tệp này.\n` +
      `Error: could not process "${file}" (${detail}). Nothing was written. Open the file in Excel, save it and run again; if it still fails, report it with the file.\n`,
  );
  return 2;
}

/** Runs the CLI; returns the exit code. Never throws for user input. */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const p = program(io);
  let code = 0;
  let running: { command: CliCommand<never>; inv: Invocation<never> } | undefined;
  for (const command of COMMANDS) {
    const cmd = p.commands.find((c) => c.name() === command.name) as Command;
    cmd.action(async () => {
      const inv: Invocation<never> = { args: cmd.processedArgs as string[], options: cmd.opts() as never, io };
      running = { command, inv };
      code = await command.run(inv);
    });
  }
  try {
    await p.parseAsync([...argv], { from: "user" });
    return code;
  } catch (e) {
    if (running) return failure(e, running.command, running.inv, io);
    // The command line itself: say what is wrong with it in the command it was meant for.
    const cmd = p.commands.find((c) => c.name() === argv[0]) ?? p;
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return 0; // --help, --version, help
      return usage(usageErrorFrom(e, cmd), cmd, io);
    }
    if (e instanceof UsageError) return usage(e, cmd, io);
    throw e;
  }
}
