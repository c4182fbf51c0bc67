// Time handling: stored in UTC, shown and bucketed in Asia/Shanghai (UTC+8 all year: China has no DST).
// Every day boundary and every displayed time in the console comes from here.
import { addDays } from "date-fns";

export const BANK_TIME_ZONE = "Asia/Shanghai";
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar day (YYYY-MM-DD) in Shanghai on which an instant falls. */
export function shanghaiDay(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Shanghai calendar day starts (00:00 +08:00). */
export function startOfShanghaiDay(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/** [start, end) of the Shanghai day containing `instant`. */
export function shanghaiDayRange(instant: Date): { start: Date; end: Date } {
  const start = startOfShanghaiDay(shanghaiDay(instant));
  return { start, end: addDays(start, 1) };
}

/** Shanghai wall-clock hour (0-23) and weekday (0 = Sunday) of an instant. */
export function shanghaiClock(instant: Date): { hour: number; weekday: number } {
  const shifted = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  return { hour: shifted.getUTCHours(), weekday: shifted.getUTCDay() };
}

/** A date-only value (a birth date, a rollup day) as stored by Postgres `date`: midnight UTC. */
export function dateOnly(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function formatDateTime(instant: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: BANK_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(instant);
}

export function formatDate(instant: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: BANK_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

/** Date-only values are midnight UTC; format them in UTC so they never shift a day. */
export function formatDateOnly(value: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", year: "numeric", month: "2-digit", day: "2-digit" }).format(value);
}
