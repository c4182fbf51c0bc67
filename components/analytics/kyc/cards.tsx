// The cards of /analytics/kyc: each an async server component the page puts in its own Suspense boundary,
// reading the period's figures (shared within the request, lib/analytics/kyc/read.ts) and rendering a
// ChartCard with the data table behind the chart and the chart's CSV.
import { Badge } from "@/components/ui/badge";
import { Stat } from "@/components/ui/stat";
import { ChartCard } from "@/components/analytics/frame/chart-card";
import { LazyDecisionsPerDayChart, LazyFunnelChart } from "@/components/analytics/kyc/lazy-charts";
import { FUNNEL_STEPS } from "@/lib/analytics/kyc/funnel";
import { durationText, percentText, ratio } from "@/lib/analytics/kyc/format";
import { getFunnel, getReviewTeam } from "@/lib/analytics/kyc/read";
import type { AnalyticsPeriod } from "@/lib/analytics/period";
import { DataValue } from "@/lib/i18n/data-value";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/lookup";
import { CATALOGUES } from "@/lib/i18n/translate";
import { formatCount } from "@/lib/money";
import { KYC_SLA_HOURS } from "@/lib/kyc/review/reasons";
import { formatDateTime } from "@/lib/time";

export interface KycCardProps {
  period: AnalyticsPeriod;
  /** The period's URL parameters, for the CSV links. */
  params: Record<string, string>;
  today: string;
  locale: Locale;
}

const num = (n: number, locale: Locale) => <span data-value={n}>{formatCount(n, locale)}</span>;

export async function FunnelCard({ period, params, today, locale }: KycCardProps) {
  const m = CATALOGUES[locale].analyticsKyc;
  const f = await getFunnel(period.range.from, period.range.to, today);
  const empty = f.cohorts.length === 0 || f.total.registered === 0;
  return (
    <ChartCard
      testId="kyc-funnel"
      title={m.funnel.title}
      description={
        <>
          {fill(m.funnel.description, { from: f.fromWeek, to: f.toWeek })}
          {f.refreshedAt ? <span className="ml-1">{fill(m.funnel.refreshed, { time: formatDateTime(f.refreshedAt) })}</span> : null}
        </>
      }
      csv={{ dataset: "kyc-funnel", params }}
      empty={empty}
      emptyText={m.funnel.empty}
      table={{
        columns: [
          { key: "step", label: m.funnel.step },
          { key: "count", label: m.funnel.count, align: "right" },
          { key: "ofPrevious", label: m.funnel.ofPrevious, align: "right" },
          { key: "ofRegistered", label: m.funnel.ofRegistered, align: "right" },
        ],
        rows: f.steps.map((s) => ({
          step: <span data-step={s.step}>{m.steps[s.step]}</span>,
          count: num(s.count, locale),
          ofPrevious: percentText(s.ofPrevious, locale),
          ofRegistered: percentText(s.ofRegistered, locale),
        })),
      }}
    >
      {f.anyMaturing ? (
        <p className="mb-3 text-xs text-ink-muted" data-testid="kyc-funnel-maturing">
          {m.funnel.maturing}
        </p>
      ) : null}
      <LazyFunnelChart bars={f.steps.map((s) => ({ step: s.step, count: s.count, ofRegistered: s.ofRegistered }))} />
    </ChartCard>
  );
}

export async function CohortCard({ period, params, today, locale }: KycCardProps) {
  const m = CATALOGUES[locale].analyticsKyc;
  const f = await getFunnel(period.range.from, period.range.to, today);
  const cell = (count: number, share: number | null) => (
    <span className="whitespace-nowrap">
      {num(count, locale)}
      {share === null ? null : <span className="ml-1 text-xs text-ink-subtle">({percentText(share, locale)})</span>}
    </span>
  );
  return (
    <ChartCard
      testId="kyc-cohorts"
      title={m.cohorts.title}
      description={m.cohorts.description}
      csv={{ dataset: "kyc-cohorts", params }}
      empty={f.cohorts.length === 0}
      emptyText={m.cohorts.empty}
      table={{ columns: [], rows: [] }}
    >
      <div className="overflow-x-auto">
        <table className="w-full border-separate border-spacing-0 text-sm" data-testid="kyc-cohort-table">
          <caption className="sr-only">{m.cohorts.title}</caption>
          <thead>
            <tr>
              <th scope="col" className="h-8 border-b border-border bg-surface-muted px-3 text-left text-xs font-medium whitespace-nowrap text-ink-muted">
                {m.cohorts.week}
              </th>
              {FUNNEL_STEPS.map((step) => (
                <th key={step} scope="col" className="h-8 border-b border-border bg-surface-muted px-3 text-right text-xs font-medium whitespace-nowrap text-ink-muted">
                  {m.steps[step]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {f.cohorts.map((c) => (
              <tr key={c.week} data-week={c.week}>
                <th scope="row" className="border-b border-border px-3 py-1.5 text-left font-normal whitespace-nowrap text-ink tabular-nums">
                  {c.week}
                  {c.maturing ? (
                    <Badge tone="warning" className="ml-2">
                      {m.cohorts.maturing}
                    </Badge>
                  ) : null}
                </th>
                {c.steps.map((s) => (
                  <td key={s.step} data-step={s.step} className="border-b border-border px-3 py-1.5 text-right text-ink tabular-nums">
                    {s.step === "registered" ? num(s.count, locale) : cell(s.count, s.ofRegistered)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ChartCard>
  );
}

export async function ReviewSummaryCard({ period, params, locale }: KycCardProps) {
  const m = CATALOGUES[locale].analyticsKyc;
  const { summary: s } = await getReviewTeam(period.range.from, period.range.to);
  const d = (seconds: number | null) => durationText(seconds, locale, m.duration);
  const approvalRate = ratio(s.approved, s.decisions);
  const sla = ratio(s.withinSla, s.decisions);
  const overturn = ratio(s.overturned, s.leadReviews);
  const stats = [
    { key: "decisions", label: m.review.decisions, value: num(s.decisions, locale), hint: fill(m.review.decisionsHint, { approved: formatCount(s.approved, locale), rejected: formatCount(s.rejected, locale) }) },
    { key: "approvalRate", label: m.review.approvalRate, value: <span data-value={approvalRate ?? ""}>{percentText(approvalRate, locale)}</span>, hint: m.review.approvalRateHint },
    { key: "median", label: m.review.median, value: <span data-value={s.medianSeconds ?? ""}>{d(s.medianSeconds)}</span>, hint: m.review.timeHint },
    { key: "p90", label: m.review.p90, value: <span data-value={s.p90Seconds ?? ""}>{d(s.p90Seconds)}</span>, hint: m.review.timeHint },
    { key: "sla", label: m.review.sla, value: <span data-value={sla ?? ""}>{percentText(sla, locale)}</span>, hint: fill(m.review.slaHint, { hours: KYC_SLA_HOURS, within: formatCount(s.withinSla, locale), total: formatCount(s.decisions, locale) }) },
    {
      key: "overturn",
      label: m.review.overturn,
      value: <span data-value={overturn ?? ""}>{percentText(overturn, locale)}</span>,
      hint: s.leadReviews === 0 ? m.review.overturnNone : fill(m.review.overturnHint, { reviews: formatCount(s.leadReviews, locale), overturned: formatCount(s.overturned, locale) }),
    },
  ];
  return (
    <ChartCard
      testId="kyc-review-summary"
      title={m.review.title}
      description={m.review.description}
      csv={{ dataset: "kyc-review-summary", params }}
      empty={s.decisions === 0 && s.leadReviews === 0}
      emptyText={m.review.empty}
      table={{ columns: [], rows: [] }}
    >
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {stats.map((stat) => (
          <div key={stat.key} data-testid={`kyc-stat-${stat.key}`}>
            <Stat label={stat.label} value={stat.value} hint={stat.hint} />
          </div>
        ))}
      </div>
    </ChartCard>
  );
}

export async function RejectionReasonsCard({ period, params, locale }: KycCardProps) {
  const catalogue = CATALOGUES[locale];
  const m = catalogue.analyticsKyc;
  const reasonNames = catalogue.kycReview.reasons as Record<string, string>;
  const { reasons } = await getReviewTeam(period.range.from, period.range.to);
  const total = reasons.reduce((n, r) => n + r.count, 0);
  const top = reasons.slice(0, 8);
  const max = Math.max(1, ...top.map((r) => r.count));
  return (
    <ChartCard
      testId="kyc-reasons"
      title={m.reasons.title}
      description={m.reasons.description}
      csv={{ dataset: "kyc-rejection-reasons", params }}
      empty={reasons.length === 0}
      emptyText={m.reasons.empty}
      table={{ columns: [], rows: [] }}
    >
      <table className="w-full border-separate border-spacing-0 text-sm">
        <caption className="sr-only">{m.reasons.title}</caption>
        <thead>
          <tr>
            <th scope="col" className="h-8 border-b border-border px-2 text-left text-xs font-medium text-ink-muted">{m.reasons.reason}</th>
            <th scope="col" className="h-8 w-2/5 border-b border-border px-2 text-left text-xs font-medium text-ink-muted"><span className="sr-only">{m.reasons.share}</span></th>
            <th scope="col" className="h-8 border-b border-border px-2 text-right text-xs font-medium text-ink-muted">{m.reasons.count}</th>
            <th scope="col" className="h-8 border-b border-border px-2 text-right text-xs font-medium text-ink-muted">{m.reasons.share}</th>
          </tr>
        </thead>
        <tbody>
          {top.map((r) => (
            <tr key={r.code} data-reason={r.code}>
              <th scope="row" className="border-b border-border px-2 py-1.5 text-left font-normal text-ink">{r.code ? (reasonNames[r.code] ?? r.code) : m.reasons.none}</th>
              <td aria-hidden className="border-b border-border px-2 py-1.5">
                <span className="block h-2.5 rounded-sm" style={{ width: `${(r.count / max) * 100}%`, background: "#D55E00" }} />
              </td>
              <td className="border-b border-border px-2 py-1.5 text-right tabular-nums">{num(r.count, locale)}</td>
              <td className="border-b border-border px-2 py-1.5 text-right tabular-nums">{percentText(ratio(r.count, total), locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartCard>
  );
}

export async function DecisionsPerDayCard({ period, params, locale }: KycCardProps) {
  const m = CATALOGUES[locale].analyticsKyc;
  const { perDay } = await getReviewTeam(period.range.from, period.range.to);
  const empty = perDay.every((d) => d.approved + d.rejected === 0);
  return (
    <ChartCard
      testId="kyc-per-day"
      title={m.perDay.title}
      description={m.perDay.description}
      csv={{ dataset: "kyc-decisions-per-day", params }}
      empty={empty}
      emptyText={m.perDay.empty}
      table={{
        columns: [
          { key: "day", label: m.perDay.day },
          { key: "approved", label: m.perDay.approved, align: "right" },
          { key: "rejected", label: m.perDay.rejected, align: "right" },
          { key: "total", label: m.perDay.total, align: "right" },
        ],
        rows: perDay.map((d) => ({ day: d.day, approved: num(d.approved, locale), rejected: num(d.rejected, locale), total: num(d.approved + d.rejected, locale) })),
      }}
    >
      <LazyDecisionsPerDayChart days={perDay} />
    </ChartCard>
  );
}

export async function OfficersCard({ period, params, locale }: KycCardProps) {
  const m = CATALOGUES[locale].analyticsKyc;
  const { officers } = await getReviewTeam(period.range.from, period.range.to);
  const d = (seconds: number | null) => durationText(seconds, locale, m.duration);
  const columns = [
    { key: "name", label: m.officers.name, align: "left" as const },
    { key: "decisions", label: m.officers.decisions },
    { key: "approved", label: m.officers.approved },
    { key: "rejected", label: m.officers.rejected },
    { key: "sla", label: m.officers.sla },
    { key: "median", label: m.officers.median },
    { key: "reviews", label: m.officers.reviews },
    { key: "overturned", label: m.officers.overturned },
    { key: "overturnRate", label: m.officers.overturnRate },
  ];
  return (
    <ChartCard
      testId="kyc-officers"
      title={m.officers.title}
      description={m.officers.description}
      csv={{ dataset: "kyc-officers", params }}
      empty={officers.length === 0}
      emptyText={m.officers.empty}
      table={{ columns: [], rows: [] }}
    >
      <div className="overflow-x-auto">
        <table className="w-full border-separate border-spacing-0 text-sm" data-testid="kyc-officer-table">
          <caption className="sr-only">{m.officers.title}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" className={`h-8 border-b border-border bg-surface-muted px-3 text-xs font-medium whitespace-nowrap text-ink-muted ${c.align === "left" ? "text-left" : "text-right"}`}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {officers.map((o) => (
              <tr key={o.staffId} data-staff-id={o.staffId}>
                <th scope="row" className="border-b border-border px-3 py-1.5 text-left font-normal whitespace-nowrap text-ink">
                  <DataValue>{o.name}</DataValue>
                </th>
                <td data-col="decisions" className="border-b border-border px-3 py-1.5 text-right tabular-nums">{num(o.decisions, locale)}</td>
                <td data-col="approved" className="border-b border-border px-3 py-1.5 text-right tabular-nums">{num(o.approved, locale)}</td>
                <td data-col="rejected" className="border-b border-border px-3 py-1.5 text-right tabular-nums">{num(o.rejected, locale)}</td>
                <td data-col="sla" className="border-b border-border px-3 py-1.5 text-right tabular-nums">{percentText(ratio(o.withinSla, o.decisions), locale)}</td>
                <td data-col="median" className="border-b border-border px-3 py-1.5 text-right tabular-nums">{d(o.medianSeconds)}</td>
                <td data-col="reviews" className="border-b border-border px-3 py-1.5 text-right tabular-nums">{num(o.leadReviews, locale)}</td>
                <td data-col="overturned" className="border-b border-border px-3 py-1.5 text-right tabular-nums">{num(o.overturned, locale)}</td>
                <td data-col="overturnRate" className="border-b border-border px-3 py-1.5 text-right tabular-nums">{percentText(ratio(o.overturned, o.leadReviews), locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ChartCard>
  );
}
