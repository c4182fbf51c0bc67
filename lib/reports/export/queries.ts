// Reads for the report-files page: what waits to be filed per kind, and the files generated so far.
import "server-only";
import { db } from "@/lib/db";
import type { RegulatoryReportKind } from "@/lib/generated/prisma/enums";
import { REPORT_KINDS } from "@/lib/reports/fields";
import { formatDateOnly } from "@/lib/time";

export interface WaitingKind {
  kind: RegulatoryReportKind;
  count: number;
  /** The earliest deadline among them (YYYY-MM-DD), or null when none waits. */
  oldestDue: string | null;
}

export async function waitingToFile(): Promise<WaitingKind[]> {
  const groups = await db.regulatoryReport.groupBy({ by: ["kind"], where: { status: "APPROVED" }, _count: { _all: true }, _min: { dueDay: true } });
  return REPORT_KINDS.map((kind) => {
    const group = groups.find((g) => g.kind === kind);
    return { kind, count: group?._count._all ?? 0, oldestDue: group?._min.dueDay ? formatDateOnly(group._min.dueDay) : null };
  });
}

export interface ExportListRow {
  id: string;
  kind: RegulatoryReportKind;
  fileName: string;
  reportDay: string;
  reportCount: number;
  createdByName: string;
  createdAt: Date;
  sha256: string;
}

/** The newest files first; the content (with whole ID numbers) is never read here. */
export async function listExports(limit = 100): Promise<ExportListRow[]> {
  const rows = await db.regulatoryExport.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, kind: true, fileName: true, reportDay: true, reportCount: true, createdAt: true, sha256: true, createdBy: { select: { name: true } } },
  });
  return rows.map(({ createdBy, reportDay, ...row }) => ({ ...row, reportDay: formatDateOnly(reportDay), createdByName: createdBy.name }));
}
