// One page of the queue: read on the server, masked, formatted in the viewer's language and time zone, and
// handed to the client table with its pagination and empty state.
import Link from "next/link";
import { Inbox, SearchX } from "lucide-react";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { QueueTable, type QueueTableRow } from "@/components/kyc/queue/queue-table";
import { can } from "@/lib/auth/permissions";
import type { StaffSession } from "@/lib/auth/session";
import { provinceName } from "@/lib/i18n/regions";
import { getTranslator } from "@/lib/i18n/server";
import type { Locale, Translate } from "@/lib/i18n/translate";
import { formatDuration } from "@/lib/kyc/queue/duration";
import { listQueue, queueCounts, queueFilterOptions } from "@/lib/kyc/queue/queries";
import type { QueueRow } from "@/lib/kyc/queue/read";
import { hasNarrowingFilters, OPEN_STATUSES, QUEUE_SORTS, queueHref, type QueueCursor, type QueueFilters, type QueueSort } from "@/lib/kyc/queue/schemas";
import { formatDateTime } from "@/lib/time";
import { QUEUE_COUNT_CAP } from "@/lib/kyc/queue/read";

interface Props {
  staff: StaffSession;
  filters: QueueFilters;
  sort: QueueSort;
  cursor: QueueCursor | null;
}

/** A duration never breaks inside ("5 h / 28 min"): a narrow time-limit column wraps after "Overdue" only. */
function duration(minutes: number, t: Translate): string {
  return formatDuration(minutes, t).replaceAll(" ", "\u00a0");
}

function tableRow(row: QueueRow, staff: StaffSession, canTake: boolean, now: Date, t: Translate, locale: Locale): QueueTableRow {
  const open = (OPEN_STATUSES as readonly string[]).includes(row.status) || row.status === "NEEDS_INFO";
  const dueMinutes = Math.floor((row.dueAt.getTime() - now.getTime()) / 60_000);
  const sla = (OPEN_STATUSES as readonly string[]).includes(row.status);
  return {
    id: row.id,
    version: row.version,
    customerName: row.customerName,
    idNumber: row.idNumber,
    province: provinceName(row.province, locale),
    tier: row.tier,
    riskLevel: row.riskLevel,
    riskScore: row.riskScore,
    status: row.status,
    approvalPending: row.approvalPending,
    assigneeName: row.assigneeName,
    mine: row.assigneeId === staff.id,
    submitted: formatDateTime(row.submittedAt, locale),
    waiting: open ? duration(row.ageMinutes, t) : null,
    due: formatDateTime(row.dueAt, locale),
    dueRelative: !sla ? null : row.overdue ? t("kycQueue.table.overdue", { duration: duration(-dueMinutes, t) }) : t("kycQueue.table.dueIn", { duration: duration(dueMinutes, t) }),
    overdue: row.overdue,
    canTake: canTake && sla && row.assigneeId === null,
  };
}

export async function QueueResults({ staff, filters, sort, cursor }: Props) {
  const { t, locale } = await getTranslator();
  const now = new Date();
  const decided = filters.status === "APPROVED" || filters.status === "REJECTED";
  // Decided submissions have nobody left to work on them: no selection there.
  const canLead = can(staff.roles, "kyc:assign") && !decided;
  const canTake = can(staff.roles, "kyc:decide");
  const [page, counts, options] = await Promise.all([listQueue(filters, cursor, sort, staff.id, now), queueCounts(filters, staff.id), canLead ? queueFilterOptions() : null]);

  const total = filters.status === "open" ? OPEN_STATUSES.reduce((sum, status) => sum + Math.min(counts[status], QUEUE_COUNT_CAP + 1), 0) : counts[filters.status];
  const capped = filters.status === "open" ? OPEN_STATUSES.some((status) => counts[status] > QUEUE_COUNT_CAP) : total > QUEUE_COUNT_CAP;
  const totalLabel = capped ? t("kycQueue.tabs.capped", { count: QUEUE_COUNT_CAP.toLocaleString(locale) }) : total.toLocaleString(locale);

  const rows = page.rows.map((row) => tableRow(row, staff, canTake, now, t, locale));
  const sortHrefs = Object.fromEntries(QUEUE_SORTS.map((s) => [s, queueHref(filters, s)])) as Record<QueueSort, string>;
  const bulk = options ? { officers: options.officers.filter((o) => o.active).map(({ id, name }) => ({ id, name })) } : null;

  return (
    <QueueTable
      rows={rows}
      sort={sort}
      sortHrefs={sortHrefs}
      bulk={bulk}
      decided={decided}
      emptyState={<QueueEmpty filters={filters} sort={sort} />}
      pagination={{
        prevHref: page.prev ? queueHref(filters, sort, { direction: "before", token: page.prev }) : null,
        nextHref: page.next ? queueHref(filters, sort, { direction: "after", token: page.next }) : null,
        summary: t("kycQueue.pagination.summary", { count: rows.length, total: totalLabel }),
      }}
      canTake={canTake}
    />
  );
}

/** Says what to do: clear the filters, or look at the open submissions. */
async function QueueEmpty({ filters, sort }: { filters: QueueFilters; sort: QueueSort }) {
  const { t } = await getTranslator();
  if (hasNarrowingFilters(filters)) {
    return (
      <EmptyState
        icon={<SearchX />}
        title={t("kycQueue.empty.filteredTitle")}
        description={t("kycQueue.empty.filteredBody")}
        action={
          <Link href={queueHref({ status: filters.status, overdue: false, awaitingLead: false }, sort)} className={buttonClassName("secondary")}>
            {t("kycQueue.filters.clear")}
          </Link>
        }
      />
    );
  }
  if (filters.status === "open") return <EmptyState icon={<Inbox />} title={t("kycQueue.empty.openTitle")} description={t("kycQueue.empty.openBody")} />;
  return (
    <EmptyState
      icon={<Inbox />}
      title={t("kycQueue.empty.statusTitle", { status: t(`kycQueue.status.${filters.status}`) })}
      description={t("kycQueue.empty.statusBody")}
      action={
        <Link href={queueHref({ status: "open", overdue: false, awaitingLead: false }, sort)} className={buttonClassName("secondary")}>
          {t("kycQueue.empty.showOpen")}
        </Link>
      }
    />
  );
}
