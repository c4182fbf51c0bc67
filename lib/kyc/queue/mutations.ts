// Who works on which KYC submission. Each operation is one transaction that changes the submissions and
// writes one audit event per submission ("kyc.assign", so every submission's timeline shows who took it,
// how, and from whom). Assigning a pending submission puts it in review.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { KycStatus } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/db/client";
import type { ActionContext } from "@/lib/actions/context";
import { ActionError, conflict, invalidField, notFound, wrongState } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/permissions";
import type { AssignToMe, BulkAssign, TakeNext } from "@/lib/kyc/queue/schemas";
import { OPEN_STATUSES } from "@/lib/kyc/queue/schemas";
import { takeNextSql } from "@/lib/kyc/queue/sql";

type Tx = Prisma.TransactionClient;
type Via = "self" | "bulk" | "next";

const ENTITY = "KycSubmission";
const ASSIGN = "kyc.assign";
/** A lead may also hand over a submission waiting for the customer's documents; decided ones are closed. */
const BULK_ASSIGNABLE: readonly KycStatus[] = [...OPEN_STATUSES, "NEEDS_INFO"];
/** Submissions go to people who may decide them: whoever holds kyc:decide in permissions.ts. */
const ASSIGNEE_PERMISSION = "kyc:decide";

const stateSelect = { id: true, status: true, assigneeId: true, version: true, assignee: { select: { name: true } } } satisfies Prisma.KycSubmissionSelect;
type SubmissionState = Prisma.KycSubmissionGetPayload<{ select: typeof stateSelect }>;

export interface Assigned {
  id: string;
  version: number;
}

function afterAssign(status: KycStatus): KycStatus {
  return status === "PENDING" ? "IN_REVIEW" : status;
}

function audit(tx: Tx, actor: ActionContext, before: SubmissionState, to: { id: string; name: string }, via: Via) {
  return recordAudit(tx, {
    actor: actor.staff,
    action: ASSIGN,
    entityType: ENTITY,
    entityId: before.id,
    before: { status: before.status, assigneeId: before.assigneeId, assigneeName: before.assignee?.name ?? null },
    after: { status: afterAssign(before.status), assigneeId: to.id, assigneeName: to.name, via },
    request: actor.request,
  });
}

/** Why a submission cannot be taken by `me` any more, as the error the officer reads. */
function refusal(state: SubmissionState | null, me: string) {
  if (!state) return notFound("kycQueue.errors.notFound");
  if (state.assigneeId && state.assigneeId !== me) return conflict("kycQueue.errors.takenBy", { name: state.assignee?.name ?? state.assigneeId });
  if (!(OPEN_STATUSES as readonly string[]).includes(state.status)) return wrongState("kycQueue.errors.notOpen");
  return conflict("kycQueue.errors.changed");
}

/** "Assign to me" on a row: only if nobody took it since the officer loaded the list (same version). */
export async function assignToMe(db: Db, input: AssignToMe, actor: ActionContext): Promise<Assigned> {
  const me = actor.staff.id;
  return db.$transaction(async (tx) => {
    const before = await tx.kycSubmission.findUnique({ where: { id: input.submissionId }, select: stateSelect });
    if (!before || before.version !== input.version || (before.assigneeId && before.assigneeId !== me) || !(OPEN_STATUSES as readonly string[]).includes(before.status)) {
      throw refusal(before, me);
    }
    if (before.assigneeId === me) return { id: before.id, version: before.version };
    const { count } = await tx.kycSubmission.updateMany({
      where: { id: before.id, version: input.version, assigneeId: null, status: { in: [...OPEN_STATUSES] } },
      data: { assigneeId: me, assignedAt: new Date(), status: "IN_REVIEW", version: { increment: 1 } },
    });
    if (count === 0) throw refusal(await tx.kycSubmission.findUnique({ where: { id: before.id }, select: stateSelect }), me);
    await audit(tx, actor, before, { id: me, name: actor.staff.name }, "self");
    return { id: before.id, version: before.version + 1 };
  });
}

export interface BulkAssigned {
  assigned: number;
  /** Already with that person: left as they were, with no audit event. */
  unchanged: number;
  assigneeName: string;
}

/** A lead hands submissions to an officer: all of them or, if any cannot be assigned, none. */
export async function bulkAssign(db: Db, input: BulkAssign, actor: ActionContext): Promise<BulkAssigned> {
  const ids = [...new Set(input.submissionIds)].sort();
  return db.$transaction(
    async (tx) => {
      const target = await tx.staffUser.findUnique({ where: { id: input.assigneeId }, select: { id: true, name: true, active: true, roles: true } });
      if (!target?.active || !can(target.roles, ASSIGNEE_PERMISSION)) {
        throw invalidField("assigneeId", "kycQueue.errors.assigneeNotEligible");
      }
      // Locked in id order, so two leads assigning overlapping selections cannot deadlock.
      await tx.$queryRaw`SELECT id FROM kyc_submission WHERE id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`;
      const rows = await tx.kycSubmission.findMany({ where: { id: { in: ids } }, select: stateSelect, orderBy: { id: "asc" } });
      if (rows.length !== ids.length) throw new ActionError("not-found", "kycQueue.errors.bulkNotFound", { count: ids.length - rows.length });
      const closed = rows.filter((row) => !BULK_ASSIGNABLE.includes(row.status));
      if (closed.length > 0) throw wrongState("kycQueue.errors.bulkClosed", { count: closed.length, ids: closed.slice(0, 3).map((row) => row.id).join(", ") + (closed.length > 3 ? " …" : "") });

      const changing = rows.filter((row) => row.assigneeId !== target.id);
      const now = new Date();
      const pending = changing.filter((row) => row.status === "PENDING").map((row) => row.id);
      const others = changing.filter((row) => row.status !== "PENDING").map((row) => row.id);
      if (pending.length > 0) {
        await tx.kycSubmission.updateMany({ where: { id: { in: pending } }, data: { assigneeId: target.id, assignedAt: now, status: "IN_REVIEW", version: { increment: 1 } } });
      }
      if (others.length > 0) {
        await tx.kycSubmission.updateMany({ where: { id: { in: others } }, data: { assigneeId: target.id, assignedAt: now, version: { increment: 1 } } });
      }
      for (const row of changing) await audit(tx, actor, row, target, "bulk");
      return { assigned: changing.length, unchanged: rows.length - changing.length, assigneeName: target.name };
    },
    // Up to 200 audit events, each chained after the one before.
    { timeout: 60_000 },
  );
}

/** "Next submission": the oldest unassigned pending one matching the officer's filters, now theirs. */
export async function takeNext(db: Db, input: TakeNext, actor: ActionContext, now = new Date()): Promise<Assigned> {
  const me = { id: actor.staff.id, name: actor.staff.name };
  return db.$transaction(async (tx) => {
    const [picked] = await tx.$queryRaw<{ id: string; version: number }[]>(takeNextSql(input.filters, { viewerId: me.id, now }));
    if (!picked) throw notFound("kycQueue.errors.nothingToTake");
    // The row is locked by this transaction: nobody can have changed it since the SELECT.
    await tx.kycSubmission.update({
      where: { id: picked.id },
      data: { assigneeId: me.id, assignedAt: now, status: "IN_REVIEW", version: { increment: 1 } },
      select: { id: true },
    });
    await audit(tx, actor, { id: picked.id, status: "PENDING", assigneeId: null, version: picked.version, assignee: null }, me, "next");
    return { id: picked.id, version: picked.version + 1 };
  });
}
