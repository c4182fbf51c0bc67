"use client";
// The reports area's tab bar (the layout renders it): large-value, suspicious, the submission files and the
// rules and calendar; the current one marked by the path. A report's own page (/reports/<id>) marks none.
import { usePathname } from "next/navigation";
import { Tabs } from "@/components/ui/tabs";
import { useMessages } from "@/lib/i18n/provider";

const TABS = [
  { key: "largeValue", href: "/reports" },
  { key: "suspicious", href: "/reports/suspicious" },
  { key: "exports", href: "/reports/exports" },
  { key: "settings", href: "/reports/settings" },
] as const;

function isActive(pathname: string, href: string): boolean {
  if (href === "/reports") return pathname === "/reports";
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function ReportTabs() {
  const m = useMessages("reports");
  const pathname = usePathname();
  return <Tabs label={m.tabsLabel} items={TABS.map((tab) => ({ href: tab.href, label: m.tabs[tab.key], active: isActive(pathname, tab.href) }))} />;
}
