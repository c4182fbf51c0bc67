// /reports/suspicious: the suspicious transaction reports (可疑交易报告), unfiled ones by deadline with the overdue first.
import type { Metadata } from "next";
import { ReportList } from "@/components/reports/list/report-list";
import { requireArea } from "@/lib/auth/page-gate";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: `${t("reports.tabs.suspicious")} · ${t("reports.title")}` };
}

export default async function SuspiciousReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireArea("/reports");
  return <ReportList staff={staff} kind="SUSPICIOUS" params={await searchParams} />;
}
