import type { Metadata } from "next";
import { Suspense } from "react";
import { Download } from "lucide-react";
import { PageHeader } from "@/components/layout/page-header";
import { AlertBanner } from "@/components/ui/alert-banner";
import { buttonClassName } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";
import { AuditEventList } from "@/components/audit/audit-event-list";
import { AuditFilterPanel } from "@/components/audit/audit-filter-panel";
import { IntegrityCheckCard } from "@/components/audit/integrity-check-card";
import { auditQueryString, readAuditCursor, readAuditFilters } from "@/lib/audit/schemas";
import { requireArea } from "@/lib/auth/page-gate";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("audit.title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireArea("/audit");
  const { t } = await getTranslator();
  const params = await searchParams;
  const { filters, invalid, values } = readAuditFilters(params);
  const cursor = readAuditCursor(params);
  const query = auditQueryString(filters, cursor);

  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={t("audit.title")}
        description={t("audit.description")}
        actions={
          invalid.length === 0 ? (
            <a href={`/api/audit/export${auditQueryString(filters)}`} download className={buttonClassName("secondary")} title={t("audit.exportHint")} data-testid="audit-export">
              <Download aria-hidden />
              {t("audit.exportCsv")}
            </a>
          ) : null
        }
      />
      <Suspense fallback={<Skeleton className="h-40 w-full rounded-lg" />}>
        <IntegrityCheckCard />
      </Suspense>
      <Suspense fallback={<Skeleton className="h-44 w-full rounded-lg" />}>
        <AuditFilterPanel values={values} invalid={invalid} />
      </Suspense>
      {invalid.length > 0 ? (
        <AlertBanner tone="warning" title={t("audit.filters.invalidTitle")} testId="audit-filters-invalid">
          {t("audit.filters.invalidBody", { fields: invalid.map((key) => t(`audit.filters.${key}`)).join("、") })}
        </AlertBanner>
      ) : (
        <Suspense key={query} fallback={<Card><TableSkeleton rows={12} columns={8} label={t("audit.table.caption")} /></Card>}>
          <AuditEventList staff={staff} filters={filters} cursor={cursor} />
        </Suspense>
      )}
    </div>
  );
}
