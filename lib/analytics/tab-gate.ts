// The server side of the analytics tabs: /analytics (the transactions page) calls
// requireTransactionsAnalytics() first; a staff member without analytics:transactions who holds another
// analytics part is sent to its tab (a lead lands on /analytics/kyc), anyone else gets the recorded 403.
import "server-only";
import { redirect } from "next/navigation";
import { requireArea, requirePagePermission } from "@/lib/auth/page-gate";
import type { StaffSession } from "@/lib/auth/session";
import { analyticsLandingRedirect } from "@/lib/analytics/tabs";

export async function requireTransactionsAnalytics(): Promise<StaffSession> {
  const staff = await requireArea("/analytics");
  const target = analyticsLandingRedirect(staff.roles);
  if (target) redirect(target);
  return requirePagePermission("analytics:transactions", "/analytics");
}
