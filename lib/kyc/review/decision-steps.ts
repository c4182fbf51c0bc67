// The shared steps of every KYC decision: lock and read the submission, refuse a version the reviewer did
// not see (naming who decided first and what), and write the change with the version bump that makes
// exactly one of two concurrent decisions win. Which states can be decided is decision-state.ts's.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { conflict, notFound, type ActionError } from "@/lib/actions/errors";
import { recordAudit, type RequestMeta } from "@/lib/audit/write";
import type { StaffSession } from "@/lib/auth/session";
import { ENTITY } from "@/lib/kyc/review/decision-state";
import { shanghaiIsoString } from "@/lib/time";

export type Tx = Prisma.TransactionClient;

export interface KycActor {
  staff: StaffSession;
  request: RequestMeta;
}

const NOT_CHANGES = ["kyc.open", "pii.reveal", "kyc.note"];

const decisionSelect = {
  id: true,
  customerId: true,
  status: true,
  version: true,
  riskLevel: true,
  riskScore: true,
  tierRequested: true,
  approvalPending: true,
  decidedById: true,
  decidedAt: true,
  checkerId: true,
  checkedAt: true,
  reasonCode: true,
  checkResults: true,
  overrideCode: true,
  overrideReason: true,
} satisfies Prisma.KycSubmissionSelect;

export type DecisionRow = Prisma.KycSubmissionGetPayload<{ select: typeof decisionSelect }>;

/** Locks the row for this transaction, then refuses it if it changed since the reviewer loaded the page. */
export async function lockForDecision(tx: Tx, input: { submissionId: string; version: number }): Promise<DecisionRow> {
  await tx.$queryRaw`SELECT id FROM kyc_submission WHERE id = ${input.submissionId} FOR UPDATE`;
  const row = await tx.kycSubmission.findUnique({ where: { id: input.submissionId }, select: decisionSelect });
  if (!row) throw notFound("kycReview.errors.notFound");
  if (row.version !== input.version) throw await conflictFor(tx, row);
  return row;
}

/** Writes the change only if nobody else has since the row was read; otherwise says who did. */
export async function writeDecision(tx: Tx, row: DecisionRow, data: Prisma.KycSubmissionUncheckedUpdateManyInput): Promise<number> {
  const { count } = await tx.kycSubmission.updateMany({ where: { id: row.id, version: row.version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) {
    const fresh = await tx.kycSubmission.findUniqueOrThrow({ where: { id: row.id }, select: decisionSelect });
    throw await conflictFor(tx, fresh);
  }
  return row.version + 1;
}

export function auditDecision(tx: Tx, actor: KycActor, action: string, row: DecisionRow, after: Record<string, unknown>, reason: string | null = null) {
  const before = { status: row.status, approvalPending: row.approvalPending, decidedById: row.decidedById, riskLevel: row.riskLevel, version: row.version };
  return recordAudit(tx, { actor: actor.staff, action, entityType: ENTITY, entityId: row.id, before, after: { ...after, version: row.version + 1 }, reason, request: actor.request });
}

/** A neutral, unambiguous Beijing time for messages that must read the same in both languages. */
function beijing(at: Date | null): string {
  return at ? shanghaiIsoString(at).slice(0, 16).replace("T", " ") : "";
}

async function staffName(tx: Tx, id: string | null): Promise<string | null> {
  if (!id) return null;
  return (await tx.staffUser.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
}

/** The conflict message for a submission someone else changed: who, what and when, as far as it shows. */
export async function conflictFor(tx: Tx, row: DecisionRow): Promise<ActionError> {
  if (row.approvalPending) {
    const name = await staffName(tx, row.decidedById);
    if (name) return conflict("kycReview.conflict.proposed", { name, time: beijing(row.decidedAt) });
  }
  if (row.status === "APPROVED") {
    const name = await staffName(tx, row.checkerId ?? row.decidedById);
    if (name) return conflict("kycReview.conflict.approved", { name, time: beijing(row.checkedAt ?? row.decidedAt) });
  }
  if (row.status === "REJECTED" || row.status === "NEEDS_INFO") {
    const name = await staffName(tx, row.decidedById);
    const key = row.status === "REJECTED" ? "kycReview.conflict.rejected" : "kycReview.conflict.needsInfo";
    if (name) return conflict(key, { name, time: beijing(row.decidedAt) });
  }
  // Still open: someone assigned or otherwise changed it. The audit trail knows who.
  const last = await tx.auditEvent.findFirst({
    where: { entityType: ENTITY, entityId: row.id, outcome: "SUCCESS", action: { notIn: NOT_CHANGES } },
    orderBy: { id: "desc" },
    select: { createdAt: true, actorEmail: true, actor: { select: { name: true } } },
  });
  const name = last?.actor?.name ?? last?.actorEmail;
  return name ? conflict("kycReview.conflict.changed", { name, time: beijing(last!.createdAt) }) : conflict("kycReview.conflict.changedUnknown");
}
