import type { ReactNode } from "react";
import { requireTransactionsAnalytics } from "@/lib/analytics/tab-gate";

// The gate of /analytics (analytics:transactions), above this route group's loading.tsx: once the loading
// state has streamed, the response is already 200, so a lead's redirect to their own tab (or a refusal)
// must come first. The group keeps the transactions page's loading state off the other tabs.
export default async function TransactionAnalyticsLayout({ children }: { children: ReactNode }) {
  await requireTransactionsAnalytics();
  return children;
}
