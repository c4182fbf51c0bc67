// A backtest's window: whole Shanghai days, from the first day's 00:00 to the end of the last (+08:00).
// The days are stored as `date` (midnight UTC); read them as calendar days, never shifted.
import { nextDay } from "@/lib/fraud/backtest/result";
import { formatDateOnly, startOfShanghaiDay } from "@/lib/time";

/** Longest window a backtest may cover, in days. */
export const MAX_BACKTEST_DAYS = 31;

export function windowOf(fromDay: Date | string, toDay: Date | string): { from: Date; to: Date } {
  const first = typeof fromDay === "string" ? fromDay : formatDateOnly(fromDay);
  const last = typeof toDay === "string" ? toDay : formatDateOnly(toDay);
  return { from: startOfShanghaiDay(first), to: startOfShanghaiDay(nextDay(last)) };
}

/** Days from `fromDay` to `toDay`, both included (0 when reversed). */
export function daysInWindow(fromDay: string, toDay: string): number {
  if (toDay < fromDay) return 0;
  return Math.round((Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / 86_400_000) + 1;
}
