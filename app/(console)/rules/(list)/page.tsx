import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { TableSkeleton } from "@/components/ui/skeleton";
import { RulesTable } from "@/components/rules/rules-table";
import { requireArea } from "@/lib/auth/page-gate";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("rules.title") };
}

export default async function RulesPage() {
  await requireArea("/rules");
  const { t } = await getTranslator();
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t("rules.title")} description={t("rules.description")} />
      <Suspense fallback={<Card><TableSkeleton rows={11} columns={9} label={t("rules.loading")} /></Card>}>
        <RulesTable />
      </Suspense>
    </div>
  );
}
