// Budget burn: the plan (a straight line from the start to the end reaching the budget), the actual
// cumulative cost per Asia/Shanghai day, and when the budget runs out at the current rate, the average of the
// last FORECAST_WINDOW_DAYS complete days (today is still running and would pull the rate down). Pure: the
// page draws it and the guard (guard.ts) decides with it.
import { addDaysToDay as addDays, daysBetween, shanghaiDay, startOfShanghaiDay } from "@/lib/time";

export const FORECAST_WINDOW_DAYS = 7;
const DAY_MS = 86_400_000;

export interface DailyCost {
  /** Asia/Shanghai day, YYYY-MM-DD. */
  day: string;
  costFen: bigint;
}

export interface BurnForecast {
  /** Complete days the rate averages over (0 on the first day: no rate yet). */
  windowDays: number;
  /** Average cost per day over those days; null without a complete day. */
  ratePerDayFen: bigint | null;
  remainingFen: bigint;
  /** The day the budget runs out at that rate; null when it never does (no spending) or there is no rate. */
  exhaustionDay: string | null;
  /** The instant, for comparisons; null as exhaustionDay. */
  exhaustionAt: Date | null;
  /** The budget runs out before endsAt at this rate. */
  exhaustsBeforeEnd: boolean;
  /** The cost per day the remaining budget sustains until endsAt (null once ended). */
  sustainablePerDayFen: bigint | null;
}

export function forecastBurn(input: { budgetFen: bigint; spentFen: bigint; daily: readonly DailyCost[]; startsAt: Date; endsAt: Date; now: Date }): BurnForecast {
  const { budgetFen, spentFen, daily, startsAt, endsAt, now } = input;
  const remainingFen = budgetFen > spentFen ? budgetFen - spentFen : 0n;
  const today = shanghaiDay(now);
  const startDay = shanghaiDay(startsAt);
  const windowStart = [addDays(today, -FORECAST_WINDOW_DAYS), startDay].sort().at(-1)!;
  const windowDays = windowStart < today ? daysBetween(windowStart, addDays(today, -1)).length : 0;
  const msLeft = endsAt.getTime() - now.getTime();
  const sustainablePerDayFen = msLeft > 0 ? (remainingFen * BigInt(DAY_MS)) / BigInt(msLeft) : null;
  if (windowDays === 0) return { windowDays, ratePerDayFen: null, remainingFen, exhaustionDay: null, exhaustionAt: null, exhaustsBeforeEnd: false, sustainablePerDayFen };
  let sum = 0n;
  for (const d of daily) if (d.day >= windowStart && d.day < today) sum += d.costFen;
  const ratePerDayFen = sum / BigInt(windowDays);
  if (remainingFen === 0n) {
    return { windowDays, ratePerDayFen, remainingFen, exhaustionDay: today, exhaustionAt: now, exhaustsBeforeEnd: msLeft > 0, sustainablePerDayFen };
  }
  if (ratePerDayFen <= 0n) return { windowDays, ratePerDayFen, remainingFen, exhaustionDay: null, exhaustionAt: null, exhaustsBeforeEnd: false, sustainablePerDayFen };
  const exhaustionAt = new Date(now.getTime() + Number((remainingFen * BigInt(DAY_MS)) / ratePerDayFen));
  return { windowDays, ratePerDayFen, remainingFen, exhaustionDay: shanghaiDay(exhaustionAt), exhaustionAt, exhaustsBeforeEnd: msLeft > 0 && exhaustionAt < endsAt, sustainablePerDayFen };
}

export interface BurnPoint {
  day: string;
  /** Where the plan is at the end of the day. */
  planFen: number;
  /** Actual cumulative cost at the end of the day (up to today). */
  actualFen: number | null;
  /** The forecast from today onwards at the current rate, capped at the budget. */
  forecastFen: number | null;
}

/**
 * One point per day from the start to the end: plan, actual (through today) and forecast (from today).
 * Numbers in fen (charts need numbers; a budget below 2^53 fen is any budget the fields allow).
 */
export function burnSeries(input: { budgetFen: bigint; daily: readonly DailyCost[]; startsAt: Date; endsAt: Date; now: Date; ratePerDayFen: bigint | null }): BurnPoint[] {
  const { budgetFen, daily, startsAt, endsAt, now, ratePerDayFen } = input;
  const startDay = shanghaiDay(startsAt);
  const lastDay = shanghaiDay(new Date(endsAt.getTime() - 1));
  const today = shanghaiDay(now);
  const byDay = new Map(daily.map((d) => [d.day, d.costFen]));
  const span = endsAt.getTime() - startsAt.getTime();
  const budget = Number(budgetFen);
  let cumulative = 0n;
  let todayActual = 0;
  return daysBetween(startDay, lastDay).map((day) => {
    const dayEnd = Math.min(startOfShanghaiDay(addDays(day, 1)).getTime(), endsAt.getTime());
    const planFen = Math.round((budget * Math.max(0, dayEnd - startsAt.getTime())) / span);
    let actualFen: number | null = null;
    let forecastFen: number | null = null;
    if (day <= today) {
      cumulative += byDay.get(day) ?? 0n;
      actualFen = Number(cumulative);
      if (day === today) {
        todayActual = actualFen;
        forecastFen = ratePerDayFen === null ? null : actualFen;
      }
    } else if (ratePerDayFen !== null) {
      const ahead = daysBetween(addDays(today, 1), day).length;
      forecastFen = Math.min(budget, todayActual + ahead * Number(ratePerDayFen));
    }
    return { day, planFen, actualFen, forecastFen };
  });
}
