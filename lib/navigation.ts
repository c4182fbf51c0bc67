// The console's areas, each with the permission that opens it: the one table of path -> permission. The
// sidebar shows a staff member only the entries their roles allow; each segment's layout and its pages ask
// lib/auth/page-gate.ts for their area by href, which looks the permission up here.
import type { Permission } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import type { MessageKey } from "@/lib/i18n/translate";

export type NavIcon = "overview" | "kyc" | "alerts" | "rules" | "customers" | "transactions" | "promotions" | "analytics" | "reports" | "audit" | "staff" | "apiClients";

export interface NavEntry {
  href: string;
  label: MessageKey;
  icon: NavIcon;
  section: "work" | "oversight";
  /** null: every signed-in staff member. */
  permission: Permission | null;
}

export const NAV_ENTRIES = [
  { href: "/", label: "nav.overview", icon: "overview", section: "work", permission: null },
  { href: "/kyc", label: "nav.kyc", icon: "kyc", section: "work", permission: "kyc:view" },
  { href: "/alerts", label: "nav.alerts", icon: "alerts", section: "work", permission: "alert:view" },
  { href: "/rules", label: "nav.rules", icon: "rules", section: "work", permission: "rule:view" },
  { href: "/customers", label: "nav.customers", icon: "customers", section: "work", permission: "customer:view" },
  { href: "/transactions", label: "nav.transactions", icon: "transactions", section: "work", permission: "transaction:view" },
  { href: "/promotions", label: "nav.promotions", icon: "promotions", section: "work", permission: "promotion:view" },
  { href: "/reports", label: "nav.reports", icon: "reports", section: "work", permission: "report:view" },
  { href: "/analytics", label: "nav.analytics", icon: "analytics", section: "oversight", permission: "analytics:view" },
  { href: "/audit", label: "nav.audit", icon: "audit", section: "oversight", permission: "audit:view" },
  { href: "/admin/staff", label: "nav.staff", icon: "staff", section: "oversight", permission: "staff:manage" },
  { href: "/admin/api-clients", label: "nav.apiClients", icon: "apiClients", section: "oversight", permission: "api:manage" },
] as const satisfies readonly NavEntry[];

/** Areas reached from the header rather than the sidebar. */
const OTHER_AREAS = { "/account": "account:manage-own" } as const satisfies Record<string, Permission>;

export type AreaHref = (typeof NAV_ENTRIES)[number]["href"] | keyof typeof OTHER_AREAS;

/** The permission that opens an area; null: every signed-in staff member. */
export function areaPermission(href: AreaHref): Permission | null {
  if (href in OTHER_AREAS) return OTHER_AREAS[href as keyof typeof OTHER_AREAS];
  return NAV_ENTRIES.find((entry) => entry.href === href)?.permission ?? null;
}

export function navFor(roles: readonly string[]): NavEntry[] {
  return NAV_ENTRIES.filter((entry) => entry.permission === null || can(roles, entry.permission));
}
