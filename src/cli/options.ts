import { Option } from "commander";
import type { CommandOptions } from "../app/types";
import { makeDate, parseIsoDate, type CalendarDate } from "../core/dates/calendarDate";
import type { Lang } from "../core/i18n/lang";
import { PERIODS, type PeriodId } from "../core/summary/figures";
import { UsageError } from "./usage";

// The options several commands share, each defined once: flags, help text (English, then the
// Vietnamese meaning) and the check of its value, which refuses in both languages.

/** A value that is really the next option (`-o --json`) means the value was forgotten. */
function value(flag: string, v: string): string {
  if (v.startsWith("--")) throw new UsageError(`${flag} cần một giá trị`, `${flag} needs a value`);
  return v;
}

export const asOfOption = (): Option =>
  new Option("--as-of <YYYY-MM-DD>", "the day deadlines are judged against; default today (ngày tính hạn; mặc định hôm nay)").argParser((v): CalendarDate => {
    const d = parseIsoDate(value("--as-of", v));
    if (!d) throw new UsageError(`--as-of nhận một ngày có thật dạng YYYY-MM-DD (nhận được "${v}")`, `--as-of takes a real date as YYYY-MM-DD (got "${v}")`);
    return d;
  });

export const langOption = (): Option =>
  new Option("--lang <vi|en>", "language of messages and new sheets (ngôn ngữ của thông báo và trang mới)").default("vi").argParser((v): Lang => {
    if (v !== "vi" && v !== "en") throw new UsageError(`--lang là vi hoặc en (nhận được "${v}")`, `--lang is vi or en (got "${v}")`);
    return v;
  });

export const periodOption = (): Option =>
  new Option(`--period <${PERIODS.join("|")}>`, "the period the unit and overdue sections cover (kỳ tổng hợp: quý, 6 tháng, 9 tháng, cả năm)")
    .default("year")
    .argParser((v): PeriodId => {
      if (!PERIODS.includes(v as PeriodId)) {
        throw new UsageError(`--period là một trong ${PERIODS.join(", ")} (nhận được "${v}")`, `--period is one of ${PERIODS.join(", ")} (got "${v}")`);
      }
      return v as PeriodId;
    });

export const jsonOption = (): Option => new Option("--json", "print JSON instead of tables (in kết quả dạng JSON)");

/** `-o, --out <file>`, described by the command that writes it. */
export const outOption = (description: string): Option => new Option("-o, --out <file>", description).argParser((v) => value("-o", v));

export const fileValue = (flag: string) => (v: string) => value(flag, v);

function today(): CalendarDate {
  const now = new Date();
  return makeDate(now.getFullYear(), now.getMonth() + 1, now.getDate()) as CalendarDate;
}

/** The use cases' options from the shared flags: as of today unless --as-of says otherwise. */
export function commandOptions(o: { asOf?: CalendarDate; lang?: Lang }): CommandOptions {
  return { asOf: o.asOf ?? today(), lang: o.lang ?? "vi", now: new Date() };
}
