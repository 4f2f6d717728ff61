import { compareDates, daysBetween, type CalendarDate } from "../dates/calendarDate";
import type { Task } from "./model";

/** Days a task is past its deadline as of a day, or null when it is not overdue. */
export function overdueDays(task: Task, asOf: CalendarDate): number | null {
  if (!task.deadline || task.status === "done" || task.status === "paused") return null;
  return compareDates(task.deadline, asOf) < 0 ? daysBetween(task.deadline, asOf) : null;
}

/** Days a done task finished after its deadline, or null when on time (or not known). */
export function doneLateDays(task: Task): number | null {
  if (task.status !== "done" || !task.deadline || !task.completedOn) return null;
  return compareDates(task.completedOn, task.deadline) > 0 ? daysBetween(task.deadline, task.completedOn) : null;
}
