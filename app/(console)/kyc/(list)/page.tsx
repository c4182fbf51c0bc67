import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";
import { QueueFilterPanel } from "@/components/kyc/queue/queue-filter-panel";
import { QueueResults } from "@/components/kyc/queue/queue-results";
import { QueueStatusTabs } from "@/components/kyc/queue/queue-status-tabs";
import { TakeNextButton } from "@/components/kyc/queue/take-next-button";
import { can } from "@/lib/auth/permissions";
import { requireArea } from "@/lib/auth/page-gate";
import { getTranslator } from "@/lib/i18n/server";
import { queueHref, readQueueCursor, readQueueFilters, readQueueSort } from "@/lib/kyc/queue/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("kycQueue.title") };
}

export default async function KycQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireArea("/kyc");
  const { t } = await getTranslator();
  const params = await searchParams;
  const filters = readQueueFilters(params);
  const sort = readQueueSort(params);
  const cursor = readQueueCursor(params, sort);
  const view = JSON.stringify([filters, sort, cursor]);

  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={t("kycQueue.title")}
        description={t("kycQueue.description")}
        actions={can(staff.roles, "kyc:decide") ? <TakeNextButton filters={filters} /> : null}
      >
        <Suspense key={queueHref(filters, sort)} fallback={<Skeleton className="h-9 w-full" />}>
          <QueueStatusTabs filters={filters} sort={sort} viewerId={staff.id} />
        </Suspense>
      </PageHeader>
      <Suspense fallback={<Skeleton className="h-16 w-full rounded-lg" />}>
        <QueueFilterPanel filters={filters} sort={sort} />
      </Suspense>
      <Suspense key={view} fallback={<Card><TableSkeleton rows={12} columns={10} label={t("kycQueue.loading")} /></Card>}>
        <QueueResults staff={staff} filters={filters} sort={sort} cursor={cursor} />
      </Suspense>
    </div>
  );
}
