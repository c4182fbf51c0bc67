// The analytics area's tabs, one per part, each behind its own permission (lib/auth/permissions.ts). The
// layout shows only the tabs a staff member's roles allow; /analytics (the transactions part) sends someone
// without analytics:transactions to their first allowed tab. Pure: the layout, the pages and tests share it.
import { can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

export type AnalyticsTabKey = "transactions" | "kyc" | "fraud" | "promotions";

export interface AnalyticsTab {
  key: AnalyticsTabKey;
  href: string;
  permission: Permission;
}

export const ANALYTICS_TABS: readonly AnalyticsTab[] = [
  { key: "transactions", href: "/analytics", permission: "analytics:transactions" },
  { key: "kyc", href: "/analytics/kyc", permission: "analytics:kyc" },
  { key: "fraud", href: "/analytics/fraud", permission: "analytics:fraud" },
  { key: "promotions", href: "/analytics/promotions", permission: "analytics:promotions" },
];

/** The tabs these roles may open, in the bar's order. */
export function analyticsTabsFor(roles: readonly Role[]): AnalyticsTab[] {
  return ANALYTICS_TABS.filter((tab) => can(roles, tab.permission));
}

/** Where /analytics sends these roles: null when they may see it (or have no tab at all: then the 403). */
export function analyticsLandingRedirect(roles: readonly Role[]): string | null {
  if (can(roles, "analytics:transactions")) return null;
  return analyticsTabsFor(roles)[0]?.href ?? null;
}

/** The tab a path belongs to (the longest matching href). */
export function activeAnalyticsTab(pathname: string): AnalyticsTabKey | null {
  const match = [...ANALYTICS_TABS]
    .sort((a, b) => b.href.length - a.href.length)
    .find((tab) => pathname === tab.href || pathname.startsWith(`${tab.href}/`));
  return match?.key ?? null;
}
