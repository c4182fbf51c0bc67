import type { ReactNode } from "react";
import { requireArea } from "@/lib/auth/page-gate";
import { knownAlertId } from "@/lib/fraud/cases/queries";

// The id is checked here, above the loading state: a malformed or unknown id is a real 404 before anything
// streams. The area first: a role without alert:view gets the recorded 403, never a 404 that tells whether
// the alert exists.
export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  await requireArea("/alerts");
  await knownAlertId((await params).id);
  return children;
}
