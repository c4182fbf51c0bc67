// /reports/exports - the report files: what waits to be filed per kind (generate its file), and the files
// generated so far (download one, with a reason). Below the reports layout's title and tabs.
import type { Metadata } from "next";
import { Suspense } from "react";
import { Card } from "@/components/ui/card";
import { TableSkeleton } from "@/components/ui/skeleton";
import { ExportFiles } from "@/components/reports/export/export-files";
import { WaitingFiles } from "@/components/reports/export/waiting-files";
import { requireArea } from "@/lib/auth/page-gate";
import { can } from "@/lib/auth/permissions";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("reportsExport.title") };
}

export default async function ReportExportsPage() {
  const staff = await requireArea("/reports");
  const { t } = await getTranslator();
  const canFile = can(staff.roles, "report:file");
  return (
    <div className="flex flex-col gap-4" data-testid="report-exports">
      <p className="max-w-3xl text-sm text-ink-muted">{t("reportsExport.description")}</p>
      <Suspense fallback={<Card><TableSkeleton rows={2} columns={2} label={t("reportsExport.loading")} /></Card>}>
        <WaitingFiles canGenerate={canFile} />
      </Suspense>
      <Suspense fallback={<Card><TableSkeleton rows={6} columns={8} label={t("reportsExport.loading")} /></Card>}>
        <ExportFiles canDownload={canFile && can(staff.roles, "pii:reveal")} />
      </Suspense>
    </div>
  );
}
