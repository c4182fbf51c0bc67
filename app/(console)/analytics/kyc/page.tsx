import type { Metadata } from "next";
import { Suspense } from "react";
import { AnalyticsToolbar } from "@/components/analytics/frame/analytics-toolbar";
import { ChartCardSkeleton } from "@/components/analytics/frame/chart-card-skeleton";
import { CohortCard, DecisionsPerDayCard, FunnelCard, OfficersCard, RejectionReasonsCard, ReviewSummaryCard } from "@/components/analytics/kyc/cards";
import { periodParams, readPeriod } from "@/lib/analytics/period";
import { requirePagePermission } from "@/lib/auth/page-gate";
import { getTranslator } from "@/lib/i18n/server";
import { CATALOGUES } from "@/lib/i18n/translate";
import { shanghaiDay } from "@/lib/time";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getTranslator();
  return { title: CATALOGUES[locale].analyticsKyc.title };
}

// Onboarding funnel and review team (issue 13 part 3), for compliance leads and managers: the weekly
// cohorts' funnel from kyc_funnel_weekly (lib/analytics/kyc/queries.ts), and the review team's decisions in
// the period from kyc_submission and the audit trail. Only the period applies (no filters); each card reads
// in its own Suspense boundary keyed by the period, so the cards stream in again when it changes.
export default async function KycAnalyticsPage({ searchParams }: Props) {
  await requirePagePermission("analytics:kyc", "/analytics/kyc");
  const { locale } = await getTranslator();
  const m = CATALOGUES[locale].analyticsKyc;
  const today = shanghaiDay(new Date());
  const period = readPeriod(await searchParams, today);
  const params = periodParams(period);
  const card = { period, params, today, locale };
  const key = JSON.stringify(period.range);
  return (
    <div className="flex flex-col gap-4" data-testid="kyc-analytics" data-from={period.range.from} data-to={period.range.to}>
      {/* The funnel's cohorts and the review team's figures are read for the period alone. */}
      <AnalyticsToolbar showComparison={false} />
      <p className="text-sm text-ink-muted print:hidden">{m.description}</p>
      <Suspense key={`funnel${key}`} fallback={<ChartCardSkeleton height="h-72" />}>
        <FunnelCard {...card} />
      </Suspense>
      <Suspense key={`cohorts${key}`} fallback={<ChartCardSkeleton height="h-40" />}>
        <CohortCard {...card} />
      </Suspense>
      <Suspense key={`review${key}`} fallback={<ChartCardSkeleton height="h-40" />}>
        <ReviewSummaryCard {...card} />
      </Suspense>
      <div className="grid grid-cols-1 items-start gap-4 xl:grid-cols-2">
        <Suspense key={`day${key}`} fallback={<ChartCardSkeleton height="h-64" />}>
          <DecisionsPerDayCard {...card} />
        </Suspense>
        <Suspense key={`reasons${key}`} fallback={<ChartCardSkeleton height="h-64" />}>
          <RejectionReasonsCard {...card} />
        </Suspense>
      </div>
      <Suspense key={`officers${key}`} fallback={<ChartCardSkeleton height="h-40" />}>
        <OfficersCard {...card} />
      </Suspense>
    </div>
  );
}
