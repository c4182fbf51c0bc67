// A report's due day: its basis day plus the rule set's deadline in working days, by the working calendar
// stored in working_calendar_day (holidays and 调休 workdays).
// No "server-only" marker: the worker and the seed (plain Node) use it through the large-value scan.
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDaysToDay, dateOnly, formatDateOnly } from "@/lib/time";
import { ruleSetInForce } from "@/lib/reports/rules/rule-set";
import { addWorkingDays, type CalendarDayKind, type CalendarExceptions } from "@/lib/reports/calendar/working-days";

/** The Prisma client (lib/db.ts) or a transaction client. */
export type CalendarReader = Pick<Prisma.TransactionClient, "workingCalendarDay" | "reportingRuleSet">;

/** The calendar's exceptions from `from` to `to` (both included). */
export async function calendarExceptions(
  db: Pick<Prisma.TransactionClient, "workingCalendarDay">,
  from: string,
  to: string,
): Promise<Map<string, CalendarDayKind>> {
  const rows = await db.workingCalendarDay.findMany({
    where: { day: { gte: dateOnly(from), lte: dateOnly(to) } },
    select: { day: true, kind: true },
  });
  const map = new Map<string, CalendarDayKind>();
  for (const row of rows) if (row.kind === "HOLIDAY" || row.kind === "WORKDAY") map.set(formatDateOnly(row.day), row.kind);
  return map;
}

/** `n` working days after `day` by the stored calendar. */
export async function addWorkingDaysByCalendar(
  db: Pick<Prisma.TransactionClient, "workingCalendarDay">,
  day: string,
  n: number,
): Promise<string> {
  if (n < 0) throw new RangeError("a deadline counts forward");
  // Enough room for n working days plus the longest holiday run (春节 is 9 days) and weekends; wider if not.
  for (let window = n * 2 + 30; ; window *= 2) {
    const end = addDaysToDay(day, window);
    const exceptions: CalendarExceptions = await calendarExceptions(db, day, end);
    const due = addWorkingDays(day, n, exceptions);
    if (due <= end) return due;
  }
}

/** The due day (YYYY-MM-DD) of a report whose basis day is `basisDay`, under the rule set in force then. */
export async function dueDayFor(db: CalendarReader, basisDay: string): Promise<string> {
  const rules = await ruleSetInForce(db, basisDay);
  return addWorkingDaysByCalendar(db, basisDay, rules.deadlineWorkingDays);
}
