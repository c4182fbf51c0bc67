// The regulatory reports of the demo, made the way the console makes them: the large-value detector scans the
// seeded days, then the demo staff walk its drafts through the review with the real steps (the officer
// submits, the lead approves or returns, the officer generates the day's file and records the Center's
// answers, one a rejection whose correction is then a draft), leaving the recent ones at every stage and
// some drafts overdue; two planted fraud cases become suspicious-transaction report drafts, and one confirmed
// alert is left for an officer to report (the e2e journey does). Every step is audited as in the console.
import type { Db } from "@/lib/db/client";
import type { ActionContext } from "@/lib/actions/context";
import type { FraudPattern, RegulatoryReportStatus } from "@/lib/generated/prisma/enums";
import { confirmFraud } from "@/lib/fraud/cases/mutations";
import { openCase, resolveCase } from "@/lib/fraud/cases/cases";
import { createExport } from "@/lib/reports/export/create";
import { scanDays } from "@/lib/reports/large-value/scan";
import { openSuspiciousReport } from "@/lib/reports/suspicious/mutations";
import { approveReport, recordRegulatorResponse, returnReport, submitReport } from "@/lib/reports/workflow/mutations";
import type { SimOptions } from "@/lib/sim/options";
import { DEMO_REPORT_TEXT } from "@/lib/sim/report-text";
import { DEMO_STAFF } from "@/lib/sim/staff";
import { addDaysToDay, shanghaiDay } from "@/lib/time";

const DAY = 86_400_000;

/** The stages the recent large-value reports are left at, oldest report first; later ones stay drafts. */
type Stage = "ACKNOWLEDGED" | "REJECTED" | "EXPORTED" | "APPROVED" | "RETURNED" | "SUBMITTED" | "DRAFT";
const RECENT_STAGES: readonly Stage[] = ["ACKNOWLEDGED", "REJECTED", "DRAFT", "ACKNOWLEDGED", "EXPORTED", "RETURNED", "APPROVED", "SUBMITTED", "DRAFT", "SUBMITTED", "RETURNED", "DRAFT", "SUBMITTED"];
/** Reports of days older than this were filed long ago: acknowledged. */
const RECENT_DAYS = 10;


/** Plants whose confirmed case becomes an STR draft, then the one whose confirmed alert awaits its STR. */
const STR_CASES: readonly { pattern: FraudPattern; title: string }[] = [
  { pattern: "STRUCTURING", title: DEMO_REPORT_TEXT.structuringCase },
  { pattern: "MULE_RING", title: DEMO_REPORT_TEXT.muleCase },
];
const PENDING_STR_PATTERNS: readonly FraudPattern[] = ["RAPID_IN_OUT", "FAN_OUT", "VELOCITY_BURST", "ACCOUNT_TAKEOVER"];

export interface SeededReports {
  /** Days scanned and large-value reports the detector drafted. */
  daysScanned: number;
  largeValue: number;
  byStatus: Partial<Record<RegulatoryReportStatus, number>>;
  exportFiles: string[];
  /** The STR drafts opened from the planted cases. */
  suspicious: string[];
  /** The confirmed alert without a report, for an officer to report. */
  pendingStrAlertId: string | null;
}

function actorOf(id: string): ActionContext {
  const staff = DEMO_STAFF.find((s) => s.id === id);
  if (!staff) throw new Error(`no demo staff ${id}`);
  return { staff: { id: staff.id, name: staff.name, email: staff.email, roles: [...staff.roles] }, request: { ip: null, userAgent: "wallet-seed" } };
}

export async function seedReports(db: Db, options: SimOptions): Promise<SeededReports> {
  const officer = actorOf("staff_officer");
  const officer2 = actorOf("staff_officer2");
  const lead = actorOf("staff_lead");
  const today = shanghaiDay(options.now);
  const first = shanghaiDay(new Date(options.now.getTime() - options.days * DAY));
  const scans = await scanDays(db, first, addDaysToDay(today, -1), options.now);

  const drafts = await db.regulatoryReport.findMany({
    where: { kind: "LARGE_VALUE", status: "DRAFT", correctsReportId: null },
    orderBy: [{ basisDay: "asc" }, { reference: "asc" }],
    select: { id: true, version: true, basisDay: true },
  });
  const recentFrom = addDaysToDay(today, -RECENT_DAYS);
  const recent = drafts.filter((d) => d.basisDay.toISOString().slice(0, 10) >= recentFrom);
  const staged = new Map<string, Stage>();
  for (const d of drafts) if (!recent.includes(d)) staged.set(d.id, "ACKNOWLEDGED");
  recent.forEach((d, i) => staged.set(d.id, RECENT_STAGES[i] ?? "DRAFT"));
  const versions = new Map(drafts.map((d) => [d.id, d.version]));
  const step = async (id: string, run: (version: number) => Promise<{ version: number }>) => versions.set(id, (await run(versions.get(id)!)).version);
  const withStage = (...stages: Stage[]) => drafts.filter((d) => stages.includes(staged.get(d.id)!)).map((d) => d.id);

  // Filed: submitted by an officer, approved by the lead, in one file, answered by the Center.
  const exportFiles: string[] = [];
  const filed = withStage("ACKNOWLEDGED", "REJECTED", "EXPORTED");
  for (const [i, id] of filed.entries()) {
    await step(id, (version) => submitReport(db, { reportId: id, version }, i % 3 === 2 ? officer2 : officer));
    await step(id, (version) => approveReport(db, { reportId: id, version }, lead));
  }
  if (filed.length) {
    exportFiles.push((await createExport(db, { kind: "LARGE_VALUE" }, officer)).fileName);
    for (const id of filed) versions.set(id, versions.get(id)! + 1);
  }
  for (const id of withStage("ACKNOWLEDGED")) await step(id, (version) => recordRegulatorResponse(db, { reportId: id, version, outcome: "ACKNOWLEDGED", note: "" }, officer));
  for (const id of withStage("REJECTED")) {
    await step(id, (version) => recordRegulatorResponse(db, { reportId: id, version, outcome: "REJECTED", note: DEMO_REPORT_TEXT.regulatorNote }, officer));
  }
  // Under review: approved (waiting for the next file), returned with a comment, or waiting for the lead.
  for (const id of withStage("APPROVED", "RETURNED", "SUBMITTED")) await step(id, (version) => submitReport(db, { reportId: id, version }, officer2));
  for (const id of withStage("APPROVED")) await step(id, (version) => approveReport(db, { reportId: id, version }, lead));
  for (const id of withStage("RETURNED")) await step(id, (version) => returnReport(db, { reportId: id, version, comment: DEMO_REPORT_TEXT.returnComment }, lead));

  // Suspicious transactions: a case on a planted customer, its STR draft, the case closed as confirmed.
  const suspicious: string[] = [];
  for (const plant of STR_CASES) {
    const alertId = await openPlantedAlert(db, [plant.pattern]);
    if (!alertId) continue;
    const opened = await openCase(db, { alertId, title: plant.title }, officer);
    const report = await openSuspiciousReport(db, { caseId: opened.caseId }, officer);
    suspicious.push(report.reference);
    const fraudCase = await db.fraudCase.findUniqueOrThrow({ where: { id: opened.caseId }, select: { version: true } });
    await resolveCase(db, { caseId: opened.caseId, version: fraudCase.version, outcome: "CONFIRMED", note: DEMO_REPORT_TEXT.confirmNote, strExclusionReason: "" }, officer);
  }
  // One alert confirmed as fraud on its own, with no report yet: an officer opens its STR from the alert page.
  const pendingStrAlertId = await openPlantedAlert(db, PENDING_STR_PATTERNS);
  if (pendingStrAlertId) {
    const alert = await db.fraudAlert.findUniqueOrThrow({ where: { id: pendingStrAlertId }, select: { version: true } });
    await confirmFraud(db, { alertId: pendingStrAlertId, version: alert.version, note: DEMO_REPORT_TEXT.pendingStrNote }, officer2);
  }

  const counts = await db.regulatoryReport.groupBy({ by: ["status"], where: { kind: "LARGE_VALUE" }, _count: { _all: true } });
  return {
    daysScanned: scans.length,
    largeValue: scans.reduce((n, s) => n + s.created, 0),
    byStatus: Object.fromEntries(counts.map((c) => [c.status, c._count._all])),
    exportFiles,
    suspicious,
    pendingStrAlertId,
  };
}

/**
 * The earliest open alert, in no case, of a customer with a planted incident of one of `patterns` whose wallet
 * is still active and who has no case or report yet: the alert a compliance officer would pick up.
 */
async function openPlantedAlert(db: Db, patterns: readonly FraudPattern[]): Promise<string | null> {
  const [row] = await db.$queryRaw<{ id: string }[]>`
    SELECT a.id FROM fraud_alert a
    JOIN "transaction" t ON t.id = a.transaction_id
    JOIN wallet w ON w.id = a.wallet_id
    WHERE t.fraud_pattern::text = ANY(${[...patterns]}::text[]) AND a.status = 'OPEN' AND a.case_id IS NULL AND w.status = 'ACTIVE'
      AND NOT EXISTS (SELECT 1 FROM fraud_case c WHERE c.customer_id = a.customer_id)
      AND NOT EXISTS (SELECT 1 FROM regulatory_report r WHERE r.customer_id = a.customer_id AND r.kind = 'SUSPICIOUS')
    ORDER BY array_position(${[...patterns]}::text[], t.fraud_pattern::text), a.created_at, a.id
    LIMIT 1`;
  return row?.id ?? null;
}
