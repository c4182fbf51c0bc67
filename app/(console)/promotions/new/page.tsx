import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { PromotionForm } from "@/components/promotions/editor/promotion-form";
import { requirePagePermission } from "@/lib/auth/page-gate";
import { getTranslator } from "@/lib/i18n/server";
import { newPromotionValues } from "@/lib/promotions/editor/form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("promotions.editor.newTitle") };
}

export default async function NewPromotionPage() {
  await requirePagePermission("promotion:edit", "/promotions/new");
  const { t } = await getTranslator();
  const initial = newPromotionValues(new Date());
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={t("promotions.editor.newTitle")}
        description={t("promotions.editor.newDescription")}
        breadcrumbs={[{ label: t("promotions.title"), href: "/promotions" }]}
        breadcrumbsLabel={t("promotions.title")}
      />
      <PromotionForm initial={initial} target={{ promotionId: null, versionId: null, rowVersion: null }} spentFen={0} />
    </div>
  );
}
