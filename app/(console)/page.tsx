import type { Metadata } from "next";
import { AlertFigures, AuditFigures, KycFigures, PromotionFigures, ReportFigures, TodayFigures, WalletFigures } from "@/components/overview/figures";
import { OverviewSection } from "@/components/overview/overview-section";
import { WhatYouCanDo } from "@/components/overview/what-you-can-do";
import { PageHeader } from "@/components/layout/page-header";
import { can } from "@/lib/auth/permissions";
import { requireStaff } from "@/lib/auth/session";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("overview.title") };
}

// A figure shows only to a role that can open the list it counts: a number that leads nowhere is a dead end.
export default async function OverviewPage() {
  const staff = await requireStaff();
  const { t, locale } = await getTranslator();
  const now = new Date();
  const sections = [
    can(staff.roles, "kyc:view") && { id: "kyc", title: t("overview.kycTitle"), tiles: 3, body: <KycFigures now={now} /> },
    can(staff.roles, "alert:view") && { id: "alerts", title: t("alerts.overview.title"), tiles: 4, body: <AlertFigures now={now} /> },
    can(staff.roles, "report:view") && { id: "reports", title: t("reports.overview.title"), tiles: 4, body: <ReportFigures viewerId={staff.id} approver={can(staff.roles, "report:approve")} /> },
    (can(staff.roles, "promotion:edit") || can(staff.roles, "promotion:approve")) && {
      id: "promotions",
      title: t("overview.promotionsTitle"),
      tiles: can(staff.roles, "promotion:approve") ? 4 : 2,
      body: <PromotionFigures now={now} viewerId={staff.id} approver={can(staff.roles, "promotion:approve")} reviewer={can(staff.roles, "reward:review")} />,
    },
    can(staff.roles, "transaction:view") && { id: "today", title: t("overview.todayTitle"), tiles: 2, body: <TodayFigures now={now} /> },
    can(staff.roles, "customer:view") && { id: "wallets", title: t("overview.walletsTitle"), tiles: 2, body: <WalletFigures now={now} /> },
    can(staff.roles, "audit:view") && { id: "audit", title: t("overview.auditTitle"), tiles: 1, body: <AuditFigures now={now} /> },
  ].filter((section) => section !== false);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={fillNodes(t("overview.greeting"), { name: <DataValue>{staff.name}</DataValue> })} description={t("overview.subtitle", { date: formatDate(now, locale) })} />
      {sections.map((section) => (
        <OverviewSection key={section.id} title={section.title} tiles={section.tiles} testId={`overview-${section.id}`}>
          {section.body}
        </OverviewSection>
      ))}
      <WhatYouCanDo roles={staff.roles} />
    </div>
  );
}
