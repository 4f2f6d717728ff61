import { matchKey } from "../text/normalize";
import { STATUS_LABELS, type TaskStatus } from "./model";

const SYNONYMS: Readonly<Record<TaskStatus, readonly string[]>> = {
  "not-started": ["Chưa thực hiện", "Chưa làm", "Chưa triển khai", "Chưa bắt đầu", "Not started", "To do", "Todo"],
  "in-progress": ["Đang thực hiện", "Đang làm", "Đang triển khai", "In progress", "Ongoing", "Started"],
  done: ["Hoàn thành", "Đã hoàn thành", "Đã thực hiện", "Xong", "Đã xong", "Done", "Completed", "Complete", "Finished"],
  paused: ["Tạm dừng", "Tạm hoãn", "Dừng", "Hoãn", "Paused", "On hold", "Suspended"],
};

const BY_KEY = new Map<string, TaskStatus>();
for (const status of Object.keys(SYNONYMS) as TaskStatus[]) {
  for (const s of SYNONYMS[status]) BY_KEY.set(matchKey(s), status);
}

/** A status from a cell: blank means not started; an unknown word gives null. */
export function parseStatus(text: string): TaskStatus | null {
  let status = CACHE.get(text);
  if (status === undefined) {
    const key = matchKey(text);
    status = key === "" ? "not-started" : (BY_KEY.get(key) ?? null);
    // A status column holds a handful of distinct texts; don't let odd ones grow the cache forever.
    if (CACHE.size < 1000) CACHE.set(text, status);
  }
  return status;
}

const CACHE = new Map<string, TaskStatus | null>();

export function statusLabel(status: TaskStatus, lang: "vi" | "en"): string {
  return STATUS_LABELS[status][lang];
}
