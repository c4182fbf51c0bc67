import type { ReactNode } from "react";
import { requirePagePermission } from "@/lib/auth/page-gate";

// The gate of /analytics/fraud (analytics:fraud: compliance leads and managers), above the segment's
// loading.tsx: once the loading state has streamed the response is already 200, and a refusal must come
// first to reach the browser as a real 403 (recorded).
export default async function FraudAnalyticsLayout({ children }: { children: ReactNode }) {
  await requirePagePermission("analytics:fraud", "/analytics/fraud");
  return children;
}
