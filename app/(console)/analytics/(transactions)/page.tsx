import type { Metadata } from "next";
import { Suspense } from "react";
import { AnalyticsToolbar } from "@/components/analytics/frame/analytics-toolbar";
import { ChartCardSkeleton } from "@/components/analytics/frame/chart-card-skeleton";
import {
  TransactionCategoryCard,
  TransactionChannelCard,
  TransactionHeatmapCard,
  TransactionKpis,
  TransactionProvinceCard,
  TransactionSeriesCard,
} from "@/components/analytics/transactions/cards";
import { Skeleton } from "@/components/ui/skeleton";
import { filterParams, readFilters } from "@/lib/analytics/filters";
import { periodParams, readPeriod } from "@/lib/analytics/period";
import { requireTransactionsAnalytics } from "@/lib/analytics/tab-gate";
import { getTranslator } from "@/lib/i18n/server";
import { CATALOGUES } from "@/lib/i18n/translate";
import { shanghaiDay } from "@/lib/time";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getTranslator();
  return { title: CATALOGUES[locale].analytics.transactions.pageTitle };
}

function KpiSkeleton() {
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4" data-testid="tx-kpis-skeleton">
      {Array.from({ length: 7 }, (_, i) => (
        <Skeleton key={i} className="h-28 w-full rounded-lg" />
      ))}
    </div>
  );
}

// Transaction analytics (issue 13 part 2): the period's KPIs against the comparison period, volume and value
// over time, by channel, merchant category and province, and the hour x weekday heat map. The period and
// the filters live in the URL (the toolbar writes them); every card reads the rollups (never the
// transaction table) in its own Suspense boundary, keyed by the URL, so the cards stream in again when
// the view changes.
export default async function TransactionAnalyticsPage({ searchParams }: Props) {
  await requireTransactionsAnalytics();
  const { locale } = await getTranslator();
  const m = CATALOGUES[locale].analytics.transactions;
  const search = await searchParams;
  const now = new Date();
  const period = readPeriod(search, shanghaiDay(now));
  const { filters } = readFilters(search);
  const params = { ...periodParams(period), ...filterParams(filters) };
  const card = { period, filters, nowMs: now.getTime(), params };
  const key = JSON.stringify([period.range, period.compareRange, filters]);
  return (
    <div className="flex flex-col gap-4" data-testid="tx-analytics" data-from={period.range.from} data-to={period.range.to}>
      <AnalyticsToolbar showFilters />
      <p className="text-sm text-ink-muted" data-testid="tx-description">
        {m.description}
      </p>
      <Suspense key={`kpi${key}`} fallback={<KpiSkeleton />}>
        <TransactionKpis {...card} />
      </Suspense>
      <Suspense key={`series${key}`} fallback={<ChartCardSkeleton height="h-72" />}>
        <TransactionSeriesCard {...card} />
      </Suspense>
      <div className="grid grid-cols-1 items-start gap-4 xl:grid-cols-2">
        <Suspense key={`channel${key}`} fallback={<ChartCardSkeleton />}>
          <TransactionChannelCard {...card} />
        </Suspense>
        <Suspense key={`category${key}`} fallback={<ChartCardSkeleton />}>
          <TransactionCategoryCard {...card} />
        </Suspense>
      </div>
      <div className="grid grid-cols-1 items-start gap-4 xl:grid-cols-2">
        <Suspense key={`province${key}`} fallback={<ChartCardSkeleton height="h-72" />}>
          <TransactionProvinceCard {...card} />
        </Suspense>
        <Suspense key={`heatmap${key}`} fallback={<ChartCardSkeleton />}>
          <TransactionHeatmapCard {...card} />
        </Suspense>
      </div>
    </div>
  );
}
