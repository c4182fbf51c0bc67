// One page of reports of a kind: read on the server, formatted in the viewer's language (money, masked
// names, the deadline in working days) and handed to the client table with its pagination and an empty
// state that says what to do.
import Link from "next/link";
import { CalendarCheck, FileSearch, SearchX } from "lucide-react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ReportTable, type ReportTableRow } from "@/components/reports/list/report-table";
import type { StaffSession } from "@/lib/auth/session";
import type { RegulatoryReportKind } from "@/lib/generated/prisma/enums";
import { getTranslator } from "@/lib/i18n/server";
import type { Locale, Translate } from "@/lib/i18n/translate";
import { formatCny, formatForeign } from "@/lib/money";
import { showPii } from "@/lib/privacy/policy";
import type { CalendarExceptions } from "@/lib/reports/calendar/working-days";
import { deadlineView, labelOr } from "@/lib/reports/list/format";
import { exceptionsAround, listReports, reportCounts, reportingToday } from "@/lib/reports/list/queries";
import type { ReportListRow } from "@/lib/reports/list/read";
import { hasNarrowingFilters, reportListHref, type ReportListCursor, type ReportListFilters } from "@/lib/reports/list/view";

function tableRow(row: ReportListRow, today: string, exceptions: CalendarExceptions, t: Translate, locale: Locale): ReportTableRow {
  const source = row.sourceAlertId
    ? { href: `/alerts/${encodeURIComponent(row.sourceAlertId)}`, label: row.caseId ? t("reports.list.case") : t("reports.list.alert") }
    : null;
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    customer: showPii("list", "name", row.customerName),
    customerId: row.customerId,
    basisDay: row.basisDay,
    deadline: deadlineView(row.status, row.dueDay, today, exceptions, t),
    drafter: row.draftedByName ?? t("reports.list.detector"),
    correction: row.correctsReportId !== null,
    threshold: labelOr(t, `reports.thresholds.${row.thresholdCode}`, row.thresholdCode),
    direction: labelOr(t, `reports.directions.${row.direction}`, row.direction),
    total: formatCny(row.totalFen, locale),
    totalUsd: row.totalUsdCents > 0n ? formatForeign(row.totalUsdCents, "USD", locale) : "",
    count: row.transactionCount.toLocaleString(locale),
    trigger: labelOr(t, `reportsDraft.triggers.${row.trigger}`, row.trigger),
    crimeType: labelOr(t, `reportsDraft.crimeTypes.${row.crimeType}`, row.crimeType),
    urgent: row.urgent,
    source,
  };
}

export async function ReportResults({ staff, kind, filters, cursor }: { staff: StaffSession; kind: RegulatoryReportKind; filters: ReportListFilters; cursor: ReportListCursor | null }) {
  const { t, locale } = await getTranslator();
  const today = reportingToday();
  const [page, counts] = await Promise.all([listReports(kind, filters, cursor, staff.id), reportCounts(kind, filters, staff.id)]);
  const exceptions = page.rows.length ? await exceptionsAround(page.rows.map((r) => r.dueDay), today) : new Map();
  const rows = page.rows.map((row) => tableRow(row, today, exceptions, t, locale));
  const total = filters.mine ? counts.awaitingMe : filters.status ? counts[filters.status] : filters.due === "overdue" ? counts.overdue : filters.due === "today" ? counts.dueToday : counts.all;
  return (
    <div className="flex flex-col gap-3">
      {page.customerQuery === "invalid" ? (
        <AlertBanner tone="warning" testId="report-customer-invalid">
          {t("reports.list.customerInvalid", { query: filters.customer ?? "" })}
        </AlertBanner>
      ) : null}
      <ReportTable
        kind={kind}
        rows={rows}
        emptyState={<ReportsEmpty kind={kind} filters={filters} t={t} />}
        pagination={{
          prevHref: page.prev ? reportListHref(kind, filters, { direction: "before", token: page.prev }) : null,
          nextHref: page.next ? reportListHref(kind, filters, { direction: "after", token: page.next }) : null,
          summary: t("reports.list.pagination.summary", { count: rows.length, total: total.toLocaleString(locale) }),
        }}
      />
    </div>
  );
}

function ReportsEmpty({ kind, filters, t }: { kind: RegulatoryReportKind; filters: ReportListFilters; t: Translate }) {
  const showAll = (
    <Link href={reportListHref(kind, {})} className={buttonClassName("secondary")}>
      {t("reports.list.empty.showAll")}
    </Link>
  );
  if (hasNarrowingFilters(filters) || filters.status || filters.mine || filters.due === "today") {
    return <EmptyState icon={<SearchX />} title={t("reports.list.empty.filteredTitle")} description={t("reports.list.empty.filteredBody")} action={showAll} />;
  }
  if (filters.due === "overdue") return <EmptyState icon={<CalendarCheck />} title={t("reports.list.empty.overdueTitle")} description={t("reports.list.empty.overdueBody")} action={showAll} />;
  return kind === "LARGE_VALUE" ? (
    <EmptyState icon={<FileSearch />} title={t("reports.list.empty.noneLargeValue")} description={t("reports.list.empty.noneLargeValueBody")} />
  ) : (
    <EmptyState icon={<FileSearch />} title={t("reports.list.empty.noneSuspicious")} description={t("reports.list.empty.noneSuspiciousBody")} />
  );
}
