// /reports/[id]: one report. Its header (reference, kind, status, deadline, rule-set version, links), its
// subject from KYC (masked; the audited reveal for pii:reveal), then the STR's elements (helper "str") or the
// large-value summary, its transactions, the review panel and the history (helper "review"). Opening a
// report is recorded as a look at its customer (it names the person, as the customer 360 does).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense, type ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { TableSkeleton } from "@/components/ui/skeleton";
import { PiiProvider } from "@/components/kyc/review/pii-context";
import { PiiRevealButton, PiiRevealedBanner } from "@/components/kyc/review/pii-reveal";
import { LargeValueSummary } from "@/components/reports/detail/large-value-summary";
import { ReportHeader } from "@/components/reports/detail/report-header";
import { ReportTransactions } from "@/components/reports/detail/report-transactions";
import { SubjectCard } from "@/components/reports/detail/subject-card";
import { ReportHistory } from "@/components/reports/review/report-history";
import { ReviewPanel } from "@/components/reports/review/review-panel";
import { SuspiciousSection } from "@/components/reports/suspicious/suspicious-section";
import { recordPageView } from "@/lib/audit/page-view";
import { requireArea } from "@/lib/auth/page-gate";
import { can } from "@/lib/auth/permissions";
import { requestMeta } from "@/lib/http/request-meta";
import { getTranslator } from "@/lib/i18n/server";
import { getReportDetail } from "@/lib/reports/detail/queries";
import { deadlineView } from "@/lib/reports/list/format";
import { exceptionsAround, reportingToday } from "@/lib/reports/list/queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getTranslator();
  const report = await getReportDetail((await params).id);
  return { title: report ? `${report.reference} · ${t("reports.title")}` : t("reports.title") };
}

function Later({ rows = 4, children }: { rows?: number; children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <Card>
          <TableSkeleton rows={rows} columns={4} />
        </Card>
      }
    >
      {children}
    </Suspense>
  );
}

export default async function ReportPage({ params }: Props) {
  const staff = await requireArea("/reports");
  const { id } = await params;
  const report = await getReportDetail(id);
  if (!report) notFound();
  // The report shows its subject's identity: recorded as a look at the customer, as the customer 360 is.
  await recordPageView(staff, { action: "customer.view", entityType: "Customer", entityId: report.customerId, after: { report: report.reference } }, await requestMeta());
  const { t } = await getTranslator();
  const today = reportingToday();
  const deadline = deadlineView(report.status, report.dueDay, today, await exceptionsAround([report.dueDay], today), t);

  return (
    <PiiProvider>
      <div className="flex flex-col gap-4" data-testid="report-detail" data-kind={report.kind} data-status={report.status}>
        <ReportHeader report={report} deadline={deadline} />
        <PiiRevealedBanner />
        <div className="grid grid-cols-1 items-start gap-4 xl:grid-cols-[minmax(0,1fr)_26rem]">
          <div className="flex min-w-0 flex-col gap-4">
            {report.kind === "SUSPICIOUS" ? (
              <Later rows={6}>
                <SuspiciousSection reportId={report.id} />
              </Later>
            ) : (
              <LargeValueSummary report={report} />
            )}
            <ReportTransactions transactions={report.transactions} />
            <Later>
              <ReviewPanel reportId={report.id} />
            </Later>
            <Later rows={6}>
              <ReportHistory reportId={report.id} />
            </Later>
          </div>
          <div className="flex min-w-0 flex-col gap-4">
            <SubjectCard customer={report.customer} />
            {can(staff.roles, "pii:reveal") ? (
              <div className="flex justify-end">
                <PiiRevealButton entityType="Customer" entityId={report.customerId} fields={["idNumber", "phone", "address"]} />
              </div>
            ) : null}
          </div>
        </div>
      </div>
    </PiiProvider>
  );
}
