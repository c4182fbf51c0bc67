// Cases: one customer's related unresolved alerts gathered under one investigation, resolved together.
// Opening a case takes the customer's row lock, so two officers opening one at once make one case (the
// second is told who opened it). Resolving it resolves every open alert in it the same way, each with its
// own audit event, and a confirmed case freezes the wallet once: all in one transaction.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import type { ActionContext } from "@/lib/actions/context";
import { conflict, notFound, wrongState } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/permissions";
import { FRAUD_CONFIRMED } from "@/lib/fraud/cases/fields";
import { freezeForFraud, writeResolution, type Tx, type WalletOutcome } from "@/lib/fraud/cases/mutations";
import type { OpenCase, ResolveCase } from "@/lib/fraud/cases/schemas";
import { CASE_ENTITY, OPEN_ALERT_STATUSES } from "@/lib/fraud/cases/state";
import { REPORT_AUDIT } from "@/lib/reports/fields";
import { shanghaiIsoString } from "@/lib/time";

/** A case gathers at most this many alerts (a customer with more has a problem no list will show). */
export const CASE_ALERTS_MAX = 200;

export const CASE_AUDIT = { open: "case.open", resolve: "case.resolve" } as const;

export interface CaseOpened {
  caseId: string;
  alertIds: string[];
}

export interface CaseResolved {
  caseId: string;
  outcome: ResolveCase["outcome"];
  alertIds: string[];
  version: number;
  wallet: WalletOutcome | null;
}

const beijing = (at: Date) => shanghaiIsoString(at).slice(0, 16).replace("T", " ");

export function openCase(db: Db, input: OpenCase, actor: ActionContext): Promise<CaseOpened> {
  return db.$transaction(async (tx) => {
    const alert = await tx.fraudAlert.findUnique({ where: { id: input.alertId }, select: { customerId: true } });
    if (!alert) throw notFound("alertCase.errors.notFound");
    await tx.$queryRaw`SELECT id FROM customer WHERE id = ${alert.customerId} FOR UPDATE`;
    const open = await tx.fraudCase.findFirst({
      where: { customerId: alert.customerId, status: "OPEN" },
      select: { id: true, createdAt: true, openedBy: { select: { name: true } } },
    });
    if (open) throw conflict("alertCase.conflict.caseOpen", { name: open.openedBy.name, time: beijing(open.createdAt) });
    const alerts = await tx.fraudAlert.findMany({
      where: { customerId: alert.customerId, caseId: null, status: { in: [...OPEN_ALERT_STATUSES] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: CASE_ALERTS_MAX,
      select: { id: true },
    });
    if (alerts.length === 0) throw wrongState("alertCase.errors.noOpenAlerts");
    const alertIds = alerts.map((a) => a.id);
    const created = await tx.fraudCase.create({
      data: { customerId: alert.customerId, title: input.title, openedById: actor.staff.id, assigneeId: actor.staff.id },
      select: { id: true },
    });
    // Grouping is not a decision: the alerts' versions stay, so nobody's open decision form conflicts.
    await tx.fraudAlert.updateMany({ where: { id: { in: alertIds } }, data: { caseId: created.id } });
    await recordAudit(tx, {
      actor: actor.staff,
      action: CASE_AUDIT.open,
      entityType: CASE_ENTITY,
      entityId: created.id,
      after: { status: "OPEN", customerId: alert.customerId, title: input.title, alertIds },
      request: actor.request,
    });
    return { caseId: created.id, alertIds };
  });
}

const caseSelect = { id: true, status: true, version: true, customerId: true, outcome: true, closedAt: true } satisfies Prisma.FraudCaseSelect;

async function lockCase(tx: Tx, input: { caseId: string; version: number }) {
  await tx.$queryRaw`SELECT id FROM fraud_case WHERE id = ${input.caseId} FOR UPDATE`;
  const row = await tx.fraudCase.findUnique({ where: { id: input.caseId }, select: caseSelect });
  if (!row) throw notFound("alertCase.errors.caseNotFound");
  if (row.version !== input.version) {
    const last = await tx.auditEvent.findFirst({
      where: { entityType: CASE_ENTITY, entityId: row.id, outcome: "SUCCESS" },
      orderBy: { id: "desc" },
      select: { createdAt: true, actorEmail: true, actor: { select: { name: true } } },
    });
    const name = last?.actor?.name ?? last?.actorEmail;
    throw name ? conflict("alertCase.conflict.caseChanged", { name, time: beijing(last!.createdAt) }) : conflict("alertCase.conflict.changedUnknown");
  }
  if (row.status === "CLOSED") throw wrongState("alertCase.errors.caseClosed");
  return row;
}

export function resolveCase(db: Db, input: ResolveCase, actor: ActionContext): Promise<CaseResolved> {
  return db.$transaction(async (tx) => {
    const row = await lockCase(tx, input);
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM fraud_alert WHERE case_id = ${row.id} AND status::text IN ('OPEN', 'INVESTIGATING', 'ESCALATED') ORDER BY id FOR UPDATE`;
    const alerts = await tx.fraudAlert.findMany({
      where: { id: { in: locked.map((a) => a.id) } },
      orderBy: { id: "asc" },
      select: { id: true, status: true, version: true, assigneeId: true, walletId: true },
    });
    // An escalated alert waits for a lead: an officer cannot resolve it by resolving its case.
    if (alerts.some((a) => a.status === "ESCALATED") && !can(actor.staff.roles, "alert:resolve-escalated")) throw wrongState("alertCase.errors.caseHasEscalated");
    // Every case gets a recorded analysis: a suspicious-transaction report, or the reason it is not filed.
    const exclusion = input.strExclusionReason;
    const reported = await tx.regulatoryReport.findFirst({
      where: { caseId: row.id, kind: "SUSPICIOUS", status: { not: "REJECTED_BY_REGULATOR" } },
      select: { id: true, reference: true },
    });
    if (!reported && !exclusion) throw wrongState("alertCase.errors.strOrExclusionRequired");
    const now = new Date();
    let wallet: WalletOutcome | null = null;
    if (input.outcome === "CONFIRMED") {
      const owned = await tx.wallet.findUnique({ where: { customerId: row.customerId }, select: { id: true } });
      if (owned) wallet = await freezeForFraud(tx, owned.id, input.note, actor, { caseId: row.id });
    }
    const how =
      input.outcome === "CONFIRMED"
        ? { status: "CONFIRMED" as const, resolution: FRAUD_CONFIRMED, note: input.note }
        : { status: "FALSE_POSITIVE" as const, resolution: input.reasonCode!, note: input.note || null };
    for (const alert of alerts) await writeResolution(tx, alert, { ...how, extra: { caseId: row.id } }, actor, now);
    await tx.fraudCase.update({
      where: { id: row.id },
      data: { status: "CLOSED", outcome: input.outcome, closedAt: now, version: { increment: 1 }, ...(exclusion ? { strExclusionReason: exclusion } : {}) },
      select: { id: true },
    });
    const alertIds = alerts.map((a) => a.id);
    if (exclusion) {
      await recordAudit(tx, {
        actor: actor.staff,
        action: REPORT_AUDIT.excludeCase,
        entityType: CASE_ENTITY,
        entityId: row.id,
        after: { strExclusionReason: exclusion, outcome: input.outcome, alertIds, ...(reported ? { report: reported.reference } : {}) },
        reason: exclusion,
        request: actor.request,
      });
    }
    await recordAudit(tx, {
      actor: actor.staff,
      action: CASE_AUDIT.resolve,
      entityType: CASE_ENTITY,
      entityId: row.id,
      before: { status: row.status, version: row.version },
      after: { status: "CLOSED", outcome: input.outcome, resolution: how.resolution, alertIds, version: row.version + 1, ...(wallet ? { wallet } : {}) },
      reason: how.note || how.resolution,
      request: actor.request,
    });
    return { caseId: row.id, outcome: input.outcome, alertIds, version: row.version + 1, wallet };
  });
}
