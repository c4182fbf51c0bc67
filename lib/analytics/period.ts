// The period an analytics page shows, read from its URL: a preset (today, 7 or 30 days, this month, this
// quarter) or a custom range of Shanghai calendar days, and the period it is compared with (the previous
// period or the same days a year earlier). Pure and without zod, so client components (the range picker)
// and server pages read the URL the same way; a value that cannot be read falls back to the default and is
// named in `invalid`, so the page can say so instead of silently showing something else.
import { addDaysToDay, daysBetween } from "@/lib/time";

export const RANGE_PRESETS = ["today", "7d", "30d", "month", "quarter", "custom"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const COMPARISONS = ["previous", "year", "none"] as const;
export type Comparison = (typeof COMPARISONS)[number];

export const DEFAULT_PRESET = "30d" satisfies RangePreset;
export const DEFAULT_COMPARISON: Comparison = "previous";
/** The longest custom range, in days: a year and a day covers a leap year's quarter-on-quarter views. */
export const MAX_RANGE_DAYS = 366;

/** Both ends included; Shanghai calendar days (YYYY-MM-DD). */
export interface DayRange {
  from: string;
  to: string;
}

export interface AnalyticsPeriod {
  preset: RangePreset;
  range: DayRange;
  comparison: Comparison;
  /** The compared days, or null when the comparison is "none". */
  compareRange: DayRange | null;
  /** The URL parameters that could not be read (and were replaced by the default). */
  invalid: ("range" | "from" | "to" | "compare")[];
}

type SearchParams = Record<string, string | string[] | undefined>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function one(params: SearchParams, key: string): string | undefined {
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

function isDay(value: string | undefined): value is string {
  if (value === undefined || !DAY.test(value)) return false;
  // 2026-02-30 rolls over to 2 March and 2026-13-01 is no date at all: both are refused.
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

export function dayCount(range: DayRange): number {
  return daysBetween(range.from, range.to).length;
}

function shiftYear(day: string, years: number): string {
  const year = Number(day.slice(0, 4)) + years;
  const candidate = `${year}${day.slice(4)}`;
  // 29 February a year away is 28 February.
  return isDay(candidate) ? candidate : `${year}${day.slice(4, 8)}28`;
}

function startOfMonth(day: string): string {
  return `${day.slice(0, 8)}01`;
}

function startOfQuarter(day: string): string {
  const month = Number(day.slice(5, 7));
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  return `${day.slice(0, 5)}${String(first).padStart(2, "0")}-01`;
}

function minusMonths(day: string, months: number): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7)) - 1 - months;
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  return `${y}-${String(m + 1).padStart(2, "0")}-01`;
}

export function presetRange(preset: Exclude<RangePreset, "custom">, today: string): DayRange {
  switch (preset) {
    case "today":
      return { from: today, to: today };
    case "7d":
      return { from: addDaysToDay(today, -6), to: today };
    case "30d":
      return { from: addDaysToDay(today, -29), to: today };
    case "month":
      return { from: startOfMonth(today), to: today };
    case "quarter":
      return { from: startOfQuarter(today), to: today };
  }
}

/**
 * The period compared with `range`. "previous": for this month or this quarter to date, the same number of
 * days from the start of the previous month or quarter (month-to-date against last month-to-date, as a bank's
 * managers read it); otherwise the same number of days just before. "year": the same days a year earlier.
 */
export function comparisonRange(preset: RangePreset, range: DayRange, comparison: Comparison): DayRange | null {
  if (comparison === "none") return null;
  if (comparison === "year") return { from: shiftYear(range.from, -1), to: shiftYear(range.to, -1) };
  const days = dayCount(range);
  if (preset === "month" || preset === "quarter") {
    const from = minusMonths(range.from, preset === "month" ? 1 : 3);
    const last = addDaysToDay(range.from, -1);
    const to = addDaysToDay(from, days - 1);
    return { from, to: to < last ? to : last };
  }
  return { from: addDaysToDay(range.from, -days), to: addDaysToDay(range.from, -1) };
}

/** Reads ?range=&from=&to=&compare= against `today` (the Shanghai day now). */
export function readPeriod(params: SearchParams, today: string): AnalyticsPeriod {
  const invalid: AnalyticsPeriod["invalid"] = [];
  const rawPreset = one(params, "range");
  let preset: RangePreset = DEFAULT_PRESET;
  if (rawPreset !== undefined) {
    if ((RANGE_PRESETS as readonly string[]).includes(rawPreset)) preset = rawPreset as RangePreset;
    else invalid.push("range");
  }
  const rawCompare = one(params, "compare");
  let comparison: Comparison = DEFAULT_COMPARISON;
  if (rawCompare !== undefined) {
    if ((COMPARISONS as readonly string[]).includes(rawCompare)) comparison = rawCompare as Comparison;
    else invalid.push("compare");
  }

  let range: DayRange;
  if (preset === "custom") {
    const from = one(params, "from");
    const to = one(params, "to");
    const fromOk = isDay(from) && from <= today;
    const toOk = isDay(to) && to <= today;
    if (!fromOk) invalid.push("from");
    if (!toOk) invalid.push("to");
    if (fromOk && toOk && from <= to && dayCount({ from, to }) <= MAX_RANGE_DAYS) {
      range = { from, to };
    } else {
      if (fromOk && toOk) invalid.push("from", "to");
      preset = DEFAULT_PRESET;
      range = presetRange(DEFAULT_PRESET, today);
    }
  } else {
    range = presetRange(preset as Exclude<RangePreset, "custom">, today);
  }
  return { preset, range, comparison, compareRange: comparisonRange(preset, range, comparison), invalid: [...new Set(invalid)] };
}

/** The URL parameters that say `period` (the inverse of readPeriod; defaults are left out). */
export function periodParams(period: Pick<AnalyticsPeriod, "preset" | "range" | "comparison">): Record<string, string> {
  const out: Record<string, string> = {};
  if (period.preset !== DEFAULT_PRESET) out.range = period.preset;
  if (period.preset === "custom") {
    out.from = period.range.from;
    out.to = period.range.to;
  }
  if (period.comparison !== DEFAULT_COMPARISON) out.compare = period.comparison;
  return out;
}
