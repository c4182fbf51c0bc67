// The transaction analytics' arithmetic over rollup rows, pure (no database, no server imports) so it is
// unit-tested and the CSV datasets and the page shape the same figures: KPIs and their change against the
// comparison period, the time series with the comparison aligned by position, the festival spans on the
// time axis, and the hour-of-day x weekday grid.
import type { DayRange } from "@/lib/analytics/period";
import { dayKind, type DayKind } from "@/lib/sim/calendar";
import { daysBetween } from "@/lib/time";

/** The figures of one period (current or comparison). null = not known for that period. */
export interface KpiFigures {
  count: number;
  valueFen: bigint;
  topUpFen: bigint;
  spendFen: bigint;
  /** null when the cross-border split is not available (today's same-hours comparison). */
  crossBorderCount: number | null;
  crossBorderFen: bigint | null;
  /** Sum over the days of active wallets, and the days summed: the average is activeWalletDays / days. */
  activeWalletDays: number | null;
  days: number;
  newWallets: number | null;
}

export const KPI_KEYS = ["count", "value", "activeWallets", "averageTicket", "topUpVsSpend", "crossBorder", "newWallets"] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

/** Each KPI as a number (ratio KPIs as fractions), null when it cannot be computed. */
export function kpiValues(f: KpiFigures): Record<KpiKey, number | null> {
  return {
    count: f.count,
    value: Number(f.valueFen),
    activeWallets: f.activeWalletDays === null || f.days === 0 ? null : f.activeWalletDays / f.days,
    averageTicket: f.count === 0 ? null : Number(f.valueFen) / f.count,
    topUpVsSpend: f.spendFen === 0n ? null : Number(f.topUpFen) / Number(f.spendFen),
    crossBorder: f.crossBorderCount === null || f.count === 0 ? null : f.crossBorderCount / f.count,
    newWallets: f.newWallets,
  };
}

/** The relative change from `previous` to `current` (0.125 = +12.5 %); null when there is nothing to compare. */
export function relativeChange(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return (current - previous) / previous;
}

export type Direction = "up" | "down" | "flat";

export function direction(change: number): Direction {
  if (Math.abs(change) < 0.0005) return "flat";
  return change > 0 ? "up" : "down";
}

/** Average ticket in whole fen (rounded half up), for display; null without transactions. */
export function averageTicketFen(count: number, valueFen: bigint): bigint | null {
  if (count === 0) return null;
  const n = BigInt(count);
  return (valueFen * 2n + n) / (2n * n);
}

export interface SeriesPoint {
  /** The x key: a day (YYYY-MM-DD) or an hour's start as an ISO instant. */
  key: string;
  /** What the axis shows: "MM-DD" or "MM-DD HH:00" (or "HH:00" for one day). */
  label: string;
  count: number;
  valueFen: number;
  compareKey: string | null;
  compareCount: number | null;
  compareValueFen: number | null;
}

interface Bucket {
  key: string;
  count: number;
  amountFen: bigint;
}

/** Current buckets in order (every key, zeros included) with the comparison's bucket at the same position. */
export function alignSeries(
  keys: { key: string; label: string }[],
  current: Map<string, Bucket>,
  compareKeys: string[] | null,
  compare: Map<string, Bucket> | null,
): SeriesPoint[] {
  return keys.map(({ key, label }, i) => {
    const c = current.get(key);
    const compareKey = compareKeys?.[i] ?? null;
    const p = compareKey !== null && compare ? compare.get(compareKey) : undefined;
    return {
      key,
      label,
      count: c?.count ?? 0,
      valueFen: Number(c?.amountFen ?? 0n),
      compareKey,
      compareCount: compareKey === null ? null : (p?.count ?? 0),
      compareValueFen: compareKey === null ? null : Number(p?.amountFen ?? 0n),
    };
  });
}

export function byKey<T extends { key: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.key, r]));
}

type Totals = { key: string; count: number; amountFen: bigint };

/**
 * A period's KPI figures from its totals by type and by cross-border, and its wallet figures per day: the
 * page (from the rollups) and the benchmark's raw side (from the transactions) assemble them alike.
 */
export function kpiFigures(byType: Totals[], byCrossBorder: Totals[], wallets: { activeWallets: number; newWallets: number }[]): KpiFigures {
  const type = byKey(byType);
  const crossBorder = byKey(byCrossBorder).get("true");
  return {
    count: byType.reduce((n, r) => n + r.count, 0),
    valueFen: byType.reduce((n, r) => n + r.amountFen, 0n),
    topUpFen: type.get("TOP_UP")?.amountFen ?? 0n,
    spendFen: type.get("PAYMENT")?.amountFen ?? 0n,
    crossBorderCount: crossBorder?.count ?? 0,
    crossBorderFen: crossBorder?.amountFen ?? 0n,
    activeWalletDays: wallets.reduce((n, w) => n + w.activeWallets, 0),
    days: wallets.length,
    newWallets: wallets.reduce((n, w) => n + w.newWallets, 0),
  };
}

const HOUR_MS = 3_600_000;
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

/** The start instants (ISO) of every Shanghai hour of the days of `range`. */
export function hourKeys(range: DayRange): string[] {
  const start = Date.parse(`${range.from}T00:00:00+08:00`);
  const hours = daysBetween(range.from, range.to).length * 24;
  return Array.from({ length: hours }, (_, i) => new Date(start + i * HOUR_MS).toISOString());
}

/** "MM-DD HH:00" in Shanghai time, or "HH:00" when `withDay` is false. */
export function hourLabel(iso: string, withDay: boolean): string {
  const shifted = new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS).toISOString();
  const hour = `${shifted.slice(11, 13)}:00`;
  return withDay ? `${shifted.slice(5, 10)} ${hour}` : hour;
}

export type FestivalKind = Exclude<DayKind, "normal">;

/** Runs of consecutive festival days in `days` (in order) as spans of x keys: first and last key of each run. */
export function festivalSpans(days: string[], keysOfDay: (day: string) => string[] = (d) => [d]): { kind: FestivalKind; x1: string; x2: string; from: string; to: string }[] {
  const spans: { kind: FestivalKind; x1: string; x2: string; from: string; to: string }[] = [];
  let run: { kind: FestivalKind; from: string; to: string } | null = null;
  const flush = () => {
    if (!run) return;
    const first = keysOfDay(run.from);
    const last = keysOfDay(run.to);
    spans.push({ kind: run.kind, x1: first[0]!, x2: last[last.length - 1]!, from: run.from, to: run.to });
    run = null;
  };
  for (const day of days) {
    const kind = dayKind(day);
    if (kind === "normal") {
      flush();
    } else if (run && run.kind === kind) {
      run.to = day;
    } else {
      flush();
      run = { kind, from: day, to: day };
    }
  }
  flush();
  return spans;
}

export interface HeatCell {
  weekday: number;
  hour: number;
  count: number;
  amountFen: bigint;
  /** count / the largest cell's count (a linear scale), 0..1. */
  t: number;
}

/** The full 7 x 24 grid (weekday 0 = Sunday first, hours 0-23), zeros included, with the linear scale. */
export function heatGrid(rows: { weekday: number; hour: number; count: number; amountFen: bigint }[]): HeatCell[][] {
  const max = rows.reduce((m, r) => Math.max(m, r.count), 0);
  const at = new Map(rows.map((r) => [`${r.weekday}:${r.hour}`, r]));
  return Array.from({ length: 7 }, (_, weekday) =>
    Array.from({ length: 24 }, (_, hour) => {
      const r = at.get(`${weekday}:${hour}`);
      const count = r?.count ?? 0;
      return { weekday, hour, count, amountFen: r?.amountFen ?? 0n, t: max === 0 ? 0 : count / max };
    }),
  );
}

/** Rows sorted by value, largest first, each with its share of the total value. */
export function ranked<T extends { amountFen: bigint }>(rows: T[]): (T & { share: number })[] {
  const total = rows.reduce((n, r) => n + r.amountFen, 0n);
  return [...rows]
    .sort((a, b) => (b.amountFen > a.amountFen ? 1 : b.amountFen < a.amountFen ? -1 : 0))
    .map((r) => ({ ...r, share: total === 0n ? 0 : Number(r.amountFen) / Number(total) }));
}
