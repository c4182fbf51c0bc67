// The analytics area: the gate (analytics:view; an auditor gets the recorded 403), the strings its client
// components read, the page title with the tab bar — only the parts the staff member's roles allow
// (lib/analytics/tabs.ts) — and the print-only header of the printed report. Each part's page renders its
// own <AnalyticsToolbar/> and cards below; /analytics itself sends a staff member without
// analytics:transactions to their first tab (requireTransactionsAnalytics, lib/analytics/tab-gate.ts).
import type { ReactNode } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { AnalyticsTabs } from "@/components/analytics/frame/analytics-tabs";
import { PrintHeader } from "@/components/analytics/frame/print-header";
import { analyticsTabsFor } from "@/lib/analytics/tabs";
import { requireArea } from "@/lib/auth/page-gate";
import { MessagesProvider } from "@/lib/i18n/messages-provider";
import { getTranslator } from "@/lib/i18n/server";
import { CATALOGUES } from "@/lib/i18n/translate";

export default async function AnalyticsLayout({ children }: { children: ReactNode }) {
  const staff = await requireArea("/analytics");
  const { locale } = await getTranslator();
  const m = CATALOGUES[locale].analytics;
  const tabs = analyticsTabsFor(staff.roles).map(({ key, href }) => ({ key, href }));
  return (
    <MessagesProvider namespaces={["analytics", "analyticsKyc", "analyticsFraud", "analyticsPromotions", "transactions"]}>
      <div className="analytics-report flex flex-col gap-4" data-testid="analytics-area">
        <PrintHeader staffName={staff.name} />
        <div className="print:hidden">
          <PageHeader title={m.title}>
            <AnalyticsTabs tabs={tabs} />
          </PageHeader>
        </div>
        {children}
      </div>
    </MessagesProvider>
  );
}
