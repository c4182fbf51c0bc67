// The transaction analytics page's reads: each card's figures for the current and the comparison period,
// through lib/analytics/rollups/read.ts only (never the transaction table). Shaping is in shape.ts.
import type { AnalyticsFilters } from "@/lib/analytics/filters";
import type { AnalyticsPeriod, DayRange } from "@/lib/analytics/period";
import { readHourOfDay, readHourlyTotals, readTransactionTotals, readWalletDaily, type HourlyRow } from "@/lib/analytics/rollups/read";
import { addDaysToDay, daysBetween, shanghaiClock, shanghaiDay } from "@/lib/time";
import {
  alignSeries,
  byKey,
  festivalSpans,
  heatGrid,
  hourKeys,
  kpiFigures,
  hourLabel,
  ranked,
  type FestivalKind,
  type HeatCell,
  type KpiFigures,
  type SeriesPoint,
} from "./shape";

type Db = Parameters<typeof readTransactionTotals>[0];

/** The hourly cube keeps the last 7 Shanghai days (today included). */
export function hourlyCovers(range: DayRange, today: string): boolean {
  return range.from >= addDaysToDay(today, -6) && range.to <= today;
}

function sumRows(rows: { count: number; amountFen: bigint }[]): { count: number; amountFen: bigint } {
  return rows.reduce((t, r) => ({ count: t.count + r.count, amountFen: t.amountFen + r.amountFen }), { count: 0, amountFen: 0n });
}

/** A period's KPI figures from the daily cube and the daily wallet figures. */
async function dailyFigures(db: Db, range: DayRange, filters: AnalyticsFilters): Promise<KpiFigures> {
  const [byType, byCrossBorder, wallets] = await Promise.all([
    readTransactionTotals(db, { range, filters, groupBy: "type" }),
    readTransactionTotals(db, { range, filters, groupBy: "crossBorder" }),
    readWalletDaily(db, { range, provinceCode: filters.provinceCode, tier: filters.tier }),
  ]);
  return kpiFigures(byType, byCrossBorder, wallets);
}

/** The comparison day's figures over the same hours as today so far (hours 0..`untilHour`), from the hourly cube. */
async function sameHoursFigures(db: Db, day: string, filters: AnalyticsFilters, untilHour: number): Promise<KpiFigures> {
  const range = { from: day, to: day };
  const upTo = (rows: HourlyRow[]) => sumRows(rows.filter((r) => shanghaiClock(r.hour).hour <= untilHour));
  const [all, topUp, spend] = await Promise.all([
    readHourlyTotals(db, { range, filters }),
    readHourlyTotals(db, { range, filters, types: ["TOP_UP"] }),
    readHourlyTotals(db, { range, filters, types: ["PAYMENT"] }),
  ]);
  const total = upTo(all);
  return {
    count: total.count,
    valueFen: total.amountFen,
    topUpFen: upTo(topUp).amountFen,
    spendFen: upTo(spend).amountFen,
    // Neither the cross-border split nor the wallet figures are kept by hour.
    crossBorderCount: null,
    crossBorderFen: null,
    activeWalletDays: null,
    days: 1,
    newWallets: null,
  };
}

export interface KpiResult {
  current: KpiFigures;
  comparison: KpiFigures | null;
  /** "sameHours": today against the comparison day's same hours (up to `untilHour`); "wholeDay": the
   *  comparison day has no hourly figures any more, so its whole day; "period": ordinary ranges. */
  mode: "period" | "sameHours" | "wholeDay";
  untilHour: number;
}

export async function readKpis(db: Db, period: AnalyticsPeriod, filters: AnalyticsFilters, now: Date): Promise<KpiResult> {
  const today = shanghaiDay(now);
  const untilHour = shanghaiClock(now).hour;
  const compare = period.compareRange;
  const isToday = period.range.from === today && period.range.to === today;
  let mode: KpiResult["mode"] = "period";
  let comparison: Promise<KpiFigures | null> = Promise.resolve(null);
  if (compare && isToday && hourlyCovers(compare, today)) {
    mode = "sameHours";
    comparison = sameHoursFigures(db, compare.from, filters, untilHour);
  } else if (compare) {
    if (isToday) mode = "wholeDay";
    comparison = dailyFigures(db, compare, filters);
  }
  const [current, compared] = await Promise.all([dailyFigures(db, period.range, filters), comparison]);
  return { current, comparison: compared, mode, untilHour };
}

export interface SeriesResult {
  granularity: "day" | "hour";
  points: SeriesPoint[];
  /** The comparison period could not be drawn (hourly figures are kept for 7 days only). */
  comparisonUnavailable: boolean;
  festivals: { kind: FestivalKind; x1: string; x2: string; from: string; to: string }[];
}

/** Volume and value over time: by hour for today and the last 7 days, by day otherwise. */
export async function readSeries(db: Db, period: AnalyticsPeriod, filters: AnalyticsFilters, today: string): Promise<SeriesResult> {
  const { range, compareRange } = period;
  const days = daysBetween(range.from, range.to);
  if (period.preset === "today" || period.preset === "7d") {
    const compareOk = compareRange !== null && hourlyCovers(compareRange, today);
    const [current, compare] = await Promise.all([
      readHourlyTotals(db, { range, filters }),
      compareOk ? readHourlyTotals(db, { range: compareRange, filters }) : Promise.resolve(null),
    ]);
    const toBuckets = (rows: HourlyRow[]) => new Map(rows.map((r) => [r.hour.toISOString(), { key: r.hour.toISOString(), count: r.count, amountFen: r.amountFen }]));
    const withDay = days.length > 1;
    const keys = hourKeys(range).map((key) => ({ key, label: hourLabel(key, withDay) }));
    const points = alignSeries(keys, toBuckets(current), compareOk ? hourKeys(compareRange) : null, compare ? toBuckets(compare) : null);
    const hoursOf = (day: string) => hourKeys({ from: day, to: day });
    return { granularity: "hour", points, comparisonUnavailable: compareRange !== null && !compareOk, festivals: festivalSpans(days, hoursOf) };
  }
  const [current, compare] = await Promise.all([
    readTransactionTotals(db, { range, filters, groupBy: "day" }),
    compareRange ? readTransactionTotals(db, { range: compareRange, filters, groupBy: "day" }) : Promise.resolve(null),
  ]);
  const keys = days.map((day) => ({ key: day, label: day.slice(5) }));
  const points = alignSeries(keys, byKey(current), compareRange ? daysBetween(compareRange.from, compareRange.to) : null, compare ? byKey(compare) : null);
  return { granularity: "day", points, comparisonUnavailable: false, festivals: festivalSpans(days) };
}

export interface BreakdownRow {
  key: string;
  count: number;
  amountFen: bigint;
  share: number;
  compareCount: number | null;
  compareAmountFen: bigint | null;
}

async function breakdown(db: Db, period: AnalyticsPeriod, filters: AnalyticsFilters, groupBy: "channel" | "mcc" | "province", keep: (key: string) => boolean = () => true): Promise<BreakdownRow[]> {
  const [current, compare] = await Promise.all([
    readTransactionTotals(db, { range: period.range, filters, groupBy }),
    period.compareRange ? readTransactionTotals(db, { range: period.compareRange, filters, groupBy }) : Promise.resolve(null),
  ]);
  const previous = compare ? byKey(compare) : null;
  return ranked(current.filter((r) => keep(r.key) && (r.count > 0 || r.amountFen !== 0n))).map((r) => ({
    key: r.key,
    count: r.count,
    amountFen: r.amountFen,
    share: r.share,
    compareCount: previous ? (previous.get(r.key)?.count ?? 0) : null,
    compareAmountFen: previous ? (previous.get(r.key)?.amountFen ?? 0n) : null,
  }));
}

export function readByChannel(db: Db, period: AnalyticsPeriod, filters: AnalyticsFilters): Promise<BreakdownRow[]> {
  return breakdown(db, period, filters, "channel");
}

/** Merchant categories of transactions with a merchant (the "" key, no merchant, is left out). */
export function readByCategory(db: Db, period: AnalyticsPeriod, filters: AnalyticsFilters): Promise<BreakdownRow[]> {
  return breakdown(db, period, filters, "mcc", (key) => key !== "");
}

export function readByProvince(db: Db, period: AnalyticsPeriod, filters: AnalyticsFilters): Promise<BreakdownRow[]> {
  return breakdown(db, period, filters, "province");
}

/** The weekday x hour grid over the range (the rollup honours the channel filter only). */
export async function readHeatmap(db: Db, period: AnalyticsPeriod, filters: AnalyticsFilters): Promise<HeatCell[][]> {
  return heatGrid(await readHourOfDay(db, { range: period.range, channel: filters.channel }));
}
