// Working days for regulatory deadlines: Monday to Friday, except the calendar's exceptions — public
// holidays (HOLIDAY) that fall on weekdays and the weekend days worked in their place (WORKDAY, 调休).
// Pure: days are Shanghai calendar days as YYYY-MM-DD strings; the exceptions come from
// working_calendar_day (lib/reports/calendar/deadline.ts reads them).

export const CALENDAR_DAY_KINDS = ["HOLIDAY", "WORKDAY"] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

/** Day (YYYY-MM-DD) -> its exception to the Monday-to-Friday week. */
export type CalendarExceptions = ReadonlyMap<string, CalendarDayKind>;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function weekday(day: string): number {
  if (!DAY_PATTERN.test(day)) throw new RangeError(`not a day (YYYY-MM-DD): ${day}`);
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) throw new RangeError(`not a day: ${day}`);
  return date.getUTCDay();
}

function shift(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** A working day: an exception decides; otherwise Monday to Friday. */
export function isWorkingDay(day: string, exceptions: CalendarExceptions): boolean {
  const exception = exceptions.get(day);
  if (exception === "HOLIDAY") return false;
  if (exception === "WORKDAY") return true;
  const dow = weekday(day);
  return dow !== 0 && dow !== 6;
}

/**
 * The n-th working day after `day` (`day` itself does not count, working or not): a report whose basis day
 * is Friday 2026-09-18 with n = 5 is due Friday 2026-09-25 … unless holidays intervene. n = 0 is `day`
 * itself; a negative n counts back the same way.
 */
export function addWorkingDays(day: string, n: number, exceptions: CalendarExceptions): string {
  if (!Number.isInteger(n)) throw new RangeError(`working days must be a whole number: ${n}`);
  weekday(day);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let current = day;
  while (remaining > 0) {
    current = shift(current, step);
    if (isWorkingDay(current, exceptions)) remaining -= 1;
  }
  return current;
}

/** Working days strictly after `from` up to and including `to` (0 when `to` <= `from`): "3 working days left". */
export function workingDaysBetween(from: string, to: string, exceptions: CalendarExceptions): number {
  let count = 0;
  for (let d = shift(from, 1); d <= to; d = shift(d, 1)) if (isWorkingDay(d, exceptions)) count += 1;
  return count;
}
