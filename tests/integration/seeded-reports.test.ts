// The demo's regulatory reports as the seed makes them (lib/sim/reports.ts) on the e2e-sized population:
// the detector's drafts from the large-value plants, walked through every stage by the demo staff with the
// console's own steps, two STR drafts from planted fraud cases and one confirmed alert awaiting its STR.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { DEMO_OPTIONS } from "@/lib/sim/options";
import { DEMO_REPORT_TEXT } from "@/lib/sim/report-text";
import type { SeedSummary } from "@/lib/sim/seed";
import { seedDatabase } from "@/lib/sim/seed";
import { simOptions } from "@/lib/sim/options";
import { truncateAll } from "@/lib/db/reset";
import { REPORT_AUDIT, REPORT_ENTITY } from "@/lib/reports/fields";
import { databaseUrl, testDb } from "@/tests/support/database";

let db: Db;
let summary: SeedSummary;
const now = new Date("2026-12-03T02:00:00Z");

beforeAll(async () => {
  db = testDb();
  await truncateAll(databaseUrl());
  summary = await seedDatabase(db, simOptions({ customers: 300, days: 30, seed: DEMO_OPTIONS.seed, now, reports: true }));
}, 600_000);

afterAll(async () => {
  await db.$disconnect();
});

describe("the seeded regulatory reports", () => {
  it("scans every closed day of the window and drafts the planted large-value days", async () => {
    const reports = summary.reports!;
    expect(reports.daysScanned).toBeGreaterThanOrEqual(29);
    expect(await db.largeValueScan.count()).toBe(reports.daysScanned);
    expect(reports.largeValue).toBeGreaterThanOrEqual(14);
    const codes = await db.regulatoryReport.groupBy({ by: ["thresholdCode", "direction"], where: { kind: "LARGE_VALUE", correctsReportId: null }, _count: { _all: true } });
    const seen = new Set(codes.map((c) => `${c.thresholdCode}|${c.direction}`));
    for (const key of ["CASH|IN", "CASH|OUT", "NATURAL_DOMESTIC_TRANSFER|IN", "NATURAL_CROSS_BORDER|OUT"]) expect(seen, key).toContain(key);
  });

  it("leaves large-value reports at every stage, a rejected one's correction a draft, some drafts overdue", async () => {
    const statuses = new Set((await db.regulatoryReport.findMany({ where: { kind: "LARGE_VALUE" }, select: { status: true } })).map((r) => r.status));
    expect([...statuses].sort()).toEqual(["ACKNOWLEDGED", "APPROVED", "DRAFT", "EXPORTED", "REJECTED_BY_REGULATOR", "RETURNED", "SUBMITTED_FOR_REVIEW"]);
    const rejected = await db.regulatoryReport.findFirstOrThrow({ where: { status: "REJECTED_BY_REGULATOR" }, select: { id: true, regulatorNote: true, corrections: { select: { status: true } } } });
    expect(rejected.corrections).toEqual([{ status: "DRAFT" }]);
    const overdue = await db.regulatoryReport.count({ where: { kind: "LARGE_VALUE", status: "DRAFT", dueDay: { lt: new Date(now.toISOString().slice(0, 10)) } } });
    expect(overdue).toBeGreaterThan(0);
    const returned = await db.regulatoryReport.findFirstOrThrow({ where: { status: "RETURNED" }, select: { comments: { select: { kind: true, body: true } } } });
    expect(returned.comments).toContainEqual({ kind: "RETURN", body: DEMO_REPORT_TEXT.returnComment });
  });

  it("was walked by the demo staff with four eyes, every step audited, in one file for the exported ones", async () => {
    const approved = await db.regulatoryReport.findMany({ where: { reviewedById: { not: null }, status: { in: ["APPROVED", "EXPORTED", "ACKNOWLEDGED"] } }, select: { submittedById: true, reviewedById: true } });
    expect(approved.length).toBeGreaterThan(0);
    expect(approved.every((r) => r.reviewedById === "staff_lead" && r.submittedById !== "staff_lead")).toBe(true);
    expect(summary.reports!.exportFiles).toHaveLength(1);
    const file = await db.regulatoryExport.findFirstOrThrow({ select: { reportCount: true, content: true, reports: { select: { reference: true } } } });
    expect(file.reportCount).toBeGreaterThan(0);
    const exported = await db.regulatoryReport.findMany({ where: { exportId: { not: null } }, select: { reference: true } });
    for (const r of exported) expect(file.content).toContain(r.reference);
    const actions = new Set((await db.auditEvent.findMany({ where: { entityType: REPORT_ENTITY }, select: { action: true } })).map((e) => e.action));
    for (const action of [REPORT_AUDIT.detect, REPORT_AUDIT.submit, REPORT_AUDIT.approve, REPORT_AUDIT.return, REPORT_AUDIT.export, REPORT_AUDIT.acknowledge, REPORT_AUDIT.regulatorReject, REPORT_AUDIT.openStr]) {
      expect(actions, action).toContain(action);
    }
  });

  it("opens two STR drafts from planted fraud cases closed as confirmed, and leaves a confirmed alert for an officer to report", async () => {
    const strs = await db.regulatoryReport.findMany({ where: { kind: "SUSPICIOUS" }, select: { status: true, caseId: true, draftedById: true, transactionCount: true, fraudCase: { select: { status: true, outcome: true } } } });
    expect(strs).toHaveLength(2);
    for (const s of strs) {
      expect(s).toMatchObject({ status: "DRAFT", draftedById: "staff_officer", fraudCase: { status: "CLOSED", outcome: "CONFIRMED" } });
      expect(s.transactionCount).toBeGreaterThan(0);
    }
    const pending = await db.fraudAlert.findUniqueOrThrow({ where: { id: summary.reports!.pendingStrAlertId! }, select: { status: true, caseId: true, resolutionNote: true } });
    expect(pending).toEqual({ status: "CONFIRMED", caseId: null, resolutionNote: DEMO_REPORT_TEXT.pendingStrNote });
  });
});
