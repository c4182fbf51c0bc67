import type { ReactNode } from "react";
import { requirePagePermission } from "@/lib/auth/page-gate";

// The gate of /analytics/promotions (analytics:promotions: marketing and managers), above the segment's
// loading.tsx: once the loading state has streamed the response is already 200, and a refusal must come
// first to reach the browser as a real 403 (recorded once per request: the page asks again, cached).
export default async function PromotionReportLayout({ children }: { children: ReactNode }) {
  await requirePagePermission("analytics:promotions", "/analytics/promotions");
  return children;
}
