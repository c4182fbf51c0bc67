// A report's deadline as the list, the detail page and the customer 360 show it: filed (no deadline any
// more), overdue by N working days, due today, or N working days left. Pure: the exceptions come from the
// working calendar (lib/reports/calendar/deadline.ts calendarExceptions).
import type { RegulatoryReportStatus } from "@/lib/generated/prisma/enums";
import { UNFILED_STATUSES } from "@/lib/reports/fields";
import { workingDaysBetween, type CalendarExceptions } from "@/lib/reports/calendar/working-days";

export type DeadlineState =
  | { state: "filed" }
  | { state: "overdue"; workingDays: number }
  | { state: "today" }
  | { state: "upcoming"; workingDays: number };

export function isUnfiled(status: RegulatoryReportStatus): boolean {
  return (UNFILED_STATUSES as readonly string[]).includes(status);
}

export function deadlineState(status: RegulatoryReportStatus, dueDay: string, today: string, exceptions: CalendarExceptions): DeadlineState {
  if (!isUnfiled(status)) return { state: "filed" };
  if (dueDay === today) return { state: "today" };
  // Overdue from the day after the due day, even on a weekend: at least one (calendar) day late.
  if (dueDay < today) return { state: "overdue", workingDays: Math.max(1, workingDaysBetween(dueDay, today, exceptions)) };
  return { state: "upcoming", workingDays: workingDaysBetween(today, dueDay, exceptions) };
}
