"use server";
// The audit trail's integrity check and checkpoints, run from the audit page. Each records itself with its
// verdict, so the trail shows who checked it or signed its head, when, and what they were told.
import { z } from "zod";
import { defineAction } from "@/lib/actions/define";
import { wrongState } from "@/lib/actions/errors";
import { AuditKeyMismatchError } from "@/lib/audit/chain";
import { writeCheckpoint, type AuditCheckpoint } from "@/lib/audit/checkpoint";
import { findingEventId, verifyAuditChain, type ChainVerdict } from "@/lib/audit/verify";
import { recordAudit } from "@/lib/audit/write";
import { db } from "@/lib/db";

export interface AuditVerification {
  verdict: ChainVerdict;
  /** When the check finished (ISO); the page shows it in Beijing time. */
  checkedAt: string;
}

async function withKey<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AuditKeyMismatchError) throw wrongState("audit.verify.wrongKey");
    throw error;
  }
}

export const verifyAuditChainAction = defineAction({
  name: "audit.verify",
  permission: "audit:view",
  schema: z.object({}),
  run: async (_input, { staff, request }): Promise<AuditVerification> => {
    const verdict = await withKey(() => verifyAuditChain(db));
    const checkedAt = new Date();
    const first = verdict.findings[0];
    await db.$transaction((tx) =>
      recordAudit(tx, { actor: staff, action: "audit.verify", entityType: "AuditEvent", entityId: first ? findingEventId(first) : null, after: verdict, request }),
    );
    return { verdict, checkedAt: checkedAt.toISOString() };
  },
});

export type CheckpointOutcome = { written: true; checkpoint: AuditCheckpoint } | { written: false; verdict: ChainVerdict | null };

export const writeAuditCheckpointAction = defineAction({
  name: "audit.checkpoint",
  permission: "audit:view",
  schema: z.object({}),
  run: async (_input, { staff, request }): Promise<CheckpointOutcome> => {
    const result = await withKey(() => writeCheckpoint(db));
    const outcome: CheckpointOutcome = result.written
      ? { written: true, checkpoint: result.checkpoint }
      : { written: false, verdict: result.reason === "broken" ? result.verdict : null };
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actor: staff,
        action: "audit.checkpoint",
        entityType: "AuditEvent",
        entityId: result.written ? result.checkpoint.sequence : null,
        outcome: result.written || result.reason !== "broken" ? "SUCCESS" : "FAILURE",
        after: result.written ? { chain: result.checkpoint.chain, sequence: result.checkpoint.sequence, hash: result.checkpoint.hash } : { reason: result.reason },
        request,
      }),
    );
    return outcome;
  },
});
