import { Tabs } from "@/components/ui/tabs";
import { getTranslator } from "@/lib/i18n/server";
import { STAFF_STATUS_FILTERS, type StaffStatusFilter } from "@/lib/staff/schemas";

/** Status tabs with counts; each is a URL (?status=), so a filtered list can be bookmarked or shared. */
export async function StaffFilter({ current, counts }: { current: StaffStatusFilter; counts: Record<StaffStatusFilter, number> }) {
  const { t } = await getTranslator();
  return (
    <Tabs
      label={t("staff.filterLabel")}
      items={STAFF_STATUS_FILTERS.map((filter) => ({
        href: filter === "all" ? "/admin/staff" : `/admin/staff?status=${filter}`,
        label: t(`staff.filters.${filter}`),
        active: filter === current,
        count: counts[filter],
      }))}
    />
  );
}
