// One page of matching events, newest first. Reading it is recorded (audit.view) before it is shown.
import Link from "next/link";
import { SearchX } from "lucide-react";
import { buttonClassName } from "@/components/ui/button";
import { Card, CardFooter } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CursorPagination } from "@/components/ui/pagination";
import { AuditTable, type AuditTableRow } from "@/components/audit/audit-table";
import { recordAuditAccess } from "@/lib/audit/access";
import { auditActionLabel, auditEntityLabel, auditReasonLabel } from "@/lib/audit/labels";
import { listAuditEvents, type AuditListRow } from "@/lib/audit/queries";
import { auditQueryString, type AuditCursor, type AuditFilters } from "@/lib/audit/schemas";
import type { StaffSession } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import type { Locale, Translate } from "@/lib/i18n/translate";
import { formatCount } from "@/lib/money";
import { formatDateTimeSeconds } from "@/lib/time";

interface AuditEventListProps {
  staff: StaffSession;
  filters: AuditFilters;
  cursor: AuditCursor;
}

function tableRow(row: AuditListRow, t: Translate, locale: Locale): AuditTableRow {
  return {
    id: row.id.toString(),
    time: formatDateTimeSeconds(row.createdAt, locale),
    actorName: row.actor?.name ?? null,
    actorEmail: row.actorEmail,
    action: row.action,
    actionLabel: auditActionLabel(t, row.action),
    entityLabel: auditEntityLabel(t, row.entityType),
    entityId: row.entityId,
    outcome: row.outcome,
    outcomeLabel: t(`audit.outcome.${row.outcome}`),
    ip: row.ip,
    reason: row.reason === null ? null : auditReasonLabel(t, row.reason),
  };
}

export async function AuditEventList({ staff, filters, cursor }: AuditEventListProps) {
  const [{ t, locale }, page] = await Promise.all([getTranslator(), listAuditEvents(filters, cursor)]);
  await recordAuditAccess(staff, { action: "audit.view", after: { filters, ...cursor } });

  const filtered = Object.keys(filters).length > 0;
  const paged = cursor.before !== undefined || cursor.after !== undefined;
  const emptyState = (
    <EmptyState
      icon={<SearchX aria-hidden />}
      title={t("audit.empty.title")}
      description={t("audit.empty.description")}
      action={
        <>
          {filtered ? <Link href="/audit" className={buttonClassName("secondary")}>{t("audit.empty.clear")}</Link> : null}
          {paged ? <Link href={`/audit${auditQueryString(filters)}`} className={buttonClassName("secondary")}>{t("audit.empty.newest")}</Link> : null}
        </>
      }
    />
  );

  return (
    <Card data-testid="audit-events">
      <AuditTable rows={page.rows.map((row) => tableRow(row, t, locale))} emptyState={emptyState} />
      {page.rows.length > 0 ? (
        <CardFooter>
          <CursorPagination
            className="w-full"
            label={t("audit.pagination.label")}
            summary={t("audit.pagination.summary", { count: formatCount(page.rows.length, locale) })}
            hasPrev={page.newer !== null}
            hasNext={page.older !== null}
            prevHref={page.newer !== null ? `/audit${auditQueryString(filters, { after: page.newer })}` : undefined}
            nextHref={page.older !== null ? `/audit${auditQueryString(filters, { before: page.older })}` : undefined}
            prevLabel={t("audit.pagination.newer")}
            nextLabel={t("audit.pagination.older")}
          />
        </CardFooter>
      ) : null}
    </Card>
  );
}
