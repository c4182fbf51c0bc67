// Pure shaping of the fraud report's figures for its charts and KPI tiles (no server imports): daily
// series with every day of the range present (an empty day is a zero bar, not a gap), the change against
// the comparison period, and durations split for display.
import type { DayRange } from "@/lib/analytics/period";
import type { AlertDayRow } from "@/lib/analytics/fraud/read";
import { daysBetween } from "@/lib/time";

export type DailyStack = { day: string; total: number } & Record<string, number | string>;

/**
 * One row per day of the range: { day, total, [series key]: alerts }, the series keys being what `keyOf`
 * gives a row (rule code or severity), in `order`; days without alerts carry zeros.
 */
export function dailyStacks(range: DayRange, rows: AlertDayRow[], keyOf: (row: AlertDayRow) => string, order: readonly string[]): DailyStack[] {
  const byDay = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const key = keyOf(row);
    const day = byDay.get(row.day) ?? new Map<string, number>();
    day.set(key, (day.get(key) ?? 0) + row.alerts);
    byDay.set(row.day, day);
  }
  return daysBetween(range.from, range.to).map((day) => {
    const counts = byDay.get(day);
    const out: DailyStack = { day, total: 0 };
    for (const key of order) {
      const n = counts?.get(key) ?? 0;
      out[key] = n;
      out.total += n;
    }
    return out;
  });
}

/** The series present in `rows`, most alerts first (ties by key). */
export function seriesByVolume(rows: AlertDayRow[], keyOf: (row: AlertDayRow) => string): string[] {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(keyOf(row), (totals.get(keyOf(row)) ?? 0) + row.alerts);
  return [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key]) => key);
}

export type Change = { kind: "off" } | { kind: "none" } | { kind: "same" } | { kind: "up" | "down"; ratio: number };

/**
 * The relative change of `current` against `previous` (null previous: no comparison period). A zero
 * previous value has no ratio ("none") unless current is zero too ("same").
 */
export function changeAgainst(current: number | null, previous: number | null | undefined): Change {
  if (previous === undefined) return { kind: "off" };
  if (current === null || previous === null) return { kind: "none" };
  if (current === previous) return { kind: "same" };
  if (previous === 0) return { kind: "none" };
  const ratio = (current - previous) / Math.abs(previous);
  return { kind: ratio > 0 ? "up" : "down", ratio: Math.abs(ratio) };
}

/** A point change of two rates (0..1), for the false-positive rate: "up" 0.05 = five percentage points. */
export function pointChange(current: number | null, previous: number | null | undefined): Change {
  if (previous === undefined) return { kind: "off" };
  if (current === null || previous === null) return { kind: "none" };
  if (current === previous) return { kind: "same" };
  return { kind: current > previous ? "up" : "down", ratio: Math.abs(current - previous) };
}

export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
}

/** Seconds split for display: minutes under an hour, hours and minutes under two days, then days and hours. */
export function durationParts(totalSeconds: number): DurationParts {
  const minutes = Math.max(0, Math.floor(totalSeconds / 60));
  if (minutes < 48 * 60) return { days: 0, hours: Math.floor(minutes / 60), minutes: minutes % 60 };
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: 0 };
}
