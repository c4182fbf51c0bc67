"use client";
// The analytics area's tab bar: only the parts the staff member may open (the layout passes them), the
// current one marked by the path.
import { usePathname } from "next/navigation";
import { Tabs } from "@/components/ui/tabs";
import { activeAnalyticsTab, type AnalyticsTabKey } from "@/lib/analytics/tabs";
import { useMessages } from "@/lib/i18n/provider";

export function AnalyticsTabs({ tabs }: { tabs: { key: AnalyticsTabKey; href: string }[] }) {
  const m = useMessages("analytics").frame;
  const active = activeAnalyticsTab(usePathname());
  return (
    <Tabs
      label={m.tabsLabel}
      className="print:hidden"
      items={tabs.map((tab) => ({ href: tab.href, label: m.tabs[tab.key], active: tab.key === active }))}
    />
  );
}
