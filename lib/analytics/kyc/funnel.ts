// The onboarding funnel's arithmetic, pure: which weekly cohorts a period covers (Monday weeks, Shanghai
// days), the cohorts' steps added together, and each step's conversion against the step before it and
// against registration. The counts themselves come from kyc_funnel_weekly (lib/analytics/rollups/read.ts).
import type { DayRange } from "@/lib/analytics/period";
import { addDaysToDay } from "@/lib/time";

export const FUNNEL_STEPS = ["registered", "kycSubmitted", "approved", "walletActive", "cardLinked", "firstPayment"] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];
export type FunnelCounts = Record<FunnelStep, number>;

/** A cohort younger than this many days (counted from its Monday) is still maturing: later steps can grow. */
export const MATURING_DAYS = 35;

/** The Monday (YYYY-MM-DD) of the Monday-to-Sunday week containing `day`. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDaysToDay(day, -((weekday + 6) % 7));
}

/** The cohorts a period shows: every week that overlaps it, by its Monday, both ends included. */
export function cohortWeeks(range: DayRange): { fromWeek: string; toWeek: string } {
  return { fromWeek: mondayOf(range.from), toWeek: mondayOf(range.to) };
}

export function isMaturing(week: string, today: string): boolean {
  return addDaysToDay(week, MATURING_DAYS) > today;
}

export function sumCohorts(rows: readonly FunnelCounts[]): FunnelCounts {
  const total = Object.fromEntries(FUNNEL_STEPS.map((s) => [s, 0])) as FunnelCounts;
  for (const row of rows) for (const step of FUNNEL_STEPS) total[step] += row[step];
  return total;
}

export interface StepConversion {
  step: FunnelStep;
  count: number;
  /** Of the step before (null for the first step, or when the step before is 0). */
  ofPrevious: number | null;
  /** Of those registered (null when none registered). */
  ofRegistered: number | null;
}

export function conversions(counts: FunnelCounts): StepConversion[] {
  return FUNNEL_STEPS.map((step, i) => {
    const previous = i === 0 ? null : counts[FUNNEL_STEPS[i - 1]!];
    return {
      step,
      count: counts[step],
      ofPrevious: previous === null || previous === 0 ? null : counts[step] / previous,
      ofRegistered: counts.registered === 0 ? null : counts[step] / counts.registered,
    };
  });
}
