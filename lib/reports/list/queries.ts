// The report list as the console reads it: the app's database client over list/read.ts, today in Shanghai,
// and the working calendar for "overdue by N working days".
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { RegulatoryReportKind } from "@/lib/generated/prisma/enums";
import { calendarExceptions } from "@/lib/reports/calendar/deadline";
import type { CalendarExceptions } from "@/lib/reports/calendar/working-days";
import { readReportCounts, readReportPage } from "@/lib/reports/list/read";
import type { ReportListCursor, ReportListFilters } from "@/lib/reports/list/view";
import { addDaysToDay, shanghaiDay } from "@/lib/time";

/** Today in Shanghai: what overdue and due today mean. */
export function reportingToday(): string {
  return shanghaiDay(new Date());
}

export function listReports(kind: RegulatoryReportKind, filters: ReportListFilters, cursor: ReportListCursor | null, viewerId: string) {
  return readReportPage(db, { kind, filters, today: reportingToday(), viewerId }, cursor);
}

/** Chip counts; the chips and the table's summary share one read per request. */
export const reportCounts = cache((kind: RegulatoryReportKind, filters: ReportListFilters, viewerId: string) =>
  readReportCounts(db, { kind, filters, today: reportingToday(), viewerId }),
);

/** The calendar's exceptions covering every due day shown and today (with a margin for the count). */
export async function exceptionsAround(days: readonly string[], today: string): Promise<CalendarExceptions> {
  const all = [...days, today].sort();
  return calendarExceptions(db, addDaysToDay(all[0]!, -1), addDaysToDay(all.at(-1)!, 1));
}
