import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";
import { AlertFilterPanel } from "@/components/alerts/queue/alert-filter-panel";
import { AlertResults } from "@/components/alerts/queue/alert-results";
import { AlertStatusTabs } from "@/components/alerts/queue/alert-status-tabs";
import { LivePanel } from "@/components/alerts/queue/live-panel";
import { TakeNextAlertButton } from "@/components/alerts/queue/take-next-alert";
import { can } from "@/lib/auth/permissions";
import { requireArea } from "@/lib/auth/page-gate";
import { getTranslator } from "@/lib/i18n/server";
import { alertsHref, readAlertCursor, readAlertFilters, readAlertSort } from "@/lib/fraud/queue/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("alerts.title") };
}

export default async function AlertQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireArea("/alerts");
  const { t } = await getTranslator();
  const params = await searchParams;
  const filters = readAlertFilters(params);
  const sort = readAlertSort(params);
  const cursor = readAlertCursor(params, sort);
  const view = JSON.stringify([filters, sort, cursor]);

  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={t("alerts.title")}
        description={t("alerts.description")}
        actions={can(staff.roles, "alert:resolve") ? <TakeNextAlertButton filters={filters} /> : null}
      >
        <Suspense fallback={<Skeleton className="h-4 w-72" />}>
          <LivePanel filters={filters} sort={sort} cursor={cursor} />
        </Suspense>
        <Suspense key={alertsHref(filters, sort)} fallback={<Skeleton className="mt-3 h-9 w-full" />}>
          <AlertStatusTabs filters={filters} sort={sort} viewerId={staff.id} />
        </Suspense>
      </PageHeader>
      <Suspense fallback={<Skeleton className="h-16 w-full rounded-lg" />}>
        <AlertFilterPanel filters={filters} sort={sort} />
      </Suspense>
      <Suspense key={view} fallback={<Card><TableSkeleton rows={12} columns={8} label={t("alerts.loading")} /></Card>}>
        <AlertResults staff={staff} filters={filters} sort={sort} cursor={cursor} />
      </Suspense>
    </div>
  );
}
