// A kind's list under the area tabs: the status-count chips, the filters and the table. Both list routes
// (/reports, /reports/suspicious) render it; the layout above carries the title and the tabs.
import { Suspense } from "react";
import { Card } from "@/components/ui/card";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";
import { ReportChips } from "@/components/reports/list/report-chips";
import { ReportFilters } from "@/components/reports/list/report-filters";
import { ReportResults } from "@/components/reports/list/report-results";
import type { StaffSession } from "@/lib/auth/session";
import type { RegulatoryReportKind } from "@/lib/generated/prisma/enums";
import { getTranslator } from "@/lib/i18n/server";
import type { SearchParams } from "@/lib/paging/cursor-token";
import { readReportCursor, readReportFilters, reportListHref } from "@/lib/reports/list/view";

export async function ReportList({ staff, kind, params }: { staff: StaffSession; kind: RegulatoryReportKind; params: SearchParams }) {
  const { t } = await getTranslator();
  const filters = readReportFilters(params);
  const cursor = readReportCursor(params);
  const view = JSON.stringify([kind, filters, cursor]);
  return (
    <div className="flex flex-col gap-4" data-testid={`report-list-${kind}`}>
      <Suspense key={reportListHref(kind, filters)} fallback={<Skeleton className="h-7 w-full" />}>
        <ReportChips staff={staff} kind={kind} filters={filters} />
      </Suspense>
      <ReportFilters kind={kind} filters={filters} />
      <Suspense key={view} fallback={<Card><TableSkeleton rows={10} columns={9} label={t("reports.list.loading")} /></Card>}>
        <ReportResults staff={staff} kind={kind} filters={filters} cursor={cursor} />
      </Suspense>
    </div>
  );
}
