import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { Plus } from "lucide-react";
import { PageHeader } from "@/components/layout/page-header";
import { buttonClassName } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";
import { PromotionFilters } from "@/components/promotions/list/promotion-filters";
import { PromotionResults } from "@/components/promotions/list/promotion-results";
import { PromotionTabs } from "@/components/promotions/list/promotion-tabs";
import { can } from "@/lib/auth/permissions";
import { requireArea } from "@/lib/auth/page-gate";
import { getTranslator } from "@/lib/i18n/server";
import { listHref, readListCursor, readListFilters, readListSort } from "@/lib/promotions/list/view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("promotions.title") };
}

export default async function PromotionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireArea("/promotions");
  const { t } = await getTranslator();
  const params = await searchParams;
  const filters = readListFilters(params);
  const sort = readListSort(params);
  const cursor = readListCursor(params, sort);
  const view = JSON.stringify([filters, sort, cursor]);

  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={t("promotions.title")}
        description={t("promotions.description")}
        actions={
          can(staff.roles, "promotion:edit") ? (
            <Link href="/promotions/new" className={buttonClassName("primary")} data-testid="promotion-new">
              <Plus aria-hidden />
              {t("promotions.newPromotion")}
            </Link>
          ) : null
        }
      >
        <Suspense key={listHref(filters, sort)} fallback={<Skeleton className="h-9 w-full" />}>
          <PromotionTabs staff={staff} filters={filters} sort={sort} />
        </Suspense>
      </PageHeader>
      <PromotionFilters filters={filters} sort={sort} />
      <Suspense key={view} fallback={<Card><TableSkeleton rows={10} columns={8} label={t("promotions.loading")} /></Card>}>
        <PromotionResults staff={staff} filters={filters} sort={sort} cursor={cursor} />
      </Suspense>
    </div>
  );
}
