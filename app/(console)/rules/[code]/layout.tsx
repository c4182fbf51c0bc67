import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/page-gate";
import { getRuleDetail } from "@/lib/fraud/versions/queries";

// The code is checked here, before anything streams: an unknown rule is a real 404. The area first, so a
// role without it gets the recorded 403, never a 404 that tells whether the rule exists.
export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ code: string }> }) {
  await requireArea("/rules");
  const { code } = await params;
  if (!/^[A-Z][A-Z0-9_]{1,40}$/.test(code) || !(await getRuleDetail(code))) notFound();
  return children;
}
