// One page of the alert queue: read on the server, masked, named and formatted in the viewer's language
// and time zone, and handed to the client table with its pagination, empty state and the newest alert it
// starts marking new rows from.
import Link from "next/link";
import { Inbox, SearchX } from "lucide-react";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { AlertTable, type AlertTableRow } from "@/components/alerts/queue/alert-table";
import { can } from "@/lib/auth/permissions";
import type { StaffSession } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import type { Locale, Translate } from "@/lib/i18n/translate";
import { formatCny } from "@/lib/money";
import { formatDateTime } from "@/lib/time";
import { alertCounts, listAlerts, newestAlert } from "@/lib/fraud/queue/queries";
import { ALERT_COUNT_CAP, type AlertRow } from "@/lib/fraud/queue/read";
import { ruleName } from "@/lib/fraud/queue/rule-names";
import { ALERT_SORTS, alertsHref, hasNarrowingFilters, tabStatuses, UNRESOLVED_STATUSES, type AlertCursor, type AlertFilters, type AlertSort } from "@/lib/fraud/queue/schemas";

interface Props {
  staff: StaffSession;
  filters: AlertFilters;
  sort: AlertSort;
  cursor: AlertCursor | null;
}

/** "刚刚", "12 分钟前", "3 小时前", "2 天前". */
export function alertAge(createdAt: Date, now: Date, t: Translate): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - createdAt.getTime()) / 60_000));
  if (minutes < 1) return t("alerts.age.justNow");
  if (minutes < 60) return t("alerts.age.minutes", { m: minutes });
  if (minutes < 48 * 60) return t("alerts.age.hours", { h: Math.floor(minutes / 60) });
  return t("alerts.age.days", { d: Math.floor(minutes / 1440) });
}

function tableRow(row: AlertRow, staff: StaffSession, now: Date, t: Translate, locale: Locale): AlertTableRow {
  const unresolved = (UNRESOLVED_STATUSES as readonly string[]).includes(row.status);
  const mayTake = can(staff.roles, "alert:resolve") && (row.status !== "ESCALATED" || can(staff.roles, "alert:resolve-escalated"));
  return {
    id: row.id,
    version: row.version,
    severity: row.severity,
    score: row.score,
    ruleCode: row.ruleCode,
    ruleName: ruleName(row.ruleCode, locale),
    customerId: row.customerId,
    customerName: row.customerName,
    amount: formatCny(row.amountFen, locale),
    age: alertAge(row.createdAt, now, t).replaceAll(" ", "\u00a0"),
    raisedAt: formatDateTime(row.createdAt, locale),
    createdAt: row.createdAt.toISOString(),
    status: row.status,
    assigneeName: row.assigneeName,
    mine: row.assigneeId === staff.id,
    canTake: mayTake && unresolved && row.assigneeId === null,
  };
}

export async function AlertResults({ staff, filters, sort, cursor }: Props) {
  const { t, locale } = await getTranslator();
  const now = new Date();
  // The newest alert first: anything the page reads after it is newer still, so nothing is missed.
  const baseline = await newestAlert();
  const [page, counts] = await Promise.all([listAlerts(filters, cursor, sort, staff.id), alertCounts(filters, staff.id)]);

  const statuses = tabStatuses(filters.status);
  const total = statuses.reduce((sum, status) => sum + Math.min(counts[status], ALERT_COUNT_CAP + 1), 0);
  const capped = statuses.some((status) => counts[status] > ALERT_COUNT_CAP);
  const totalLabel = capped ? t("alerts.tabs.capped", { count: ALERT_COUNT_CAP.toLocaleString(locale) }) : total.toLocaleString(locale);

  const rows = page.rows.map((row) => tableRow(row, staff, now, t, locale));
  const sortHrefs = Object.fromEntries(ALERT_SORTS.map((s) => [s, alertsHref(filters, s)])) as Record<AlertSort, string>;

  return (
    <AlertTable
      rows={rows}
      sort={sort}
      sortHrefs={sortHrefs}
      baseline={baseline ? { id: baseline.id, createdAt: baseline.createdAt.toISOString() } : null}
      emptyState={<AlertsEmpty filters={filters} sort={sort} />}
      pagination={{
        prevHref: page.prev ? alertsHref(filters, sort, { direction: "before", token: page.prev }) : null,
        nextHref: page.next ? alertsHref(filters, sort, { direction: "after", token: page.next }) : null,
        summary: t("alerts.pagination.summary", { count: rows.length, total: totalLabel }),
      }}
    />
  );
}

/** Says what to do: clear the filters, or look at the unresolved alerts. */
async function AlertsEmpty({ filters, sort }: { filters: AlertFilters; sort: AlertSort }) {
  const { t } = await getTranslator();
  if (hasNarrowingFilters(filters)) {
    return (
      <EmptyState
        icon={<SearchX />}
        title={t("alerts.empty.filteredTitle")}
        description={t("alerts.empty.filteredBody")}
        action={
          <Link href={alertsHref({ status: filters.status }, sort)} className={buttonClassName("secondary")}>
            {t("alerts.filters.clear")}
          </Link>
        }
      />
    );
  }
  if (filters.status === "active" || filters.status === "all") return <EmptyState icon={<Inbox />} title={t("alerts.empty.activeTitle")} description={t("alerts.empty.activeBody")} />;
  return (
    <EmptyState
      icon={<Inbox />}
      title={t("alerts.empty.statusTitle", { status: t(`alerts.status.${filters.status}`) })}
      description={t("alerts.empty.statusBody")}
      action={
        <Link href={alertsHref({ status: "active" }, sort)} className={buttonClassName("secondary")}>
          {t("alerts.empty.showActive")}
        </Link>
      }
    />
  );
}
