import type { Metadata } from "next";
import { Suspense } from "react";
import { AnalyticsToolbar } from "@/components/analytics/frame/analytics-toolbar";
import { ChartCardSkeleton } from "@/components/analytics/frame/chart-card";
import { CostVsIncrementalCard, DailyCostCard, PromotionKpis, PromotionRanking } from "@/components/analytics/promotions/cards";
import { Skeleton } from "@/components/ui/skeleton";
import { periodParams, readPeriod } from "@/lib/analytics/period";
import { readSort } from "@/lib/analytics/promotions/read";
import { requirePagePermission } from "@/lib/auth/page-gate";
import { MessagesProvider } from "@/lib/i18n/messages-provider";
import { getTranslator } from "@/lib/i18n/server";
import { CATALOGUES } from "@/lib/i18n/translate";
import { shanghaiDay } from "@/lib/time";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getTranslator();
  return { title: CATALOGUES[locale].analyticsPromotions.title };
}

function KpiSkeleton() {
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4">
      {Array.from({ length: 4 }, (_, i) => (
        <Skeleton key={i} className="h-24 w-full rounded-lg" />
      ))}
    </div>
  );
}

// The promotion report (issue 13 part 5): the period's promotions side by side. Every card reads the same
// report (lib/analytics/promotions/queries.ts, once per request) inside its own Suspense boundary, so the
// page's frame and toolbar arrive first and the cards stream in.
export default async function PromotionReportPage({ searchParams }: Props) {
  await requirePagePermission("analytics:promotions", "/analytics/promotions");
  const { locale } = await getTranslator();
  const m = CATALOGUES[locale].analyticsPromotions;
  const search = await searchParams;
  const now = new Date();
  const period = readPeriod(search, shanghaiDay(now));
  const sort = readSort(search.sort);
  const card = { range: period.range, compareRange: period.compareRange, nowMs: now.getTime(), params: periodParams(period) };
  return (
    <div className="flex flex-col gap-4" data-testid="promotions-report">
      <AnalyticsToolbar />
      <p className="text-sm text-ink-muted print:hidden">{m.description}</p>
      <MessagesProvider namespaces={["analyticsPromotions"]}>
        <Suspense fallback={<KpiSkeleton />}>
          <PromotionKpis {...card} />
        </Suspense>
        <Suspense fallback={<ChartCardSkeleton />}>
          <PromotionRanking {...card} sort={sort} />
        </Suspense>
        <div className="grid grid-cols-1 items-start gap-4 xl:grid-cols-2">
          <Suspense fallback={<ChartCardSkeleton />}>
            <CostVsIncrementalCard {...card} />
          </Suspense>
          <Suspense fallback={<ChartCardSkeleton />}>
            <DailyCostCard {...card} />
          </Suspense>
        </div>
      </MessagesProvider>
    </div>
  );
}
