// The review workflow's steps: submit (a drafter), approve or return (a lead who is not the report's maker:
// four eyes), the review thread's comments, and the regulator's answer to an exported report (acknowledged,
// or rejected with a correction note, which opens the corrected resubmission as a new draft). Each is one
// transaction: lock the report, refuse a version the user did not see (naming who changed it first, from the
// audit trail), check the state (state.ts, the same table the panel asks), write, and record the audit event.
// Reports are never deleted (retention): a rejected report stays, its correction points at it.
// No server-only import: the seed (scripts, plain node) drives the workflow through these functions.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RegulatoryReportStatus } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/db/client";
import type { ActionContext } from "@/lib/actions/context";
import { ActionError, conflict, invalidField, notFound, wrongState } from "@/lib/actions/errors";
import type { MessageKey } from "@/lib/i18n/translate";
import { recordAudit } from "@/lib/audit/write";
import { dueDayFor } from "@/lib/reports/calendar/deadline";
import { REPORT_AUDIT, REPORT_ENTITY } from "@/lib/reports/fields";
import { nextReference } from "@/lib/reports/reference";
import { COMMENT_MIN } from "@/lib/reports/workflow/fields";
import type { AddReportComment, ApproveReport, RegulatorResponse, ReturnReport, SubmitReport } from "@/lib/reports/workflow/schemas";
import { missingForSubmit, nextStatus, refusalFor, refusalKey, type WorkflowStep } from "@/lib/reports/workflow/state";
import { dateOnly, shanghaiDay, shanghaiIsoString } from "@/lib/time";

export type Tx = Prisma.TransactionClient;

export interface ReportStepped {
  reportId: string;
  status: RegulatoryReportStatus;
  version: number;
  /** A regulator rejection: the corrected resubmission it opened. */
  correctionId?: string;
  correctionReference?: string;
}

export interface ReportCommentAdded {
  reportId: string;
  commentId: string;
  createdAt: Date;
}

const lockSelect = {
  id: true,
  kind: true,
  status: true,
  version: true,
  reference: true,
  draftedById: true,
  submittedById: true,
} satisfies Prisma.RegulatoryReportSelect;

export type LockedReport = Prisma.RegulatoryReportGetPayload<{ select: typeof lockSelect }>;

/** Events that only look or talk: they change nothing a step rests on. */
const NOT_CHANGES: string[] = [REPORT_AUDIT.comment, REPORT_AUDIT.download];

/** The conflict message per the last change's audit action (reportsReview.conflict.*). */
const CONFLICT_KEY: Record<string, MessageKey> = {
  [REPORT_AUDIT.submit]: "reportsReview.conflict.submitted",
  [REPORT_AUDIT.approve]: "reportsReview.conflict.approved",
  [REPORT_AUDIT.return]: "reportsReview.conflict.returned",
  [REPORT_AUDIT.export]: "reportsReview.conflict.exported",
  [REPORT_AUDIT.acknowledge]: "reportsReview.conflict.acknowledged",
  [REPORT_AUDIT.regulatorReject]: "reportsReview.conflict.regulatorRejected",
  [REPORT_AUDIT.edit]: "reportsReview.conflict.edited",
};

/** A neutral Beijing time for messages that read the same in both languages. */
const beijing = (at: Date) => shanghaiIsoString(at).slice(0, 16).replace("T", " ");

/**
 * Who changed the report first, and how, as the audit trail tells. The export file's event is written on the
 * export (it names its reports in `after`), so an export newer than the report's own last event is read from
 * the report's export.
 */
export async function conflictFor(tx: Tx, reportId: string): Promise<ActionError> {
  const last = await tx.auditEvent.findFirst({
    where: { entityType: REPORT_ENTITY, entityId: reportId, outcome: "SUCCESS", action: { notIn: NOT_CHANGES } },
    orderBy: { id: "desc" },
    select: { action: true, createdAt: true, actorEmail: true, actor: { select: { name: true } } },
  });
  const exported = await tx.regulatoryReport.findUnique({
    where: { id: reportId },
    select: { exportedAt: true, export: { select: { createdBy: { select: { name: true } } } } },
  });
  if (exported?.exportedAt && exported.export && (!last || exported.exportedAt > last.createdAt)) {
    return conflict("reportsReview.conflict.exported", { name: exported.export.createdBy.name, time: beijing(exported.exportedAt) });
  }
  const name = last?.actor?.name ?? last?.actorEmail;
  if (!last || !name) return conflict("reportsReview.conflict.changedUnknown");
  return conflict(CONFLICT_KEY[last.action] ?? "reportsReview.conflict.changed", { name, time: beijing(last.createdAt) });
}

/** Locks the report for this transaction and refuses it if it changed since the user loaded the page. */
export async function lockReport(tx: Tx, input: { reportId: string; version: number }): Promise<LockedReport> {
  await tx.$queryRaw`SELECT id FROM regulatory_report WHERE id = ${input.reportId} FOR UPDATE`;
  const row = await tx.regulatoryReport.findUnique({ where: { id: input.reportId }, select: lockSelect });
  if (!row) throw notFound("reportsReview.errors.notFound");
  if (row.version !== input.version) throw await conflictFor(tx, row.id);
  return row;
}

/** The step's refusal for this actor on this report (permission, status, four eyes), thrown; else the next status. */
function assertStep(step: WorkflowStep, row: LockedReport, actor: ActionContext): RegulatoryReportStatus {
  const refusal = refusalFor(step, row, { id: actor.staff.id, roles: actor.staff.roles });
  if (refusal) throw wrongState(refusalKey(refusal));
  return nextStatus(step, row.status)!;
}

async function addComment(tx: Tx, reportId: string, kind: "RETURN" | "COMMENT" | "REGULATOR_REJECTION", body: string, actor: ActionContext) {
  return tx.regulatoryReportComment.create({ data: { reportId, kind, body, authorId: actor.staff.id }, select: { id: true, createdAt: true } });
}

/** Refuses an incomplete report naming each missing part (shown as a list under the submit form). */
async function assertComplete(tx: Tx, reportId: string): Promise<void> {
  const report = await tx.regulatoryReport.findUniqueOrThrow({
    where: { id: reportId },
    select: { kind: true, trigger: true, crimeType: true, characteristicCodes: true, narrativeFacts: true, narrativeAnalysis: true, _count: { select: { transactions: true } } },
  });
  const missing = missingForSubmit({ ...report, transactionCount: report._count.transactions });
  if (missing.length === 0) return;
  const fieldErrors = Object.fromEntries(missing.map((part) => [part, `reportsReview.missing.${part}` as MessageKey]));
  throw new ActionError("state", "reportsReview.errors.incomplete", { count: missing.length }, fieldErrors);
}

/**
 * Moves a locked report to its step's status (plus `data`), one version on, and records the step's audit
 * event in the same transaction: every step of the workflow writes through here.
 */
async function moveReport(
  tx: Tx,
  row: { id: string; status: string; version: number },
  step: { action: string; status: RegulatoryReportStatus; data?: Prisma.RegulatoryReportUncheckedUpdateInput; after?: Record<string, unknown>; reason?: string },
  actor: ActionContext,
): Promise<ReportStepped> {
  await tx.regulatoryReport.update({ where: { id: row.id }, data: { ...step.data, status: step.status, version: { increment: 1 } }, select: { id: true } });
  await recordAudit(tx, {
    actor: actor.staff,
    action: step.action,
    entityType: REPORT_ENTITY,
    entityId: row.id,
    before: { status: row.status, version: row.version },
    after: { status: step.status, ...step.after, version: row.version + 1 },
    reason: step.reason,
    request: actor.request,
  });
  return { reportId: row.id, status: step.status, version: row.version + 1 };
}

export function submitReport(db: Db, input: SubmitReport, actor: ActionContext, now = new Date()): Promise<ReportStepped> {
  return db.$transaction(async (tx) => {
    const row = await lockReport(tx, input);
    const status = assertStep("submit", row, actor);
    await assertComplete(tx, row.id);
    const by = { submittedById: actor.staff.id };
    return moveReport(tx, row, { action: REPORT_AUDIT.submit, status, data: { ...by, submittedAt: now }, after: by }, actor);
  });
}

export function approveReport(db: Db, input: ApproveReport, actor: ActionContext, now = new Date()): Promise<ReportStepped> {
  return db.$transaction(async (tx) => {
    const row = await lockReport(tx, input);
    const status = assertStep("approve", row, actor);
    const by = { reviewedById: actor.staff.id };
    return moveReport(tx, row, { action: REPORT_AUDIT.approve, status, data: { ...by, reviewedAt: now }, after: by }, actor);
  });
}

/** Back to the drafter with what to fix: the comment is the thread's RETURN entry and the event's reason. */
export function returnReport(db: Db, input: ReturnReport, actor: ActionContext, now = new Date()): Promise<ReportStepped> {
  return db.$transaction(async (tx) => {
    const row = await lockReport(tx, input);
    const status = assertStep("return", row, actor);
    const comment = await addComment(tx, row.id, "RETURN", input.comment, actor);
    const by = { reviewedById: actor.staff.id };
    return moveReport(tx, row, { action: REPORT_AUDIT.return, status, data: { ...by, reviewedAt: now }, after: { ...by, commentId: comment.id }, reason: input.comment }, actor);
  });
}

/** A remark in the thread, in any status; it does not change the report (no version, no conflict). */
export function addReportComment(db: Db, input: AddReportComment, actor: ActionContext): Promise<ReportCommentAdded> {
  return db.$transaction(async (tx) => {
    if ((await tx.regulatoryReport.count({ where: { id: input.reportId } })) === 0) throw notFound("reportsReview.errors.notFound");
    const comment = await addComment(tx, input.reportId, "COMMENT", input.body, actor);
    await recordAudit(tx, {
      actor: actor.staff,
      action: REPORT_AUDIT.comment,
      entityType: REPORT_ENTITY,
      entityId: input.reportId,
      after: { commentId: comment.id, kind: "COMMENT" },
      reason: input.body,
      request: actor.request,
    });
    return { reportId: input.reportId, commentId: comment.id, createdAt: comment.createdAt };
  });
}

/**
 * The regulator's answer to an exported report. Acknowledged closes it. Rejected records the correction note
 * (thread entry REGULATOR_REJECTION, the report's regulatorNote) and, in the same transaction, opens the
 * corrected resubmission: a new DRAFT of the same kind, customer, content and transactions, pointing at the
 * original, with a new reference and a deadline of the rule set's working days counted from today.
 */
export function recordRegulatorResponse(db: Db, input: RegulatorResponse, actor: ActionContext, now = new Date()): Promise<ReportStepped> {
  return db.$transaction(async (tx) => {
    const row = await lockReport(tx, input);
    if (input.outcome === "ACKNOWLEDGED") {
      const status = assertStep("acknowledge", row, actor);
      return moveReport(tx, row, { action: REPORT_AUDIT.acknowledge, status, data: { respondedAt: now } }, actor);
    }

    const status = assertStep("regulatorReject", row, actor);
    const note = input.note.trim();
    if (note.length < COMMENT_MIN) throw invalidField("note", "reportsReview.errors.noteRequired");
    const comment = await addComment(tx, row.id, "REGULATOR_REJECTION", note, actor);
    const correction = await openCorrection(tx, row.id, note, actor, now);
    const after = { commentId: comment.id, correctionId: correction.id, correctionReference: correction.reference };
    await moveReport(tx, row, { action: REPORT_AUDIT.regulatorReject, status, data: { respondedAt: now, regulatorNote: note }, after, reason: note }, actor);
    return { reportId: row.id, status, version: row.version + 1, correctionId: correction.id, correctionReference: correction.reference };
  });
}

/** The corrected resubmission of a rejected report (its row is locked by the caller). */
async function openCorrection(tx: Tx, originalId: string, note: string, actor: ActionContext, now: Date): Promise<{ id: string; reference: string }> {
  const original = await tx.regulatoryReport.findUniqueOrThrow({
    where: { id: originalId },
    include: { transactions: { select: { transactionId: true } } },
  });
  const today = shanghaiDay(now);
  const reference = await nextReference(tx, original.kind, today);
  const dueDay = await dueDayFor(tx, today);
  const created = await tx.regulatoryReport.create({
    data: {
      reference,
      kind: original.kind,
      status: "DRAFT",
      customerId: original.customerId,
      ruleSetVersion: original.ruleSetVersion,
      basisDay: original.basisDay,
      dueDay: dateOnly(dueDay),
      thresholdCode: original.thresholdCode,
      direction: original.direction,
      totalFen: original.totalFen,
      totalUsdCents: original.totalUsdCents,
      transactionCount: original.transactionCount,
      caseId: original.caseId,
      alertId: original.alertId,
      trigger: original.trigger,
      crimeType: original.crimeType,
      characteristicCodes: original.characteristicCodes,
      narrativeFacts: original.narrativeFacts,
      narrativeAnalysis: original.narrativeAnalysis,
      urgent: original.urgent,
      correctsReportId: original.id,
      regulatorNote: note,
      draftedById: actor.staff.id,
    },
    select: { id: true, reference: true },
  });
  if (original.transactions.length > 0) {
    await tx.regulatoryReportTransaction.createMany({ data: original.transactions.map((t) => ({ reportId: created.id, transactionId: t.transactionId })) });
  }
  await recordAudit(tx, {
    actor: actor.staff,
    action: REPORT_AUDIT.openCorrection,
    entityType: REPORT_ENTITY,
    entityId: created.id,
    after: { status: "DRAFT", reference, correctsReportId: original.id, correctsReference: original.reference, dueDay, transactionCount: original.transactions.length, version: 0 },
    reason: note,
    request: actor.request,
  });
  return created;
}
