// The status tabs with their counts under the current filters: "unresolved" (open, investigating and
// escalated together) first.
import { Tabs } from "@/components/ui/tabs";
import { getTranslator } from "@/lib/i18n/server";
import { alertCounts } from "@/lib/fraud/queue/queries";
import { ALERT_COUNT_CAP } from "@/lib/fraud/queue/read";
import { ALERT_STATUSES, alertsHref, UNRESOLVED_STATUSES, type AlertFilters, type AlertSort } from "@/lib/fraud/queue/schemas";

export async function AlertStatusTabs({ filters, sort, viewerId }: { filters: AlertFilters; sort: AlertSort; viewerId: string }) {
  const [{ t, locale }, counts] = await Promise.all([getTranslator(), alertCounts(filters, viewerId)]);
  const label = (count: number, capped: boolean) => (capped ? t("alerts.tabs.capped", { count: ALERT_COUNT_CAP.toLocaleString(locale) }) : count.toLocaleString(locale));
  const active = UNRESOLVED_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const items = [
    {
      href: alertsHref({ ...filters, status: "active" }, sort),
      label: <span title={t("alerts.tabs.activeHint")}>{t("alerts.tabs.active")}</span>,
      active: filters.status === "active",
      count: label(active, UNRESOLVED_STATUSES.some((s) => counts[s] > ALERT_COUNT_CAP)),
    },
    ...ALERT_STATUSES.map((status) => ({
      href: alertsHref({ ...filters, status }, sort),
      label: t(`alerts.status.${status}`),
      active: filters.status === status,
      count: label(counts[status], counts[status] > ALERT_COUNT_CAP),
    })),
    {
      href: alertsHref({ ...filters, status: "all" }, sort),
      label: t("alerts.tabs.all"),
      active: filters.status === "all",
      count: label(ALERT_STATUSES.reduce((sum, s) => sum + counts[s], 0), ALERT_STATUSES.some((s) => counts[s] > ALERT_COUNT_CAP)),
    },
  ];
  return <Tabs items={items} label={t("alerts.tabs.label")} />;
}
