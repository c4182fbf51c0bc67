// The status tabs with their counts under the current filters: "open" (pending and in review) first.
import { Tabs } from "@/components/ui/tabs";
import { getTranslator } from "@/lib/i18n/server";
import { queueCounts } from "@/lib/kyc/queue/queries";
import { QUEUE_COUNT_CAP } from "@/lib/kyc/queue/read";
import { KYC_STATUSES, OPEN_STATUSES, queueHref, type QueueFilters, type QueueSort } from "@/lib/kyc/queue/schemas";

export async function QueueStatusTabs({ filters, sort, viewerId }: { filters: QueueFilters; sort: QueueSort; viewerId: string }) {
  const [{ t, locale }, counts] = await Promise.all([getTranslator(), queueCounts(filters, viewerId)]);
  const label = (count: number, capped: boolean) => (capped ? t("kycQueue.tabs.capped", { count: QUEUE_COUNT_CAP.toLocaleString(locale) }) : count.toLocaleString(locale));
  const open = OPEN_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const items = [
    { href: queueHref({ ...filters, status: "open" }, sort), label: <span title={t("kycQueue.tabs.openHint")}>{t("kycQueue.tabs.open")}</span>, active: filters.status === "open", count: label(open, OPEN_STATUSES.some((s) => counts[s] > QUEUE_COUNT_CAP)) },
    ...KYC_STATUSES.map((status) => ({
      href: queueHref({ ...filters, status }, sort),
      label: t(`kycQueue.status.${status}`),
      active: filters.status === status,
      count: label(counts[status], counts[status] > QUEUE_COUNT_CAP),
    })),
  ];
  return <Tabs items={items} label={t("kycQueue.tabs.label")} />;
}
