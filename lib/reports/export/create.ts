// Generating the regulator's file of one kind: in one transaction, lock every APPROVED report of that kind,
// build the XML (build.ts) and check it against the schema (validate.ts), store it as a RegulatoryExport
// with its SHA-256, move the reports to EXPORTED (version + 1) and record the audit events. A file that
// cannot be built or does not validate is refused naming the element and the report, and nothing is written.
// No server-only import: the seed (plain node) generates the demo's files with it.
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RegulatoryReportKind } from "@/lib/generated/prisma/enums";
import type { ActionContext } from "@/lib/actions/context";
import { conflict, wrongState } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/write";
import type { Db } from "@/lib/db/client";
import { buildReportFile, type FileProblem } from "@/lib/reports/export/build";
import { compactDay, ELEMENT_LABELS, FILE_KIND_CODE } from "@/lib/reports/export/elements";
import { readExportRows } from "@/lib/reports/export/rows";
import type { CreateExport } from "@/lib/reports/export/schemas";
import { validateReportFile } from "@/lib/reports/export/validate";
import { EXPORT_ENTITY, REPORT_AUDIT, REPORT_ENTITY } from "@/lib/reports/fields";
import { ruleSetInForce } from "@/lib/reports/rules/rule-set";
import { dateOnly, formatDateTime, shanghaiDay } from "@/lib/time";

type Tx = Prisma.TransactionClient;

export interface ExportCreated {
  exportId: string;
  fileName: string;
  reportCount: number;
}

/** Another officer's file within this window explains an empty queue better than "nothing approved". */
const RECENT_EXPORT_MS = 60 * 60 * 1000;

/** NBH/NBS + institution + yyyyMMdd + a 4-digit number counting up within the kind, institution and day. */
async function nextFileName(tx: Tx, kind: RegulatoryReportKind, institutionCode: string, day: string): Promise<string> {
  const stem = `N${FILE_KIND_CODE[kind]}${institutionCode}${compactDay(day)}`;
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext(${stem})::bigint)`;
  const [row] = await tx.$queryRaw<{ last: string | null }[]>`
    SELECT max(file_name) AS last FROM regulatory_export WHERE file_name LIKE ${stem + "%"}`;
  const next = row?.last ? Number(row.last.slice(stem.length, stem.length + 4)) + 1 : 1;
  return `${stem}${String(next).padStart(4, "0")}.XML`;
}

/** Nothing is waiting: say who exported the kind's reports just now, if anyone did. */
async function nothingApproved(tx: Tx, kind: RegulatoryReportKind) {
  const last = await tx.regulatoryExport.findFirst({
    where: { kind, createdAt: { gte: new Date(Date.now() - RECENT_EXPORT_MS) } },
    orderBy: { createdAt: "desc" },
    select: { fileName: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  if (last) return conflict("reportsExport.refusals.exportedBy", { name: last.createdBy.name, time: formatDateTime(last.createdAt), fileName: last.fileName });
  return wrongState("reportsExport.refusals.noApproved");
}

/** The refusal of a file that is not complete or not valid: the element, its standard name, the report. */
export function fileRefusal(problem: FileProblem) {
  const values = { element: problem.element, label: ELEMENT_LABELS.get(problem.element) ?? problem.element, reference: problem.reference ?? "—" };
  return problem.detail === null
    ? wrongState("reportsExport.refusals.missing", values)
    : wrongState("reportsExport.refusals.invalid", { ...values, detail: problem.detail });
}

export function createExport(db: Db, input: CreateExport, actor: ActionContext): Promise<ExportCreated> {
  return db.$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM regulatory_report
        WHERE kind = ${input.kind}::"RegulatoryReportKind" AND status = 'APPROVED'
        ORDER BY reference FOR UPDATE`;
      if (locked.length === 0) throw await nothingApproved(tx, input.kind);

      const now = new Date();
      const day = shanghaiDay(now);
      const ruleSet = await ruleSetInForce(tx, day);
      const { reports, versions } = await readExportRows(tx, locked.map((row) => row.id));
      const header = { institutionCode: ruleSet.institutionCode, institutionName: ruleSet.institutionName, reportDay: day, generatedAt: now, usdCnyRate: ruleSet.usdCnyRate.toFixed(6) };

      const built = buildReportFile(input.kind, header, reports);
      if (!built.ok) throw fileRefusal(built.problem);
      const valid = await validateReportFile(input.kind, built.xml);
      if (!valid.ok) throw fileRefusal(valid.problem);

      const fileName = await nextFileName(tx, input.kind, ruleSet.institutionCode, day);
      const sha256 = createHash("sha256").update(built.xml, "utf8").digest("hex");
      const file = await tx.regulatoryExport.create({
        data: { kind: input.kind, reportDay: dateOnly(day), fileName, institutionCode: ruleSet.institutionCode, reportCount: reports.length, sha256, content: built.xml, createdById: actor.staff.id },
        select: { id: true },
      });
      const reportIds = reports.map((report) => report.id);
      await tx.regulatoryReport.updateMany({
        where: { id: { in: reportIds }, status: "APPROVED" },
        data: { status: "EXPORTED", exportId: file.id, exportedAt: now, version: { increment: 1 } },
      });
      await recordAudit(tx, {
        actor: actor.staff,
        action: REPORT_AUDIT.export,
        entityType: EXPORT_ENTITY,
        entityId: file.id,
        after: { kind: input.kind, reportIds, references: reports.map((report) => report.reference), fileName, sha256, reportDay: day },
        request: actor.request,
      });
      // Each report's own history (its timeline on /reports/[id]) shows the step too.
      for (const report of reports) {
        const version = versions.get(report.id)!;
        await recordAudit(tx, {
          actor: actor.staff,
          action: REPORT_AUDIT.export,
          entityType: REPORT_ENTITY,
          entityId: report.id,
          before: { status: "APPROVED", version },
          after: { status: "EXPORTED", exportId: file.id, fileName, version: version + 1 },
          request: actor.request,
        });
      }
      return { exportId: file.id, fileName, reportCount: reports.length };
    },
    // Validation runs libxml2 inside the transaction (the reports stay locked until the file is stored).
    { timeout: 60_000 },
  );
}
