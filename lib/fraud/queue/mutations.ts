// Who works on which alert: "assign to me" on a row and "next alert". Each is one transaction that changes
// the alert and writes its audit event ("alert.assign", so the alert's history shows who took it and how).
// Taking an open alert puts it under investigation.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import type { ActionContext } from "@/lib/actions/context";
import { conflict, notFound, wrongState } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/permissions";
import { ALERT_SEVERITIES, UNRESOLVED_STATUSES, type AlertStatusCode, type AssignAlert, type TakeNextAlert } from "@/lib/fraud/queue/schemas";
import { takeNextSql } from "@/lib/fraud/queue/sql";

type Tx = Prisma.TransactionClient;
type Via = "self" | "next";

const ENTITY = "FraudAlert";
export const ASSIGN_ALERT = "alert.assign";

const stateSelect = { id: true, status: true, assigneeId: true, version: true, assignee: { select: { name: true } } } satisfies Prisma.FraudAlertSelect;
type AlertState = Prisma.FraudAlertGetPayload<{ select: typeof stateSelect }>;

export interface AssignedAlert {
  id: string;
  version: number;
}

function afterAssign(status: AlertStatusCode): AlertStatusCode {
  return status === "OPEN" ? "INVESTIGATING" : status;
}

function audit(tx: Tx, actor: ActionContext, before: Pick<AlertState, "id" | "status" | "assigneeId" | "assignee">, via: Via) {
  return recordAudit(tx, {
    actor: actor.staff,
    action: ASSIGN_ALERT,
    entityType: ENTITY,
    entityId: before.id,
    before: { status: before.status, assigneeId: before.assigneeId, assigneeName: before.assignee?.name ?? null },
    after: { status: afterAssign(before.status), assigneeId: actor.staff.id, assigneeName: actor.staff.name, via },
    request: actor.request,
  });
}

const unresolved = (status: string) => (UNRESOLVED_STATUSES as readonly string[]).includes(status);

/** An escalated alert waits for someone who may decide escalated alerts (a compliance lead). */
function mayTake(status: string, actor: ActionContext): boolean {
  return unresolved(status) && (status !== "ESCALATED" || can(actor.staff.roles, "alert:resolve-escalated"));
}

/** Why an alert cannot be taken by the actor, as the error the officer reads. */
function refusal(state: AlertState | null, actor: ActionContext) {
  if (!state) return notFound("alerts.errors.notFound");
  if (state.assigneeId && state.assigneeId !== actor.staff.id) return conflict("alerts.errors.takenBy", { name: state.assignee?.name ?? state.assigneeId });
  if (!unresolved(state.status)) return wrongState("alerts.errors.resolved");
  if (!mayTake(state.status, actor)) return wrongState("alerts.errors.escalated");
  return conflict("alerts.errors.changed");
}

/** "Assign to me" on a row: only if nobody took it since the officer loaded the list (same version). */
export async function assignAlertToMe(db: Db, input: AssignAlert, actor: ActionContext): Promise<AssignedAlert> {
  const me = actor.staff.id;
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM fraud_alert WHERE id = ${input.alertId} FOR UPDATE`;
    const before = locked ? await tx.fraudAlert.findUnique({ where: { id: input.alertId }, select: stateSelect }) : null;
    if (before?.assigneeId === me && unresolved(before.status)) return { id: before.id, version: before.version };
    if (!before || before.version !== input.version || before.assigneeId || !mayTake(before.status, actor)) throw refusal(before, actor);
    const now = new Date();
    await tx.fraudAlert.update({
      where: { id: before.id },
      data: { assigneeId: me, assignedAt: now, status: afterAssign(before.status as AlertStatusCode), version: { increment: 1 } },
      select: { id: true },
    });
    await audit(tx, actor, before, "self");
    return { id: before.id, version: before.version + 1 };
  });
}

/**
 * "Next alert": the most severe, then oldest, unassigned OPEN alert under the officer's filters (its status
 * tab and assignee aside; its severity filter, if any, kept), now theirs.
 */
export async function takeNextAlert(db: Db, input: TakeNextAlert, actor: ActionContext, now = new Date()): Promise<AssignedAlert> {
  const severities = input.filters.severity ? [input.filters.severity] : [...ALERT_SEVERITIES].reverse();
  return db.$transaction(async (tx) => {
    let picked: { id: string; version: number; status: string } | undefined;
    for (const severity of severities) {
      [picked] = await tx.$queryRaw<{ id: string; version: number; status: string }[]>(takeNextSql(input.filters, { viewerId: actor.staff.id }, severity));
      if (picked) break;
    }
    if (!picked) throw notFound("alerts.errors.nothingToTake");
    // The row is locked by this transaction: nobody can have changed it since the SELECT.
    await tx.fraudAlert.update({
      where: { id: picked.id },
      data: { assigneeId: actor.staff.id, assignedAt: now, status: "INVESTIGATING", version: { increment: 1 } },
      select: { id: true },
    });
    await audit(tx, actor, { id: picked.id, status: "OPEN", assigneeId: null, assignee: null }, "next");
    return { id: picked.id, version: picked.version + 1 };
  });
}
