// The reports area: the gate (report:view, lib/navigation.ts; a refusal is the recorded 403), the strings
// the area's client components read (each helper's namespace), and the title with the area tabs.
import type { ReactNode } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { ReportTabs } from "@/components/reports/list/report-tabs";
import { requireArea } from "@/lib/auth/page-gate";
import { MessagesProvider } from "@/lib/i18n/messages-provider";
import { getTranslator } from "@/lib/i18n/server";

export default async function ReportsLayout({ children }: { children: ReactNode }) {
  await requireArea("/reports");
  const { t } = await getTranslator();
  return (
    <MessagesProvider namespaces={["reports", "reportsDraft", "reportsReview", "reportsExport", "reportsRules", "transactions", "pii"]}>
      <div className="flex flex-col gap-4" data-testid="reports-area">
        <PageHeader title={t("reports.title")}>
          <ReportTabs />
        </PageHeader>
        {children}
      </div>
    </MessagesProvider>
  );
}
