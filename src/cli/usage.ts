import { CommanderError, type Command } from "commander";

/**
 * The command line itself is wrong (an unknown option, a missing file, a bad date): exit 2 with
 * what is wrong in Vietnamese and English, then the command's help. Nothing has been read or written.
 */
export class UsageError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
    this.name = "UsageError";
  }
}

/** The first 'quoted' word of commander's message: the option, command or argument it is about. */
function quoted(message: string): string {
  return /'([^']*)'/.exec(message)?.[1] ?? "";
}

/**
 * Commander's own refusals, in our words and both languages. Its English wording is not relied on
 * beyond the quoted name it carries; the kind of error comes from its stable `code`.
 */
export function usageErrorFrom(e: CommanderError, command: Command): UsageError {
  const name = quoted(e.message);
  const cmd = command.parent ? command.name() : "";
  switch (e.code) {
    case "commander.unknownCommand":
      return new UsageError(`không có lệnh "${name}"`, `unknown command "${name}"`);
    case "commander.unknownOption":
      return cmd
        ? new UsageError(`lệnh ${cmd} không có tùy chọn ${name}`, `unknown option ${name} for ${cmd}`)
        : new UsageError(`không có tùy chọn ${name} ở đây (tùy chọn đặt sau tên lệnh: plan-tracker <lệnh> [tùy chọn])`, `unknown option ${name} here (options go after the command: plan-tracker <command> [options])`);
    case "commander.missingArgument":
      return new UsageError(`lệnh ${cmd} cần một tệp`, `${cmd} needs a file`);
    case "commander.excessArguments":
      return new UsageError(`mỗi lần một tệp (nhận được ${command.args.join(", ")})`, `one file at a time (got ${command.args.join(", ")})`);
    case "commander.optionMissingArgument": {
      const flag = name.split(/[ ,]/)[0];
      return new UsageError(`${flag} cần một giá trị`, `${flag} needs a value`);
    }
    case "commander.help":
      // Commander shows the help as an error when no command is given, or `help <unknown>`.
      return command.args.length
        ? new UsageError(`không có lệnh "${command.args[command.args.length - 1]}"`, `unknown command "${command.args[command.args.length - 1]}"`)
        : new UsageError("chưa có lệnh nào", "no command given");
    default:
      return new UsageError(`dòng lệnh không hợp lệ (${e.message.replace(/^error: /, "")})`, `invalid command line (${e.message.replace(/^error: /, "")})`);
  }
}
