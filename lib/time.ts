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

/** The Shanghai calendar day `n` days after (or before, for negative n) `day`. */
export function addDaysToDay(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The Shanghai calendar days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDaysToDay(d, 1)) days.push(d);
  return days;
}

/** [start, end) of the Shanghai day containing `instant`. */
export function shanghaiDayRange(instant: Date): { start: Date; end: Date } {
  const start = startOfShanghaiDay(shanghaiDay(instant));
  return { start, end: addDays(start, 1) };
}

/** The instant the Shanghai calendar year containing `instant` starts: annual limits count from here. */
export function startOfShanghaiYear(instant: Date): Date {
  return startOfShanghaiDay(`${shanghaiDay(instant).slice(0, 4)}-01-01`);
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

/**
 * Dates and times read the same in both languages: 2026-11-28 14:30 (ISO order, 24-hour clock), which a
 * bank's staff cannot misread the way 11/12 can be. The locale is kept for callers and future formats.
 */
export function formatDateTime(instant: Date, _locale?: string): string {
  return shanghaiIsoString(instant).slice(0, 16).replace("T", " ");
}

/** Like formatDateTime, with seconds: audit events minutes apart are not enough to order or match them. */
export function formatDateTimeSeconds(instant: Date, _locale?: string): string {
  return shanghaiIsoString(instant).slice(0, 19).replace("T", " ");
}

export function formatDate(instant: Date, _locale?: string): string {
  return shanghaiDay(instant);
}

/** Date-only values are midnight UTC; read them in UTC so they never shift a day. */
export function formatDateOnly(value: Date, _locale?: string): string {
  return value.toISOString().slice(0, 10);
}

/** ISO 8601 in Shanghai time with its offset, e.g. 2026-11-11T14:30:05.123+08:00: unambiguous in exports. */
export function shanghaiIsoString(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().replace("Z", "+08:00");
}

/**
 * A Shanghai wall-clock time as an `<input type="datetime-local">` sends it ("YYYY-MM-DDTHH:mm", seconds
 * optional) -> the instant; null for anything else, including dates that do not exist (02-30).
 * Never through `new Date(local)`, which would read it in the server's own time zone.
 */
export function parseShanghaiLocal(value: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [, day, hour, minute, second = "00"] = match;
  const instant = new Date(`${day}T${hour}:${minute}:${second}+08:00`);
  // Date rolls 02-30 over into March and accepts 24:00; the round trip refuses both.
  if (Number.isNaN(instant.getTime()) || shanghaiIsoString(instant).slice(0, 19) !== `${day}T${hour}:${minute}:${second}`) return null;
  return instant;
}
