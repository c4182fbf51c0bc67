import type { Metadata } from "next";
import { Suspense } from "react";
import { AnalyticsToolbar } from "@/components/analytics/frame/analytics-toolbar";
import { ChartCardSkeleton } from "@/components/analytics/frame/chart-card-skeleton";
import { AlertsByRuleCard, AlertsBySeverityCard, ConfirmedCard, FalsePositiveCard, FraudKpis, TimingCard } from "@/components/analytics/fraud/cards";
import { Skeleton } from "@/components/ui/skeleton";
import { periodParams, readPeriod } from "@/lib/analytics/period";
import { requirePagePermission } from "@/lib/auth/page-gate";
import { getTranslator } from "@/lib/i18n/server";
import { CATALOGUES } from "@/lib/i18n/translate";
import { shanghaiDay } from "@/lib/time";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getTranslator();
  return { title: CATALOGUES[locale].analyticsFraud.title };
}

function KpiSkeleton() {
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 2xl:grid-cols-6">
      {Array.from({ length: 6 }, (_, i) => (
        <Skeleton key={i} className="h-28 w-full rounded-lg" />
      ))}
    </div>
  );
}

// The fraud report (issue 13 part 4): the alerts raised in the period (fraud_alert by created_at, read
// directly: lib/analytics/fraud/read.ts) and what became of them. The toolbar and the frame arrive first;
// every card is its own Suspense boundary and streams in; the cards share one read per figure per request.
export default async function FraudReportPage({ searchParams }: Props) {
  await requirePagePermission("analytics:fraud", "/analytics/fraud");
  const { locale } = await getTranslator();
  const m = CATALOGUES[locale].analyticsFraud;
  const period = readPeriod(await searchParams, shanghaiDay(new Date()));
  const card = { range: period.range, compareRange: period.compareRange, params: periodParams(period) };
  const key = `${period.range.from}:${period.range.to}:${period.compareRange?.from ?? ""}`;
  return (
    <div className="flex flex-col gap-4" data-testid="fraud-report" data-from={period.range.from} data-to={period.range.to}>
      <AnalyticsToolbar />
      <p className="text-sm text-ink-muted">
        {m.description} <span className="text-xs text-ink-subtle">{m.periodNote}</span>
      </p>
      <Suspense key={`kpi:${key}`} fallback={<KpiSkeleton />}>
        <FraudKpis {...card} />
      </Suspense>
      <div className="grid grid-cols-1 items-start gap-4 xl:grid-cols-2">
        <Suspense key={`rule:${key}`} fallback={<ChartCardSkeleton height="h-72" />}>
          <AlertsByRuleCard {...card} />
        </Suspense>
        <Suspense key={`severity:${key}`} fallback={<ChartCardSkeleton height="h-72" />}>
          <AlertsBySeverityCard {...card} />
        </Suspense>
      </div>
      <div className="grid grid-cols-1 items-start gap-4 xl:grid-cols-2">
        <Suspense key={`fp:${key}`} fallback={<ChartCardSkeleton />}>
          <FalsePositiveCard {...card} />
        </Suspense>
        <Suspense key={`timing:${key}`} fallback={<ChartCardSkeleton />}>
          <TimingCard {...card} />
        </Suspense>
      </div>
      <Suspense key={`confirmed:${key}`} fallback={<ChartCardSkeleton />}>
        <ConfirmedCard {...card} />
      </Suspense>
    </div>
  );
}
