// Deciding alerts: false positive, confirmed fraud (which freezes the customer's wallet in the same
// transaction, through the wallet controls' own freeze), escalation to a lead, and notes. Each is one
// transaction: lock the alert, refuse a version the officer did not see (naming who decided first), check
// the state, write, and record the audit event. Cases are cases.ts.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AlertStatus } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/db/client";
import type { ActionContext } from "@/lib/actions/context";
import { conflict, notFound, type ActionError } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/write";
import { FRAUD_CONFIRMED } from "@/lib/fraud/cases/fields";
import type { AddAlertNote, ConfirmFraud, EscalateAlert, MarkFalsePositive } from "@/lib/fraud/cases/schemas";
import { ALERT_ENTITY, assertDecidable, assertEscalatable } from "@/lib/fraud/cases/state";
import { shanghaiIsoString } from "@/lib/time";
import { freezeWalletInTransaction } from "@/lib/wallets/mutations";

export type Tx = Prisma.TransactionClient;

export const AUDIT = {
  falsePositive: "alert.false-positive",
  confirmFraud: "alert.confirm-fraud",
  escalate: "alert.escalate",
  note: "alert.note",
} as const;

/** Events that only look or comment: they change nothing a decision rests on. */
const NOT_CHANGES = ["alert.open", AUDIT.note];

/** The freeze category a confirmed fraud files the wallet under (lib/wallets/freeze-reasons.ts). */
export const FRAUD_FREEZE_REASON = "SUSPECTED_FRAUD" as const;

const decisionSelect = {
  id: true,
  status: true,
  version: true,
  customerId: true,
  walletId: true,
  caseId: true,
  assigneeId: true,
  resolution: true,
  resolvedById: true,
  resolvedAt: true,
  escalatedById: true,
  escalatedAt: true,
} satisfies Prisma.FraudAlertSelect;

export type DecisionRow = Prisma.FraudAlertGetPayload<{ select: typeof decisionSelect }>;

export interface WalletOutcome {
  walletId: string;
  status: string;
  /** True when this decision froze it; false when it was already frozen (or not active) and stays so. */
  frozenNow: boolean;
}

export interface AlertDecided {
  alertId: string;
  outcome: "falsePositive" | "confirmed" | "escalated";
  status: AlertStatus;
  version: number;
  wallet: WalletOutcome | null;
}

/** A neutral Beijing time for messages that read the same in both languages. */
const beijing = (at: Date | null) => (at ? shanghaiIsoString(at).slice(0, 16).replace("T", " ") : "");

async function staffName(tx: Tx, id: string | null): Promise<string | null> {
  if (!id) return null;
  return (await tx.staffUser.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
}

/** Who changed the alert first, and how, as far as the row and the audit trail tell. */
export async function conflictFor(tx: Tx, row: DecisionRow): Promise<ActionError> {
  if (row.status === "CONFIRMED" || row.status === "FALSE_POSITIVE") {
    const name = await staffName(tx, row.resolvedById);
    const key = row.status === "CONFIRMED" ? "alertCase.conflict.confirmed" : "alertCase.conflict.falsePositive";
    if (name) return conflict(key, { name, time: beijing(row.resolvedAt) });
  }
  if (row.status === "ESCALATED") {
    const name = await staffName(tx, row.escalatedById);
    if (name) return conflict("alertCase.conflict.escalated", { name, time: beijing(row.escalatedAt) });
  }
  const last = await tx.auditEvent.findFirst({
    where: { entityType: ALERT_ENTITY, entityId: row.id, outcome: "SUCCESS", action: { notIn: NOT_CHANGES } },
    orderBy: { id: "desc" },
    select: { createdAt: true, actorEmail: true, actor: { select: { name: true } } },
  });
  const name = last?.actor?.name ?? last?.actorEmail;
  return name ? conflict("alertCase.conflict.changed", { name, time: beijing(last!.createdAt) }) : conflict("alertCase.conflict.changedUnknown");
}

/** Locks the alert for this transaction and refuses it if it changed since the officer loaded the page. */
export async function lockAlert(tx: Tx, input: { alertId: string; version: number }): Promise<DecisionRow> {
  await tx.$queryRaw`SELECT id FROM fraud_alert WHERE id = ${input.alertId} FOR UPDATE`;
  const row = await tx.fraudAlert.findUnique({ where: { id: input.alertId }, select: decisionSelect });
  if (!row) throw notFound("alertCase.errors.notFound");
  if (row.version !== input.version) throw await conflictFor(tx, row);
  return row;
}

/**
 * Freezes the customer's wallet for confirmed fraud inside the decision's transaction, through the wallet
 * controls' freeze (its policy, row lock and "wallet.freeze" event). A wallet already frozen stays frozen
 * (by whoever froze it); one that is not active (awaiting KYC, closed) cannot be frozen by policy and is left.
 */
export async function freezeForFraud(tx: Tx, walletId: string, reason: string, actor: ActionContext, origin: Record<string, unknown>): Promise<WalletOutcome> {
  const [wallet] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM wallet WHERE id = ${walletId} FOR UPDATE`;
  if (!wallet) throw notFound("wallets.errors.notFound");
  if (wallet.status !== "ACTIVE") return { walletId, status: wallet.status, frozenNow: false };
  await freezeWalletInTransaction(tx, { walletId, reason, reasonCode: FRAUD_FREEZE_REASON }, actor, origin);
  return { walletId, status: "FROZEN", frozenNow: true };
}

type Resolution = { status: "CONFIRMED" | "FALSE_POSITIVE"; resolution: string; note: string | null; extra?: Record<string, unknown> };

/** Writes an alert's resolution (the row is locked by the caller) and its audit event. */
export async function writeResolution(tx: Tx, row: Pick<DecisionRow, "id" | "status" | "version" | "assigneeId">, how: Resolution, actor: ActionContext, now: Date): Promise<number> {
  await tx.fraudAlert.update({
    where: { id: row.id },
    data: { status: how.status, resolution: how.resolution, resolutionNote: how.note, resolvedById: actor.staff.id, resolvedAt: now, assigneeId: row.assigneeId ?? actor.staff.id, version: { increment: 1 } },
    select: { id: true },
  });
  await recordAudit(tx, {
    actor: actor.staff,
    action: how.status === "CONFIRMED" ? AUDIT.confirmFraud : AUDIT.falsePositive,
    entityType: ALERT_ENTITY,
    entityId: row.id,
    before: { status: row.status, version: row.version },
    after: { status: how.status, resolution: how.resolution, resolutionNote: how.note, resolvedById: actor.staff.id, version: row.version + 1, ...how.extra },
    reason: how.status === "CONFIRMED" ? how.note : how.resolution,
    request: actor.request,
  });
  return row.version + 1;
}

export function markFalsePositive(db: Db, input: MarkFalsePositive, actor: ActionContext): Promise<AlertDecided> {
  return db.$transaction(async (tx) => {
    const row = await lockAlert(tx, input);
    assertDecidable(row.status, actor.staff.roles);
    const version = await writeResolution(tx, row, { status: "FALSE_POSITIVE", resolution: input.reasonCode, note: input.note || null }, actor, new Date());
    return { alertId: row.id, outcome: "falsePositive", status: "FALSE_POSITIVE", version, wallet: null };
  });
}

/** Confirmed fraud: the wallet is frozen first, then the alert resolved; either both commit or neither. */
export function confirmFraud(db: Db, input: ConfirmFraud, actor: ActionContext): Promise<AlertDecided> {
  return db.$transaction(async (tx) => {
    const row = await lockAlert(tx, input);
    assertDecidable(row.status, actor.staff.roles);
    const wallet = await freezeForFraud(tx, row.walletId, input.note, actor, { alertId: row.id });
    const extra = { wallet: { id: wallet.walletId, status: wallet.status, frozenNow: wallet.frozenNow } };
    const version = await writeResolution(tx, row, { status: "CONFIRMED", resolution: FRAUD_CONFIRMED, note: input.note, extra }, actor, new Date());
    return { alertId: row.id, outcome: "confirmed", status: "CONFIRMED", version, wallet };
  });
}

/** To a lead: the alert leaves its officer (unassigned) and only alert:resolve-escalated may decide it now. */
export function escalateAlert(db: Db, input: EscalateAlert, actor: ActionContext): Promise<AlertDecided> {
  return db.$transaction(async (tx) => {
    const row = await lockAlert(tx, input);
    assertEscalatable(row.status);
    const now = new Date();
    await tx.fraudAlert.update({
      where: { id: row.id },
      data: { status: "ESCALATED", escalatedById: actor.staff.id, escalatedAt: now, escalationReason: input.reason, assigneeId: null, assignedAt: null, version: { increment: 1 } },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: actor.staff,
      action: AUDIT.escalate,
      entityType: ALERT_ENTITY,
      entityId: row.id,
      before: { status: row.status, assigneeId: row.assigneeId, version: row.version },
      after: { status: "ESCALATED", escalatedById: actor.staff.id, assigneeId: null, version: row.version + 1 },
      reason: input.reason,
      request: actor.request,
    });
    return { alertId: row.id, outcome: "escalated", status: "ESCALATED", version: row.version + 1, wallet: null };
  });
}

export interface AlertNoteAdded {
  id: string;
  createdAt: Date;
}

/** Notes are appended, never edited; a note does not change the alert's version (no decision conflicts). */
export function addAlertNote(db: Db, input: AddAlertNote, actor: ActionContext): Promise<AlertNoteAdded> {
  return db.$transaction(async (tx) => {
    if ((await tx.fraudAlert.count({ where: { id: input.alertId } })) === 0) throw notFound("alertCase.errors.notFound");
    const note = await tx.alertNote.create({ data: { alertId: input.alertId, authorId: actor.staff.id, body: input.body }, select: { id: true, createdAt: true } });
    await recordAudit(tx, {
      actor: actor.staff,
      action: AUDIT.note,
      entityType: ALERT_ENTITY,
      entityId: input.alertId,
      after: { noteId: note.id, body: input.body },
      request: actor.request,
    });
    return note;
  });
}
