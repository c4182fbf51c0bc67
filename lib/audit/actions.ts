"use server";
// The audit trail's integrity check, run from the audit page. The check records itself with its verdict,
// so the trail shows who checked it, when, and what they were told.
import { z } from "zod";
import { defineAction } from "@/lib/actions/define";
import { verifyAuditChain, type ChainVerdict } from "@/lib/audit/verify";
import { recordAudit } from "@/lib/audit/write";
import { db } from "@/lib/db";

export interface AuditVerification {
  verdict: ChainVerdict;
  /** When the check finished (ISO); the page shows it in Beijing time. */
  checkedAt: string;
}

export const verifyAuditChainAction = defineAction({
  name: "audit.verify",
  permission: "audit:view",
  schema: z.object({}),
  run: async (_input, { staff, request }): Promise<AuditVerification> => {
    const verdict = await verifyAuditChain(db);
    const checkedAt = new Date();
    await db.$transaction((tx) =>
      recordAudit(tx, { actor: staff, action: "audit.verify", entityType: "AuditEvent", entityId: verdict.ok ? null : verdict.brokenId, after: verdict, request }),
    );
    return { verdict, checkedAt: checkedAt.toISOString() };
  },
});
