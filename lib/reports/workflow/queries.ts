// What the review panel and the report's history read: the report's workflow fields (status, makers,
// completeness, correction links), its review thread, and its audit events (the report's own, plus the
// download events of the file it went out in, which are written on the file).
import "server-only";
import { db } from "@/lib/db";
import { EXPORT_ENTITY, REPORT_AUDIT, REPORT_ENTITY } from "@/lib/reports/fields";

export async function getReviewState(reportId: string) {
  const report = await db.regulatoryReport.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      kind: true,
      status: true,
      version: true,
      reference: true,
      draftedById: true,
      submittedById: true,
      trigger: true,
      crimeType: true,
      characteristicCodes: true,
      narrativeFacts: true,
      narrativeAnalysis: true,
      regulatorNote: true,
      corrects: { select: { id: true, reference: true } },
      corrections: { select: { id: true, reference: true }, orderBy: { createdAt: "asc" } },
      _count: { select: { transactions: true } },
    },
  });
  if (!report) return null;
  const comments = await db.regulatoryReportComment.findMany({
    where: { reportId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, body: true, createdAt: true, author: { select: { name: true } } },
  });
  return { report: { ...report, transactionCount: report._count.transactions }, comments };
}

export type ReviewState = NonNullable<Awaited<ReturnType<typeof getReviewState>>>;

export interface HistoryEntry {
  id: string;
  createdAt: Date;
  action: string;
  actorName: string | null;
  outcome: string;
  fromStatus: string | null;
  toStatus: string | null;
  fileName: string | null;
  reason: string | null;
}

const statusOf = (value: unknown): string | null => {
  if (value && typeof value === "object" && "status" in value && typeof value.status === "string") return value.status;
  return null;
};
const fileNameOf = (value: unknown): string | null => {
  if (value && typeof value === "object" && "fileName" in value && typeof value.fileName === "string") return value.fileName;
  return null;
};

/** The report's audit events, oldest first, with the downloads of its file. */
export async function getReportHistory(reportId: string): Promise<HistoryEntry[]> {
  const report = await db.regulatoryReport.findUnique({ where: { id: reportId }, select: { exportId: true, export: { select: { fileName: true } } } });
  if (!report) return [];
  const fileEvents = report.exportId
    ? [{ entityType: EXPORT_ENTITY, entityId: report.exportId, action: { not: REPORT_AUDIT.export } }]
    : [];
  const events = await db.auditEvent.findMany({
    where: { OR: [{ entityType: REPORT_ENTITY, entityId: reportId }, ...fileEvents] },
    orderBy: { id: "asc" },
    take: 500,
    select: { id: true, createdAt: true, action: true, actorEmail: true, outcome: true, before: true, after: true, reason: true, entityType: true, actor: { select: { name: true } } },
  });
  return events.map((event) => ({
    id: event.id.toString(),
    createdAt: event.createdAt,
    action: event.action,
    actorName: event.actor?.name ?? event.actorEmail,
    outcome: event.outcome,
    fromStatus: statusOf(event.before),
    toStatus: statusOf(event.after),
    fileName: fileNameOf(event.after) ?? (event.entityType === EXPORT_ENTITY ? (report.export?.fileName ?? null) : null),
    reason: event.reason,
  }));
}
