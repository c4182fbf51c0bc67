import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/page-gate";
import { getPromotionDetail } from "@/lib/promotions/lifecycle/queries";
import { referenceIdSchema } from "@/lib/validation/ids";

// The id is checked here, above the loading state (and for the edit and performance pages below): a
// malformed or unknown id is a real 404 before anything streams. The area first, so a role without it gets
// the recorded 403, never a 404 that tells whether the promotion exists.
export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  await requireArea("/promotions");
  const { id } = await params;
  if (!referenceIdSchema.safeParse(id).success || !(await getPromotionDetail(id))) notFound();
  return children;
}
