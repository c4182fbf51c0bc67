// The KYC page's CSV datasets (registered in lib/analytics/export/datasets.ts): each chart's figures for the
// period in the URL's parameters, as plain machine-readable values (days, counts, 0..1 shares, hours).
// Column names are stable identifiers, the same in both languages, so a spreadsheet built on them keeps working.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnalyticsDataset } from "@/lib/analytics/export/dataset";
import { readPeriod } from "@/lib/analytics/period";
import { funnelFigures, reviewTeamFigures } from "@/lib/analytics/kyc/queries";
import { hoursText, ratio, shareText } from "@/lib/analytics/kyc/format";
import { FUNNEL_STEPS } from "@/lib/analytics/kyc/funnel";
import { shanghaiDay } from "@/lib/time";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

const cols = (...keys: string[]) => keys.map((key) => ({ key, header: key }));

function periodOf(params: Record<string, string>) {
  const today = shanghaiDay(new Date());
  return { today, period: readPeriod(params, today) };
}

export const kycDatasets: Record<string, AnalyticsDataset<Reader>> = {
  "kyc-funnel": {
    permission: "analytics:kyc",
    columns: cols("step", "count", "of_previous", "of_registered"),
    async rows(db, params) {
      const { today, period } = periodOf(params);
      const f = await funnelFigures(db, period, today);
      return f.steps.map((s) => ({ step: s.step, count: String(s.count), of_previous: shareText(s.ofPrevious), of_registered: shareText(s.ofRegistered) }));
    },
  },
  "kyc-cohorts": {
    permission: "analytics:kyc",
    columns: cols("week", ...FUNNEL_STEPS.map((s) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)), "maturing"),
    async rows(db, params) {
      const { today, period } = periodOf(params);
      const f = await funnelFigures(db, period, today);
      return f.cohorts.map((c) => ({
        week: c.week,
        registered: String(c.registered),
        kyc_submitted: String(c.kycSubmitted),
        approved: String(c.approved),
        wallet_active: String(c.walletActive),
        card_linked: String(c.cardLinked),
        first_payment: String(c.firstPayment),
        maturing: String(c.maturing),
      }));
    },
  },
  "kyc-review-summary": {
    permission: "analytics:kyc",
    columns: cols("decisions", "approved", "rejected", "approval_rate", "median_hours", "p90_hours", "within_sla", "sla_share", "lead_reviews", "overturned", "overturn_rate"),
    async rows(db, params) {
      const { period } = periodOf(params);
      const s = (await reviewTeamFigures(db, period.range)).summary;
      return [
        {
          decisions: String(s.decisions),
          approved: String(s.approved),
          rejected: String(s.rejected),
          approval_rate: shareText(ratio(s.approved, s.decisions)),
          median_hours: hoursText(s.medianSeconds),
          p90_hours: hoursText(s.p90Seconds),
          within_sla: String(s.withinSla),
          sla_share: shareText(ratio(s.withinSla, s.decisions)),
          lead_reviews: String(s.leadReviews),
          overturned: String(s.overturned),
          overturn_rate: shareText(ratio(s.overturned, s.leadReviews)),
        },
      ];
    },
  },
  "kyc-rejection-reasons": {
    permission: "analytics:kyc",
    columns: cols("reason_code", "count"),
    async rows(db, params) {
      const { period } = periodOf(params);
      return (await reviewTeamFigures(db, period.range)).reasons.map((r) => ({ reason_code: r.code, count: String(r.count) }));
    },
  },
  "kyc-decisions-per-day": {
    permission: "analytics:kyc",
    columns: cols("day", "approved", "rejected"),
    async rows(db, params) {
      const { period } = periodOf(params);
      return (await reviewTeamFigures(db, period.range)).perDay.map((d) => ({ day: d.day, approved: String(d.approved), rejected: String(d.rejected) }));
    },
  },
  "kyc-officers": {
    permission: "analytics:kyc",
    columns: cols("officer", "decisions", "approved", "rejected", "within_sla", "median_hours", "lead_reviews", "overturned"),
    async rows(db, params) {
      const { period } = periodOf(params);
      return (await reviewTeamFigures(db, period.range)).officers.map((o) => ({
        officer: o.name,
        decisions: String(o.decisions),
        approved: String(o.approved),
        rejected: String(o.rejected),
        within_sla: String(o.withinSla),
        median_hours: hoursText(o.medianSeconds),
        lead_reviews: String(o.leadReviews),
        overturned: String(o.overturned),
      }));
    },
  },
};
