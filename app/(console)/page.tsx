import type { Metadata } from "next";
import { AlertFigures, AuditFigures, KycFigures, PromotionFigures, TodayFigures, WalletFigures } from "@/components/overview/figures";
import { OverviewSection } from "@/components/overview/overview-section";
import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { requireStaff } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("overview.title") };
}

export default async function OverviewPage() {
  const staff = await requireStaff();
  const { t, locale } = await getTranslator();
  const now = new Date();
  const props = { t, locale, now };
  const sections = [
    can(staff.roles, "kyc:view") && { id: "kyc", title: t("overview.kycTitle"), tiles: 3, body: <KycFigures {...props} /> },
    can(staff.roles, "alert:view") && { id: "alerts", title: t("overview.alertsTitle"), tiles: 4, body: <AlertFigures {...props} /> },
    can(staff.roles, "promotion:view") && { id: "promotions", title: t("overview.promotionsTitle"), tiles: 3, body: <PromotionFigures {...props} /> },
    (can(staff.roles, "analytics:view") || can(staff.roles, "transaction:view")) && { id: "today", title: t("overview.todayTitle"), tiles: 2, body: <TodayFigures {...props} /> },
    can(staff.roles, "customer:view") && { id: "wallets", title: t("overview.walletsTitle"), tiles: 2, body: <WalletFigures {...props} /> },
    can(staff.roles, "audit:view") && { id: "audit", title: t("overview.auditTitle"), tiles: 1, body: <AuditFigures {...props} /> },
  ].filter((section) => section !== false);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("overview.greeting", { name: staff.name })} description={t("overview.subtitle", { date: formatDate(now, locale) })} />
      {sections.length === 0 ? <EmptyState title={t("overview.nothingForRole")} /> : null}
      {sections.map((section) => (
        <OverviewSection key={section.id} title={section.title} tiles={section.tiles} testId={`overview-${section.id}`}>
          {section.body}
        </OverviewSection>
      ))}
    </div>
  );
}
