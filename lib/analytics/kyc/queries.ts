// The figures of /analytics/kyc. The funnel reads kyc_funnel_weekly only (readFunnel); the review team reads
// kyc_submission and the audit trail directly: both are small (one row per submission, a few events per
// decision), and the questions (percentiles, who proposed an approval a lead turned down) are not summable.
//
// What counts as a decision: a submission whose outcome is final, APPROVED or REJECTED, at the moment it
// became final: COALESCE(checked_at, decided_at), i.e. a lead's confirmation of a proposed approval, or the
// officer's own decision. Requests for more information (NEEDS_INFO) are not decisions, nor are proposals
// still waiting for a lead. The officer of a decision is decided_by_id: for a proposal the lead declined
// that is the lead (lib/kyc/review/mutations.ts, declineApproval), whose refusal is the decision.
// Overturns come from the audit trail, the only place that keeps the proposer of a declined approval:
// among the lead reviews in the period (kyc.approve-confirm and kyc.approve-decline), the declined ones,
// attributed to before.decidedById, the officer who proposed the approval.
// No server-only import: the benchmark (scripts/bench) and the tests call these with their own client.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnalyticsPeriod, DayRange } from "@/lib/analytics/period";
import { readFunnel, type FunnelRow } from "@/lib/analytics/rollups/read";
import { cohortWeeks, conversions, isMaturing, sumCohorts, type FunnelCounts, type StepConversion } from "@/lib/analytics/kyc/funnel";
import { KYC_SLA_HOURS } from "@/lib/kyc/review/reasons";
import { addDaysToDay, daysBetween, startOfShanghaiDay } from "@/lib/time";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

export interface FunnelCohort extends FunnelCounts {
  week: string;
  maturing: boolean;
  steps: StepConversion[];
}

export interface FunnelFigures {
  fromWeek: string;
  toWeek: string;
  cohorts: FunnelCohort[];
  total: FunnelCounts;
  steps: StepConversion[];
  /** The oldest refresh among the cohorts shown (null when none). */
  refreshedAt: Date | null;
  anyMaturing: boolean;
}

/** The funnel for the cohorts (Monday weeks) overlapping the period; what the bench measures. */
export async function funnelFigures(db: Reader, period: Pick<AnalyticsPeriod, "range">, today = period.range.to): Promise<FunnelFigures> {
  const { fromWeek, toWeek } = cohortWeeks(period.range);
  const rows: FunnelRow[] = await readFunnel(db, { fromWeek, toWeek });
  const cohorts = rows.map((r) => {
    const counts: FunnelCounts = { registered: r.registered, kycSubmitted: r.kycSubmitted, approved: r.approved, walletActive: r.walletActive, cardLinked: r.cardLinked, firstPayment: r.firstPayment };
    return { week: r.week, ...counts, maturing: isMaturing(r.week, today), steps: conversions(counts) };
  });
  const total = sumCohorts(cohorts);
  const refreshed = rows.map((r) => r.refreshedAt.getTime());
  return {
    fromWeek,
    toWeek,
    cohorts,
    total,
    steps: conversions(total),
    refreshedAt: refreshed.length ? new Date(Math.min(...refreshed)) : null,
    anyMaturing: cohorts.some((c) => c.maturing),
  };
}

function bounds(range: DayRange): { start: Date; end: Date } {
  return { start: startOfShanghaiDay(range.from), end: startOfShanghaiDay(addDaysToDay(range.to, 1)) };
}

export interface ReviewSummary {
  decisions: number;
  approved: number;
  rejected: number;
  /** Decided within KYC_SLA_HOURS of submission. */
  withinSla: number;
  /** Seconds from submission to decision; null without decisions. */
  medianSeconds: number | null;
  p90Seconds: number | null;
  /** Lead reviews of proposed approvals in the period, and how many the lead declined. */
  leadReviews: number;
  overturned: number;
}

export interface ReasonCount {
  /** The rejection reason code ("" when none was recorded). */
  code: string;
  count: number;
}

export interface DecisionDay {
  day: string;
  approved: number;
  rejected: number;
}

export interface OfficerFigures {
  staffId: string;
  name: string;
  decisions: number;
  approved: number;
  rejected: number;
  withinSla: number;
  medianSeconds: number | null;
  leadReviews: number;
  overturned: number;
}

export interface ReviewTeamFigures {
  summary: ReviewSummary;
  reasons: ReasonCount[];
  perDay: DecisionDay[];
  officers: OfficerFigures[];
}

const num = (v: unknown): number => Number(v ?? 0);
const maybe = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export async function reviewSummary(db: Reader, range: DayRange): Promise<ReviewSummary> {
  const { start, end } = bounds(range);
  const [row] = await db.$queryRaw<Record<string, unknown>[]>`
    WITH d AS (
      SELECT status, submitted_at, COALESCE(checked_at, decided_at) AS final_at
      FROM kyc_submission
      WHERE status IN ('APPROVED', 'REJECTED') AND COALESCE(checked_at, decided_at) >= ${start} AND COALESCE(checked_at, decided_at) < ${end}
    )
    SELECT count(*) AS decisions,
      count(*) FILTER (WHERE status = 'APPROVED') AS approved,
      count(*) FILTER (WHERE status = 'REJECTED') AS rejected,
      count(*) FILTER (WHERE final_at - submitted_at <= make_interval(hours => ${KYC_SLA_HOURS}::int)) AS within_sla,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM final_at - submitted_at)) AS median_s,
      percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM final_at - submitted_at)) AS p90_s
    FROM d`;
  const [lead] = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT count(*) AS reviews, count(*) FILTER (WHERE action = 'kyc.approve-decline') AS overturned
    FROM audit_event
    WHERE action IN ('kyc.approve-confirm', 'kyc.approve-decline') AND outcome = 'SUCCESS' AND created_at >= ${start} AND created_at < ${end}`;
  return {
    decisions: num(row?.decisions),
    approved: num(row?.approved),
    rejected: num(row?.rejected),
    withinSla: num(row?.within_sla),
    medianSeconds: maybe(row?.median_s),
    p90Seconds: maybe(row?.p90_s),
    leadReviews: num(lead?.reviews),
    overturned: num(lead?.overturned),
  };
}

export async function rejectionReasons(db: Reader, range: DayRange): Promise<ReasonCount[]> {
  const { start, end } = bounds(range);
  const rows = await db.$queryRaw<{ code: string; count: unknown }[]>`
    SELECT COALESCE(reason_code, '') AS code, count(*) AS count
    FROM kyc_submission
    WHERE status = 'REJECTED' AND COALESCE(checked_at, decided_at) >= ${start} AND COALESCE(checked_at, decided_at) < ${end}
    GROUP BY 1
    ORDER BY 2 DESC, 1`;
  return rows.map((r) => ({ code: r.code, count: num(r.count) }));
}

/** Decisions per Shanghai day of the period, every day present (zeros included). */
export async function decisionsPerDay(db: Reader, range: DayRange): Promise<DecisionDay[]> {
  const { start, end } = bounds(range);
  const rows = await db.$queryRaw<{ day: string; approved: unknown; rejected: unknown }[]>`
    SELECT to_char(COALESCE(checked_at, decided_at) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day,
      count(*) FILTER (WHERE status = 'APPROVED') AS approved,
      count(*) FILTER (WHERE status = 'REJECTED') AS rejected
    FROM kyc_submission
    WHERE status IN ('APPROVED', 'REJECTED') AND COALESCE(checked_at, decided_at) >= ${start} AND COALESCE(checked_at, decided_at) < ${end}
    GROUP BY 1`;
  const byDay = new Map(rows.map((r) => [r.day, r]));
  return daysBetween(range.from, range.to).map((day) => ({ day, approved: num(byDay.get(day)?.approved), rejected: num(byDay.get(day)?.rejected) }));
}

/** Each staff member who decided or whose proposal a lead reviewed in the period, most decisions first. */
export async function officerFigures(db: Reader, range: DayRange): Promise<OfficerFigures[]> {
  const { start, end } = bounds(range);
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH d AS (
      SELECT decided_by_id AS staff_id, count(*) AS decisions,
        count(*) FILTER (WHERE status = 'APPROVED') AS approved,
        count(*) FILTER (WHERE status = 'REJECTED') AS rejected,
        count(*) FILTER (WHERE COALESCE(checked_at, decided_at) - submitted_at <= make_interval(hours => ${KYC_SLA_HOURS}::int)) AS within_sla,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM COALESCE(checked_at, decided_at) - submitted_at)) AS median_s
      FROM kyc_submission
      WHERE status IN ('APPROVED', 'REJECTED') AND decided_by_id IS NOT NULL
        AND COALESCE(checked_at, decided_at) >= ${start} AND COALESCE(checked_at, decided_at) < ${end}
      GROUP BY decided_by_id
    ), o AS (
      SELECT before->>'decidedById' AS staff_id, count(*) AS reviews, count(*) FILTER (WHERE action = 'kyc.approve-decline') AS overturned
      FROM audit_event
      WHERE action IN ('kyc.approve-confirm', 'kyc.approve-decline') AND outcome = 'SUCCESS' AND created_at >= ${start} AND created_at < ${end}
        AND before->>'decidedById' IS NOT NULL
      GROUP BY 1
    )
    SELECT s.id AS staff_id, s.name, d.decisions, d.approved, d.rejected, d.within_sla, d.median_s, o.reviews, o.overturned
    FROM staff_user s
    LEFT JOIN d ON d.staff_id = s.id
    LEFT JOIN o ON o.staff_id = s.id
    WHERE d.staff_id IS NOT NULL OR o.staff_id IS NOT NULL
    ORDER BY COALESCE(d.decisions, 0) DESC, s.name`;
  return rows.map((r) => ({
    staffId: String(r.staff_id),
    name: String(r.name),
    decisions: num(r.decisions),
    approved: num(r.approved),
    rejected: num(r.rejected),
    withinSla: num(r.within_sla),
    medianSeconds: maybe(r.median_s),
    leadReviews: num(r.reviews),
    overturned: num(r.overturned),
  }));
}

export async function reviewTeamFigures(db: Reader, range: DayRange): Promise<ReviewTeamFigures> {
  const [summary, reasons, perDay, officers] = await Promise.all([reviewSummary(db, range), rejectionReasons(db, range), decisionsPerDay(db, range), officerFigures(db, range)]);
  return { summary, reasons, perDay, officers };
}
