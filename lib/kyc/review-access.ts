// Opening the KYC review workspace is recorded in the audit trail: a regulator wants to know who looked
// at whose identity documents.
import "server-only";
import { headers } from "next/headers";
import { recordAudit, type RequestMeta } from "@/lib/audit/write";
import type { StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { ENTITY } from "@/lib/kyc/decision-state";

/**
 * Records that the staff member opened the workspace. The page re-rendered by their own action (a
 * decision, a note, a reveal) is not a new look, nor is a reload by the same person within a minute.
 */
export async function recordWorkspaceOpened(staff: StaffSession, submissionId: string, request: RequestMeta): Promise<void> {
  if (await isActionRender()) return;
  await db.$transaction(async (tx) => {
    const recent = await tx.auditEvent.findFirst({
      where: { action: "kyc.open", entityType: ENTITY, entityId: submissionId, actorId: staff.id, createdAt: { gt: new Date(Date.now() - 60_000) } },
      select: { id: true },
    });
    if (!recent) await recordAudit(tx, { actor: staff, action: "kyc.open", entityType: ENTITY, entityId: submissionId, request });
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
