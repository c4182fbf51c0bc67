// The console's areas, each with the permission that opens it. The sidebar shows a staff member only the
// entries their roles allow; the pages check the same permission on the server.
import type { Permission } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import type { MessageKey } from "@/lib/i18n/translate";

export type NavIcon = "overview" | "kyc" | "alerts" | "rules" | "customers" | "transactions" | "promotions" | "analytics" | "audit" | "staff";

export interface NavEntry {
  href: string;
  label: MessageKey;
  icon: NavIcon;
  section: "work" | "oversight";
  /** null: every signed-in staff member. */
  permission: Permission | null;
}

export const NAV_ENTRIES: readonly NavEntry[] = [
  { href: "/", label: "nav.overview", icon: "overview", section: "work", permission: null },
  { href: "/kyc", label: "nav.kyc", icon: "kyc", section: "work", permission: "kyc:view" },
  { href: "/customers", label: "nav.customers", icon: "customers", section: "work", permission: "customer:view" },
  { href: "/transactions", label: "nav.transactions", icon: "transactions", section: "work", permission: "transaction:view" },
  { href: "/audit", label: "nav.audit", icon: "audit", section: "oversight", permission: "audit:view" },
  { href: "/admin/staff", label: "nav.staff", icon: "staff", section: "oversight", permission: "staff:manage" },
];

export function navFor(roles: readonly string[]): NavEntry[] {
  return NAV_ENTRIES.filter((entry) => entry.permission === null || can(roles, entry.permission));
}
