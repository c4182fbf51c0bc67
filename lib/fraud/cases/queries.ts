// Reads for the investigation page (/alerts/[id]): the alert with its rule, transaction, customer and case,
// the customer's transactions around it, and the notes. Personal data leaves here masked as a list masks it
// (lib/privacy/policy.ts): the page is about an alert, the customer's own 360 shows them whole. Linked
// customers and the network are linked.ts.
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import type { AlertSeverity, AlertStatus, TransactionType } from "@/lib/generated/prisma/enums";
import type { Localized } from "@/lib/fraud/rules/types";
import { OPEN_ALERT_STATUSES } from "@/lib/fraud/cases/state";
import { showPii } from "@/lib/privacy/policy";
import { parseReferenceId } from "@/lib/validation/ids";

/** The id in the path, checked in the segment's layout: a malformed or unknown id is a real 404. */
export const knownAlertId = cache(async (raw: string): Promise<string> => {
  const id = parseReferenceId(raw);
  if (id === null || !(await db.fraudAlert.findUnique({ where: { id }, select: { id: true } }))) notFound();
  return id;
});

const person = { select: { id: true, name: true } } as const;

export interface AlertEvidence {
  transactionIds: string[];
  facts: Record<string, number | string>;
}

function localized(value: unknown): Localized {
  const v = (value ?? {}) as Partial<Record<string, unknown>>;
  const zh = typeof v["zh-CN"] === "string" ? v["zh-CN"] : "";
  const en = typeof v.en === "string" ? v.en : "";
  return { "zh-CN": zh || en, en: en || zh };
}

function evidenceOf(value: unknown): AlertEvidence {
  const v = (value ?? {}) as { transactionIds?: unknown; facts?: unknown };
  const ids = Array.isArray(v.transactionIds) ? v.transactionIds.filter((id) => typeof id === "string" || typeof id === "number").map(String) : [];
  const facts = v.facts && typeof v.facts === "object" ? (v.facts as Record<string, number | string>) : {};
  return { transactionIds: ids, facts };
}

/** The alert as the page shows it, cached per request (the page and its metadata share it). */
export const getAlertDetail = cache(async (id: string) => {
  const row = await db.fraudAlert.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      severity: true,
      score: true,
      amountFen: true,
      characteristic: true,
      explanation: true,
      evidence: true,
      createdAt: true,
      version: true,
      walletId: true,
      resolution: true,
      resolutionNote: true,
      resolvedAt: true,
      escalatedAt: true,
      escalationReason: true,
      assignedAt: true,
      assignee: person,
      resolvedBy: person,
      escalatedBy: person,
      rule: { select: { id: true, code: true, name: true } },
      ruleVersion: { select: { version: true } },
      transaction: {
        select: { id: true, type: true, status: true, amountFen: true, channel: true, merchantName: true, counterpartyName: true, counterpartyWalletId: true, country: true, crossBorder: true, deviceId: true, ip: true, createdAt: true },
      },
      customer: { select: { id: true, name: true, phone: true, idNumber: true, riskLevel: true, province: true, city: true, wallet: { select: { id: true, status: true, balanceFen: true } } } },
      fraudCase: {
        select: {
          id: true,
          title: true,
          status: true,
          outcome: true,
          version: true,
          createdAt: true,
          closedAt: true,
          openedBy: person,
          alerts: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 200, select: { id: true, status: true, severity: true, score: true, amountFen: true, createdAt: true, rule: { select: { code: true, name: true } } } },
        },
      },
    },
  });
  if (!row) return null;
  const { customer, explanation, evidence, ...rest } = row;
  const openElsewhere = await db.fraudAlert.count({ where: { customerId: customer.id, caseId: null, status: { in: [...OPEN_ALERT_STATUSES] } } });
  const openCase = row.fraudCase?.status === "OPEN" ? null : await db.fraudCase.findFirst({ where: { customerId: customer.id, status: "OPEN" }, select: { id: true, title: true } });
  return {
    ...rest,
    explanation: localized(explanation),
    evidence: evidenceOf(evidence),
    customer: {
      id: customer.id,
      name: showPii("list", "name", customer.name),
      phone: showPii("list", "phone", customer.phone),
      idNumber: showPii("list", "idNumber", customer.idNumber),
      riskLevel: customer.riskLevel,
      province: customer.province,
      city: customer.city,
      wallet: customer.wallet,
    },
    /** The customer's unresolved alerts in no case yet: what opening a case would gather. */
    unresolvedWithoutCase: openElsewhere,
    /** The customer's open case, when this alert is not in it. */
    otherOpenCase: openCase,
  };
});

export type AlertDetail = NonNullable<Awaited<ReturnType<typeof getAlertDetail>>>;

export type Direction = "in" | "out";
const INBOUND: readonly TransactionType[] = ["TOP_UP", "TRANSFER_IN", "REFUND", "CASHBACK"];
export const directionOf = (type: TransactionType): Direction => (INBOUND.includes(type) ? "in" : "out");

export interface TimelinePoint {
  id: string;
  at: Date;
  type: TransactionType;
  status: string;
  direction: Direction;
  amountFen: bigint;
  /** Merchant or counterparty, as the transaction names it. */
  party: string | null;
  /** One of the transactions the rule named as its evidence. */
  evidence: boolean;
  /** The transaction that raised the alert. */
  trigger: boolean;
}

/** How far the timeline reaches around the triggering transaction, and how many rows it draws at most. */
export const TIMELINE_BEFORE_HOURS = 72;
export const TIMELINE_AFTER_HOURS = 24;
export const TIMELINE_MAX = 400;

/** The wallet's transactions around the alert (plus every evidence transaction, wherever it falls), oldest first. */
export async function getAlertTimeline(alert: Pick<AlertDetail, "walletId" | "evidence" | "transaction">): Promise<{ points: TimelinePoint[]; capped: boolean }> {
  const at = alert.transaction.createdAt.getTime();
  const from = new Date(at - TIMELINE_BEFORE_HOURS * 3600_000);
  const to = new Date(at + TIMELINE_AFTER_HOURS * 3600_000);
  const evidenceIds = alert.evidence.transactionIds.flatMap((id) => (/^\d{1,19}$/.test(id) ? [BigInt(id)] : [])).slice(0, 200);
  const select = { id: true, createdAt: true, type: true, status: true, amountFen: true, merchantName: true, counterpartyName: true } as const;
  const [window, evidenceRows] = await Promise.all([
    db.transaction.findMany({ where: { walletId: alert.walletId, createdAt: { gte: from, lte: to } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: TIMELINE_MAX + 1, select }),
    evidenceIds.length ? db.transaction.findMany({ where: { walletId: alert.walletId, id: { in: evidenceIds } }, select }) : Promise.resolve([]),
  ]);
  const capped = window.length > TIMELINE_MAX;
  const byId = new Map<bigint, (typeof window)[number]>();
  for (const row of [...window.slice(0, TIMELINE_MAX), ...evidenceRows]) byId.set(row.id, row);
  const evidence = new Set(evidenceIds);
  const points = [...byId.values()]
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1))
    .map((row) => ({
      id: row.id.toString(),
      at: row.createdAt,
      type: row.type,
      status: row.status,
      direction: directionOf(row.type),
      amountFen: row.amountFen,
      party: row.merchantName ?? row.counterpartyName,
      evidence: evidence.has(row.id),
      trigger: row.id === alert.transaction.id,
    }));
  return { points, capped };
}

export async function getAlertNotes(alertId: string) {
  return db.alertNote.findMany({
    where: { alertId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, body: true, createdAt: true, author: person },
  });
}

export type CaseAlert = { id: string; status: AlertStatus; severity: AlertSeverity; score: number; amountFen: bigint; createdAt: Date; rule: { code: string; name: string } };
