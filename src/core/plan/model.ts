import type { CalendarDate, Quarter } from "../dates/calendarDate";
import type { KnownSpan } from "../dates/span";

export type TaskStatus = "not-started" | "in-progress" | "done" | "paused";

export const STATUS_LABELS: Readonly<Record<TaskStatus, { vi: string; en: string }>> = {
  "not-started": { vi: "Chưa thực hiện", en: "Not started" },
  "in-progress": { vi: "Đang thực hiện", en: "In progress" },
  done: { vi: "Hoàn thành", en: "Done" },
  paused: { vi: "Tạm dừng", en: "Paused" },
};

export interface PlanInfo {
  /** As written, spaces around / and - removed: "217/KH-LĐLD". */
  readonly number: string;
  readonly title: string;
  readonly year: number | null;
  /** The years a school-year or multi-year plan covers ("năm học 2025-2026"); null for one year. */
  readonly span?: KnownSpan | null;
  readonly issuedOn: CalendarDate | null;
  readonly place: string;
}

export interface Task {
  readonly id: string;
  readonly quarter: Quarter | null;
  readonly content: string;
  readonly leadUnits: readonly string[];
  readonly partnerUnits: readonly string[];
  /** The day it is due: written, or derived (end of its quarter); null when ongoing or unreadable. */
  readonly deadline: CalendarDate | null;
  /** The deadline as the document wrote it ("" when derived or blank). */
  readonly deadlineText: string;
  readonly status: TaskStatus;
  readonly completedOn: CalendarDate | null;
  readonly notes: string;
  /** The group row it stands under in the plan ("II. CẢI CÁCH TỔ CHỨC BỘ MÁY"). */
  readonly group?: string;
  /** Units that follow up and check ("Theo dõi, kiểm tra, đôn đốc"). */
  readonly monitorUnits?: readonly string[];
  /** The plan table's other columns (the document's own, a user's), by header. */
  readonly extra?: Readonly<Record<string, string>>;
}

export interface Requirement {
  readonly id: string;
  readonly title: string;
  readonly due: CalendarDate | null;
  readonly recipient: string;
  /** Units (canonical names, groups allowed) that must submit. */
  readonly fromUnits: readonly string[];
  /** Not submitting excludes the unit from commendation. */
  readonly requiredForEligibility: boolean;
}

export interface Submission {
  readonly unit: string;
  readonly requirementId: string;
  readonly receivedOn: CalendarDate | null;
}
