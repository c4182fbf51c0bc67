// The status tabs with their counts under the current type filter; "awaiting my approval" for those who
// approve (the versions someone else wrote).
import { Tabs } from "@/components/ui/tabs";
import { can } from "@/lib/auth/permissions";
import type { StaffSession } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { promotionCounts } from "@/lib/promotions/list/queries";
import { listHref, type ListFilters, type ListSort } from "@/lib/promotions/list/view";
import { PROMOTION_STATUSES } from "@/lib/promotions/fields";

export async function PromotionTabs({ staff, filters, sort }: { staff: StaffSession; filters: ListFilters; sort: ListSort }) {
  const [{ t, locale }, counts] = await Promise.all([getTranslator(), promotionCounts(filters, staff.id)]);
  const count = (n: number) => n.toLocaleString(locale);
  const items = [
    { href: listHref({ ...filters, tab: "all" }, sort), label: t("promotions.list.tabs.all"), active: filters.tab === "all", count: count(counts.all) },
    ...(can(staff.roles, "promotion:approve") ? [{ href: listHref({ ...filters, tab: "mine" }, sort), label: t("promotions.list.tabs.mine"), active: filters.tab === "mine", count: count(counts.mine) }] : []),
    ...PROMOTION_STATUSES.map((status) => ({ href: listHref({ ...filters, tab: status }, sort), label: t(`promotions.status.${status}`), active: filters.tab === status, count: count(counts[status]) })),
  ];
  return <Tabs items={items} label={t("promotions.list.tabs.label")} />;
}
