// Reads for STRs: the report a case or alert already has (the alert page's link, the case's exclusion
// question), and what the /reports/[id] section shows and edits: the STR's fields and the case timeline
// its transactions are picked from.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { STR_TRANSACTIONS_MAX, TIMELINE_LOOKBACK_DAYS } from "@/lib/reports/suspicious/fields";
import { strDirection } from "@/lib/reports/suspicious/mutations";

export interface StrLink {
  id: string;
  reference: string;
  status: string;
}

const linkSelect = { id: true, reference: true, status: true } satisfies Prisma.RegulatoryReportSelect;

/** The case's STR: the live one (any status but rejected by the regulator), else the latest; null without one. */
export async function strForCase(caseId: string): Promise<StrLink | null> {
  return (
    (await db.regulatoryReport.findFirst({ where: { caseId, kind: "SUSPICIOUS", status: { not: "REJECTED_BY_REGULATOR" } }, orderBy: { createdAt: "desc" }, select: linkSelect })) ??
    (await db.regulatoryReport.findFirst({ where: { caseId, kind: "SUSPICIOUS" }, orderBy: { createdAt: "desc" }, select: linkSelect }))
  );
}

/** The alert's own STR (opened from the alert while it was in no case). */
export async function strForAlert(alertId: string): Promise<StrLink | null> {
  return (
    (await db.regulatoryReport.findFirst({ where: { alertId, kind: "SUSPICIOUS", status: { not: "REJECTED_BY_REGULATOR" } }, orderBy: { createdAt: "desc" }, select: linkSelect })) ??
    (await db.regulatoryReport.findFirst({ where: { alertId, kind: "SUSPICIOUS" }, orderBy: { createdAt: "desc" }, select: linkSelect }))
  );
}

/** True when the case has an STR that counts (not rejected by the regulator): closing it needs no exclusion reason. */
export async function caseHasLiveStr(caseId: string): Promise<boolean> {
  return (await db.regulatoryReport.count({ where: { caseId, kind: "SUSPICIOUS", status: { not: "REJECTED_BY_REGULATOR" } } })) > 0;
}

/** The STR as its section shows it, cached per request; null for an unknown id or a large-value report. */
export const getSuspiciousReport = cache(async (reportId: string) => {
  const row = await db.regulatoryReport.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      kind: true,
      status: true,
      version: true,
      customerId: true,
      caseId: true,
      alertId: true,
      trigger: true,
      crimeType: true,
      characteristicCodes: true,
      narrativeFacts: true,
      narrativeAnalysis: true,
      urgent: true,
      basisDay: true,
      transactions: { select: { transactionId: true } },
    },
  });
  if (!row || row.kind !== "SUSPICIOUS") return null;
  return { ...row, transactionIds: row.transactions.map((t) => t.transactionId.toString()) };
});

export type SuspiciousReportView = NonNullable<Awaited<ReturnType<typeof getSuspiciousReport>>>;

export interface PickerRow {
  id: string;
  at: Date;
  type: string;
  direction: "IN" | "OUT";
  amountFen: bigint;
  party: string | null;
  evidence: boolean;
}

/**
 * The transactions an officer picks from: the customer's, from TIMELINE_LOOKBACK_DAYS before the case's
 * (or alert's) first alert's transaction until now, the latest STR_TRANSACTIONS_MAX of them, plus every one
 * already on the report; oldest first.
 */
export async function getPickerTimeline(report: SuspiciousReportView): Promise<{ rows: PickerRow[]; capped: boolean }> {
  const alerts = report.caseId
    ? await db.fraudAlert.findMany({ where: { caseId: report.caseId }, select: { transactionId: true, evidence: true, transaction: { select: { createdAt: true } } } })
    : report.alertId
      ? await db.fraudAlert.findMany({ where: { id: report.alertId }, select: { transactionId: true, evidence: true, transaction: { select: { createdAt: true } } } })
      : [];
  const evidence = new Set<string>();
  for (const alert of alerts) {
    evidence.add(alert.transactionId.toString());
    const ids = (alert.evidence as { transactionIds?: unknown } | null)?.transactionIds;
    if (Array.isArray(ids)) for (const id of ids) evidence.add(String(id));
  }
  const picked = report.transactionIds.map((id) => BigInt(id));
  const pickedRows = picked.length ? await db.transaction.findMany({ where: { id: { in: picked } }, select: { createdAt: true } }) : [];
  const anchors = [...alerts.map((a) => a.transaction.createdAt.getTime()), ...pickedRows.map((r) => r.createdAt.getTime())];
  const anchor = anchors.length ? Math.min(...anchors) : report.basisDay.getTime();
  const from = new Date(anchor - TIMELINE_LOOKBACK_DAYS * 86_400_000);
  const select = { id: true, createdAt: true, type: true, amountFen: true, merchantName: true, counterpartyName: true, counterpartyWalletId: true } as const;
  const [window, onReport] = await Promise.all([
    db.transaction.findMany({ where: { wallet: { customerId: report.customerId }, createdAt: { gte: from } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: STR_TRANSACTIONS_MAX + 1, select }),
    picked.length ? db.transaction.findMany({ where: { id: { in: picked } }, select }) : Promise.resolve([]),
  ]);
  const capped = window.length > STR_TRANSACTIONS_MAX;
  const byId = new Map<bigint, (typeof window)[number]>();
  for (const row of [...window.slice(0, STR_TRANSACTIONS_MAX), ...onReport]) byId.set(row.id, row);
  const rows = [...byId.values()]
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1))
    .map((row) => ({
      id: row.id.toString(),
      at: row.createdAt,
      type: row.type,
      direction: strDirection(row.type),
      amountFen: row.amountFen,
      party: row.merchantName ?? row.counterpartyName ?? row.counterpartyWalletId,
      evidence: evidence.has(row.id.toString()),
    }));
  return { rows, capped };
}

/** Why a closed case files no STR, as recorded when it was closed; null when none was. */
export async function caseExclusion(caseId: string): Promise<string | null> {
  return (await db.fraudCase.findUnique({ where: { id: caseId }, select: { strExclusionReason: true } }))?.strExclusionReason ?? null;
}

/** The alert page a report's source opens on: the alert it came from, or its case's first alert. */
export async function sourceAlertId(report: Pick<SuspiciousReportView, "alertId" | "caseId">): Promise<string | null> {
  if (report.alertId) return report.alertId;
  if (!report.caseId) return null;
  return (await db.fraudAlert.findFirst({ where: { caseId: report.caseId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } }))?.id ?? null;
}
