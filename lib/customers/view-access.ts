// Opening a customer's 360 view is a personal-data view: recorded in the audit trail, as the KYC
// workspace records its opening, so a regulator can ask who looked at whom.
import "server-only";
import { headers } from "next/headers";
import { recordAudit, type RequestMeta } from "@/lib/audit/write";
import type { StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db";

/**
 * Records that the staff member opened the customer. The page re-rendered by their own action (a note,
 * a reveal, a freeze) is not a new look, nor is a reload or a tab change by the same person within a minute.
 */
export async function recordCustomerViewed(staff: StaffSession, customerId: string, request: RequestMeta): Promise<void> {
  if (await isActionRender()) return;
  await db.$transaction(async (tx) => {
    const recent = await tx.auditEvent.findFirst({
      where: { action: "customer.view", entityType: "Customer", entityId: customerId, actorId: staff.id, createdAt: { gt: new Date(Date.now() - 60_000) } },
      select: { id: true },
    });
    if (!recent) await recordAudit(tx, { actor: staff, action: "customer.view", entityType: "Customer", entityId: customerId, request });
  });
}

/** True while Next.js renders the page as the answer to a server action of this page. */
async function isActionRender(): Promise<boolean> {
  try {
    return (await headers()).has("next-action");
  } catch {
    return false;
  }
}
