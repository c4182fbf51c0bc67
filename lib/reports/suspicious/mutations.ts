// Suspicious-transaction reports drafted by an officer: opened from a fraud case (or an alert in no case),
// pre-filled from its alerts and their evidence, then edited. Each is one transaction: lock the case, alert
// or report, refuse a second STR or a version the officer did not see (naming who was first), write, and
// record the audit event.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TransactionType } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/db/client";
import type { ActionContext } from "@/lib/actions/context";
import { conflict, invalidField, notFound, wrongState } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/write";
import { ruleByCode } from "@/lib/fraud/rules";
import { characteristicByCode } from "@/lib/fraud/rules/characteristics";
import { CATALOGUES } from "@/lib/i18n/translate";
import { dueDayFor } from "@/lib/reports/calendar/deadline";
import { EDITABLE_STATUSES, REPORT_AUDIT, REPORT_ENTITY, type CrimeType } from "@/lib/reports/fields";
import { nextReference } from "@/lib/reports/reference";
import { ruleSetInForce } from "@/lib/reports/rules/rule-set";
import { STR_TRANSACTIONS_MAX } from "@/lib/reports/suspicious/fields";
import { defaultCrimeType, draftNarrative, type NarrativeRule, type NarrativeTransaction } from "@/lib/reports/suspicious/narrative";
import type { OpenSuspiciousReport, SaveSuspiciousDraft } from "@/lib/reports/suspicious/schemas";
import { dateOnly, shanghaiDay, shanghaiIsoString } from "@/lib/time";

type Tx = Prisma.TransactionClient;

export interface SuspiciousReportOpened {
  reportId: string;
  reference: string;
}

export interface SuspiciousDraftSaved {
  reportId: string;
  version: number;
  changed: string[];
}

/** Money into the wallet; everything else is money out. */
const INBOUND: readonly TransactionType[] = ["TOP_UP", "TRANSFER_IN", "REFUND", "CASHBACK"];
export const strDirection = (type: TransactionType): "IN" | "OUT" => (INBOUND.includes(type) ? "IN" : "OUT");

const beijing = (at: Date) => shanghaiIsoString(at).slice(0, 16).replace("T", " ");

/** Reports in this status no longer count: the regulator rejected them and a correction replaces them. */
const LIVE = { not: "REJECTED_BY_REGULATOR" } as const;

const txSelect = { id: true, type: true, amountFen: true, createdAt: true, counterpartyWalletId: true, counterpartyName: true, merchantName: true } satisfies Prisma.TransactionSelect;
type PickedTx = Prisma.TransactionGetPayload<{ select: typeof txSelect }>;

const narrativeTx = (row: PickedTx): NarrativeTransaction => ({
  at: row.createdAt,
  direction: strDirection(row.type),
  amountFen: row.amountFen,
  counterparty: row.counterpartyWalletId ?? row.counterpartyName ?? row.merchantName,
});

/** Totals of the picked transactions: all amounts (in and out), in CNY fen and in USD cents at the rule set's rate. */
function totals(rows: readonly PickedTx[], usdCnyRate: number) {
  const totalFen = rows.reduce((sum, row) => sum + row.amountFen, 0n);
  const totalUsdCents = usdCnyRate > 0 ? BigInt(Math.round(Number(totalFen) / usdCnyRate)) : 0n;
  return { totalFen, totalUsdCents, transactionCount: rows.length };
}

function evidenceIds(evidence: unknown): bigint[] {
  const ids = (evidence as { transactionIds?: unknown } | null)?.transactionIds;
  if (!Array.isArray(ids)) return [];
  return ids.flatMap((id) => (typeof id === "string" || typeof id === "number") && /^[1-9]\d{0,18}$/.test(String(id)) ? [BigInt(id)] : []);
}

function zhText(value: unknown): string {
  const v = (value ?? {}) as Record<string, unknown>;
  return typeof v["zh-CN"] === "string" ? v["zh-CN"] : typeof v.en === "string" ? v.en : "";
}

async function existingReport(tx: Tx, where: Prisma.RegulatoryReportWhereInput) {
  const found = await tx.regulatoryReport.findFirst({
    where: { ...where, kind: "SUSPICIOUS", status: LIVE },
    orderBy: { createdAt: "desc" },
    select: { reference: true, createdAt: true, draftedBy: { select: { name: true } } },
  });
  if (found) throw conflict("reportsDraft.conflict.exists", { reference: found.reference, name: found.draftedBy?.name ?? "-", time: beijing(found.createdAt) });
}

type AlertRow = { id: string; transactionId: bigint; characteristic: string; explanation: unknown; evidence: unknown; createdAt: Date; rule: { code: string; name: string } };
const alertSelect = { id: true, transactionId: true, characteristic: true, explanation: true, evidence: true, createdAt: true, rule: { select: { code: true, name: true } } } satisfies Prisma.FraudAlertSelect;

/** What the draft is about: its customer, the alerts, the day the suspicion was confirmed (or null), and where it came from. */
interface Source {
  customerId: string;
  walletId: string | null;
  alerts: AlertRow[];
  confirmedAt: Date | null;
  link: { caseId: string } | { alertId: string };
}

async function sourceOf(tx: Tx, input: OpenSuspiciousReport): Promise<Source> {
  if ("caseId" in input) {
    await tx.$queryRaw`SELECT id FROM fraud_case WHERE id = ${input.caseId} FOR UPDATE`;
    const row = await tx.fraudCase.findUnique({
      where: { id: input.caseId },
      select: { id: true, customerId: true, status: true, outcome: true, closedAt: true, customer: { select: { wallet: { select: { id: true } } } }, alerts: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 200, select: alertSelect } },
    });
    if (!row) throw notFound("alertCase.errors.caseNotFound");
    if (row.status === "CLOSED" && row.outcome !== "CONFIRMED") throw wrongState("reportsDraft.errors.caseNotConfirmed");
    await existingReport(tx, { caseId: row.id });
    return { customerId: row.customerId, walletId: row.customer.wallet?.id ?? null, alerts: row.alerts, confirmedAt: row.outcome === "CONFIRMED" ? row.closedAt : null, link: { caseId: row.id } };
  }
  await tx.$queryRaw`SELECT id FROM fraud_alert WHERE id = ${input.alertId} FOR UPDATE`;
  const alert = await tx.fraudAlert.findUnique({ where: { id: input.alertId }, select: { ...alertSelect, customerId: true, walletId: true, caseId: true, status: true, resolvedAt: true } });
  if (!alert) throw notFound("alertCase.errors.notFound");
  // An alert in a case is reported with its case (one STR per case).
  if (alert.caseId) return sourceOf(tx, { caseId: alert.caseId });
  if (alert.status === "FALSE_POSITIVE") throw wrongState("reportsDraft.errors.alertFalsePositive");
  await existingReport(tx, { alertId: alert.id });
  return { customerId: alert.customerId, walletId: alert.walletId, alerts: [alert], confirmedAt: alert.status === "CONFIRMED" ? alert.resolvedAt : null, link: { alertId: alert.id } };
}

/** The rules that fired, once each, in the order they first fired, with the latest explanation. */
function rulesOf(alerts: readonly AlertRow[]): NarrativeRule[] {
  const byCode = new Map<string, NarrativeRule>();
  for (const alert of alerts) {
    const name = ruleByCode(alert.rule.code)?.name["zh-CN"] ?? alert.rule.name;
    const explanation = zhText(alert.explanation);
    const seen = byCode.get(alert.rule.code);
    byCode.set(alert.rule.code, seen ? { ...seen, explanation: explanation || seen.explanation, count: seen.count + 1 } : { name, explanation, count: 1 });
  }
  return [...byCode.values()];
}

export function openSuspiciousReport(db: Db, input: OpenSuspiciousReport, actor: ActionContext): Promise<SuspiciousReportOpened> {
  return db.$transaction(async (tx) => {
    const source = await sourceOf(tx, input);
    const customer = await tx.customer.findUniqueOrThrow({ where: { id: source.customerId }, select: { name: true } });
    const now = new Date();
    const today = shanghaiDay(now);
    const basisDay = source.confirmedAt ? shanghaiDay(source.confirmedAt) : today;
    const rules = await ruleSetInForce(tx, basisDay);
    const dueDay = await dueDayFor(tx, basisDay);

    const characteristicCodes = [...new Set(source.alerts.map((a) => a.characteristic))].filter((code) => characteristicByCode(code));
    const crimeType: CrimeType = defaultCrimeType(characteristicCodes);
    const ids = [...new Set(source.alerts.flatMap((a) => [a.transactionId, ...evidenceIds(a.evidence)]))];
    const picked = source.walletId
      ? await tx.transaction.findMany({ where: { id: { in: ids }, walletId: source.walletId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: STR_TRANSACTIONS_MAX, select: txSelect })
      : [];
    const crimeLabel = crimeType === "UNDETERMINED" ? null : CATALOGUES["zh-CN"].reportsDraft.crimeTypes[crimeType];
    const narrative = draftNarrative({ customerName: customer.name, transactions: picked.map(narrativeTx), rules: rulesOf(source.alerts), characteristicCodes, crimeLabel });

    const reference = await nextReference(tx, "SUSPICIOUS", today);
    const created = await tx.regulatoryReport.create({
      data: {
        reference,
        kind: "SUSPICIOUS",
        status: "DRAFT",
        customerId: source.customerId,
        ruleSetVersion: rules.version,
        basisDay: dateOnly(basisDay),
        dueDay: dateOnly(dueDay),
        ...totals(picked, rules.usdCnyRate),
        ...source.link,
        trigger: "MODEL_SCREENING",
        crimeType,
        characteristicCodes,
        narrativeFacts: narrative.facts,
        narrativeAnalysis: narrative.analysis,
        urgent: false,
        draftedById: actor.staff.id,
        transactions: { create: picked.map((row) => ({ transactionId: row.id })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: actor.staff,
      action: REPORT_AUDIT.openStr,
      entityType: REPORT_ENTITY,
      entityId: created.id,
      after: {
        reference,
        status: "DRAFT",
        ...source.link,
        customerId: source.customerId,
        basisDay,
        dueDay,
        trigger: "MODEL_SCREENING",
        crimeType,
        characteristicCodes,
        transactionIds: picked.map((row) => row.id.toString()),
      },
      request: actor.request,
    });
    return { reportId: created.id, reference };
  });
}

/** The fields an edit may change, as the audit event's before/after compare them. */
type Editable = Pick<SaveSuspiciousDraft, "trigger" | "crimeType" | "characteristicCodes" | "narrativeFacts" | "narrativeAnalysis" | "urgent" | "transactionIds">;

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

async function lockReport(tx: Tx, input: { reportId: string; version: number }) {
  await tx.$queryRaw`SELECT id FROM regulatory_report WHERE id = ${input.reportId} FOR UPDATE`;
  const row = await tx.regulatoryReport.findUnique({
    where: { id: input.reportId },
    select: {
      id: true,
      kind: true,
      status: true,
      version: true,
      customerId: true,
      ruleSetVersion: true,
      trigger: true,
      crimeType: true,
      characteristicCodes: true,
      narrativeFacts: true,
      narrativeAnalysis: true,
      urgent: true,
      transactions: { orderBy: { transactionId: "asc" }, select: { transactionId: true } },
    },
  });
  if (!row || row.kind !== "SUSPICIOUS") throw notFound("reportsDraft.errors.notFound");
  if (row.version !== input.version) {
    const last = await tx.auditEvent.findFirst({
      where: { entityType: REPORT_ENTITY, entityId: row.id, outcome: "SUCCESS" },
      orderBy: { id: "desc" },
      select: { createdAt: true, actorEmail: true, actor: { select: { name: true } } },
    });
    const name = last?.actor?.name ?? last?.actorEmail;
    throw name ? conflict("reportsDraft.conflict.changed", { name, time: beijing(last!.createdAt) }) : conflict("reportsDraft.conflict.changedUnknown");
  }
  if (!(EDITABLE_STATUSES as readonly string[]).includes(row.status)) throw wrongState("reportsDraft.errors.notEditable");
  return row;
}

export function saveSuspiciousDraft(db: Db, input: SaveSuspiciousDraft, actor: ActionContext): Promise<SuspiciousDraftSaved> {
  return db.$transaction(async (tx) => {
    const row = await lockReport(tx, input);
    const wanted = input.transactionIds.map((id) => BigInt(id));
    const picked = await tx.transaction.findMany({
      where: { id: { in: wanted }, wallet: { customerId: row.customerId } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: txSelect,
    });
    if (picked.length !== wanted.length) throw invalidField("transactionIds", "reportsDraft.errors.transactionsOtherCustomer");

    const sortIds = (ids: readonly bigint[]) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map(String);
    const before: Editable = {
      trigger: row.trigger as Editable["trigger"],
      crimeType: row.crimeType as Editable["crimeType"],
      characteristicCodes: row.characteristicCodes as Editable["characteristicCodes"],
      narrativeFacts: row.narrativeFacts ?? "",
      narrativeAnalysis: row.narrativeAnalysis ?? "",
      urgent: row.urgent,
      transactionIds: sortIds(row.transactions.map((t) => t.transactionId)),
    };
    const after: Editable = {
      trigger: input.trigger,
      crimeType: input.crimeType,
      characteristicCodes: input.characteristicCodes,
      narrativeFacts: input.narrativeFacts,
      narrativeAnalysis: input.narrativeAnalysis,
      urgent: input.urgent,
      transactionIds: sortIds(wanted),
    };
    const changed = (Object.keys(after) as (keyof Editable)[]).filter((key) => !sameValue(before[key], after[key]));
    if (changed.length === 0) return { reportId: row.id, version: row.version, changed };

    if (changed.includes("transactionIds")) {
      const keep = new Set(after.transactionIds);
      const had = new Set(before.transactionIds);
      const removed = before.transactionIds.filter((id) => !keep.has(id)).map((id) => BigInt(id));
      const added = after.transactionIds.filter((id) => !had.has(id)).map((id) => BigInt(id));
      // Only a DRAFT or RETURNED report's rows may be taken off (the retention trigger allows no other).
      if (removed.length) await tx.regulatoryReportTransaction.deleteMany({ where: { reportId: row.id, transactionId: { in: removed } } });
      if (added.length) await tx.regulatoryReportTransaction.createMany({ data: added.map((transactionId) => ({ reportId: row.id, transactionId })) });
    }
    const rules = await tx.reportingRuleSet.findUnique({ where: { version: row.ruleSetVersion }, select: { usdCnyRate: true } });
    const rate = rules ? Number(rules.usdCnyRate.toString()) : (await ruleSetInForce(tx, shanghaiDay(new Date()))).usdCnyRate;
    await tx.regulatoryReport.update({
      where: { id: row.id },
      data: {
        trigger: after.trigger,
        crimeType: after.crimeType,
        characteristicCodes: after.characteristicCodes,
        narrativeFacts: after.narrativeFacts,
        narrativeAnalysis: after.narrativeAnalysis,
        urgent: after.urgent,
        ...totals(picked, rate),
        version: { increment: 1 },
      },
      select: { id: true },
    });
    const pick = (value: Editable) => Object.fromEntries(changed.map((key) => [key, value[key]]));
    await recordAudit(tx, {
      actor: actor.staff,
      action: REPORT_AUDIT.edit,
      entityType: REPORT_ENTITY,
      entityId: row.id,
      before: { ...pick(before), version: row.version },
      after: { ...pick(after), version: row.version + 1 },
      request: actor.request,
    });
    return { reportId: row.id, version: row.version + 1, changed };
  });
}
