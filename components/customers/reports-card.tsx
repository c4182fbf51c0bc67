// The customer's regulatory reports (大额交易报告 and 可疑交易报告), newest first: reference (opens the
// report), kind, status and deadline. Only for report:view holders; the page renders nothing for others.
// The status badge reads the `reports` messages, provided here (the customers area does not carry them).
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { cellClassName, PlainTable } from "@/components/ui/plain-table";
import { DeadlineCell } from "@/components/reports/list/deadline-cell";
import { ReportStatusBadge } from "@/components/reports/status-badge";
import { can } from "@/lib/auth/permissions";
import type { StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { MessagesProvider } from "@/lib/i18n/messages-provider";
import { getTranslator } from "@/lib/i18n/server";
import { deadlineView } from "@/lib/reports/list/format";
import { exceptionsAround, reportingToday } from "@/lib/reports/list/queries";
import { formatDateOnly } from "@/lib/time";

/** Reports shown at most; a customer with more is rare (one LVR per day, threshold and direction). */
export const CUSTOMER_REPORTS_SHOWN = 20;

export async function ReportsCard({ customerId, staff }: { customerId: string; staff: StaffSession }) {
  if (!can(staff.roles, "report:view")) return null;
  const [{ t }, reports] = await Promise.all([
    getTranslator(),
    db.regulatoryReport.findMany({
      where: { customerId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: CUSTOMER_REPORTS_SHOWN,
      select: { id: true, reference: true, kind: true, status: true, dueDay: true },
    }),
  ]);
  const today = reportingToday();
  const exceptions = reports.length ? await exceptionsAround(reports.map((r) => formatDateOnly(r.dueDay)), today) : new Map();
  return (
    <MessagesProvider namespaces={["reports"]}>
      <Card title={t("reports.customerCard.title")} description={t("reports.customerCard.description")} data-testid="customer-reports">
        {reports.length === 0 ? (
          <EmptyState title={t("reports.customerCard.empty")} className="py-6" />
        ) : (
          <PlainTable
            caption={t("reports.customerCard.caption")}
            headers={[{ label: t("reports.customerCard.reference") }, { label: t("reports.customerCard.kind") }, { label: t("reports.customerCard.status") }, { label: t("reports.customerCard.due") }]}
          >
            {reports.map((report) => (
              <tr key={report.id} className="group/row" data-testid="customer-report">
                <td className={cellClassName}>
                  <Link href={`/reports/${report.id}`} prefetch={false} className="font-mono text-brand-700 hover:underline" translate="no" data-testid="customer-report-link">
                    {report.reference}
                  </Link>
                </td>
                <td className={cellClassName}>{t(`reports.kind.${report.kind}`)}</td>
                <td className={cellClassName}>
                  <ReportStatusBadge status={report.status} />
                </td>
                <td className={cellClassName}>
                  <DeadlineCell deadline={deadlineView(report.status, formatDateOnly(report.dueDay), today, exceptions, t)} />
                </td>
              </tr>
            ))}
          </PlainTable>
        )}
      </Card>
    </MessagesProvider>
  );
}
