import type { ReactNode } from "react";
import { requirePagePermission } from "@/lib/auth/session";

// The permission is checked here, above the segment's loading.tsx: once a loading state has streamed the
// response is already 200, so a refusal must happen first to reach the browser as a real 403.
export default async function Layout({ children }: { children: ReactNode }) {
  await requirePagePermission("customer:view");
  return children;
}
