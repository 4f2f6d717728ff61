import type { Quarter } from "../dates/calendarDate";

// The reporting periods on their own: the pane's first render needs their names, not the figures.

export type PeriodId = "q1" | "q2" | "q3" | "q4" | "h1" | "m9" | "year";
export const PERIODS: readonly PeriodId[] = ["q1", "q2", "q3", "q4", "h1", "m9", "year"];

export const PERIOD_LABELS: Readonly<Record<PeriodId, { vi: string; en: string }>> = {
  q1: { vi: "Quý I", en: "Quarter I" },
  q2: { vi: "Quý II", en: "Quarter II" },
  q3: { vi: "Quý III", en: "Quarter III" },
  q4: { vi: "Quý IV", en: "Quarter IV" },
  h1: { vi: "6 tháng đầu năm", en: "First 6 months" },
  m9: { vi: "9 tháng", en: "9 months" },
  year: { vi: "Cả năm", en: "Full year" },
};

/** Whether a task of this quarter (null: no quarter, e.g. ongoing) counts in the period. */
export function inPeriod(quarter: Quarter | null, period: PeriodId): boolean {
  switch (period) {
    case "year":
      return true;
    case "h1":
      return quarter !== null && quarter <= 2;
    case "m9":
      return quarter !== null && quarter <= 3;
    default:
      return quarter === Number(period[1]);
  }
}
