// What a backtest keeps in fraud_backtest.result: while it runs, where it got to and what it has counted
// (so a runner that takes over a dead one's backtest resumes from there), and once DONE the comparison the
// page shows. Pure: the runner writes it, the page reads it.
import type { QualityTally, RuleQuality } from "@/lib/fraud/backtest/metrics";

export interface BacktestResult {
  /** The last transaction scored, in (createdAt, id) order; null before the first chunk. */
  cursor: { at: string; id: string } | null;
  /** Alerts per Shanghai day (YYYY-MM-DD): [draft, live]. Days without alerts are absent. */
  days: Record<string, [number, number]>;
  tallies: { draft: QualityTally; live: QualityTally };
  /** The draft's rowVersion when the backtest was queued: a later edit makes the result stale. */
  draftRowVersion: number;
  /** Filled when the run is DONE. */
  quality: { draft: RuleQuality; live: RuleQuality } | null;
}

export function emptyResult(draftRowVersion: number): BacktestResult {
  return {
    cursor: null,
    days: {},
    tallies: { draft: { alerts: 0, truePositives: 0, incidents: [] }, live: { alerts: 0, truePositives: 0, incidents: [] } },
    draftRowVersion,
    quality: null,
  };
}

/** The stored JSON as a result, or null when it is not one (a row written by something else). */
export function readResult(value: unknown): BacktestResult | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const v = value as Partial<BacktestResult>;
  if (!v.days || typeof v.days !== "object" || !v.tallies || typeof v.draftRowVersion !== "number") return null;
  return { cursor: v.cursor ?? null, days: v.days, tallies: v.tallies, draftRowVersion: v.draftRowVersion, quality: v.quality ?? null };
}

/** Every day of the window with its two counts, zeros included, for the chart and the table. */
export function alertsPerDay(result: BacktestResult, fromDay: string, toDay: string): { day: string; draft: number; live: number }[] {
  const out: { day: string; draft: number; live: number }[] = [];
  for (let day = fromDay; day <= toDay; day = nextDay(day)) {
    const [draft, live] = result.days[day] ?? [0, 0];
    out.push({ day, draft, live });
  }
  return out;
}

export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Alert volume change of the draft against the live version: the difference and the ratio (null from 0). */
export function volumeChange(draft: number, live: number): { delta: number; ratio: number | null } {
  return { delta: draft - live, ratio: live === 0 ? null : (draft - live) / live };
}
