// The regulatory report list against the database: one kind at a time, unfiled reports by due day (the
// overdue ones first) then filed ones newest due first, the filters (status, overdue / due today, due
// before, customer as the customer search reads it, business-day range), the chip counts (per status,
// overdue, due today, awaiting the viewer's approval) and keyset paging that walks forward and back over
// every row exactly once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import type { RegulatoryReportStatus } from "@/lib/generated/prisma/enums";
import { reportFigures } from "@/lib/overview/figures";
import { reportLinks } from "@/lib/overview/links";
import { deadlineState } from "@/lib/reports/list/deadline";
import { readReportCounts, readReportPage, type ReportListView } from "@/lib/reports/list/read";
import { decodeReportCursor, readReportFilters, type ReportListCursor } from "@/lib/reports/list/view";
import { dateOnly } from "@/lib/time";
import { freshPopulation, testDb } from "@/tests/support/database";

let db: Db;
const TODAY = "2026-11-11";
let customers: { id: string; name: string; phone: string }[];
let sequence = 0;

async function report(kind: "LARGE_VALUE" | "SUSPICIOUS", status: RegulatoryReportStatus, dueDay: string, data: Record<string, unknown> = {}) {
  sequence += 1;
  const prefix = kind === "LARGE_VALUE" ? "LVR" : "STR";
  const basisDay = (data.basisDay as string | undefined) ?? "2026-11-02";
  const { basisDay: _ignored, ...rest } = data;
  return db.regulatoryReport.create({
    data: {
      reference: `${prefix}-20261102-${String(sequence).padStart(4, "0")}`,
      kind,
      status,
      customerId: customers[sequence % 3]!.id,
      ruleSetVersion: 1,
      basisDay: dateOnly(basisDay),
      dueDay: dateOnly(dueDay),
      totalFen: 6_000_000n,
      transactionCount: 2,
      ...(kind === "LARGE_VALUE" ? { thresholdCode: "NATURAL_DOMESTIC_TRANSFER", direction: "OUT" } : { trigger: "INTERNAL_CASE", crimeType: "TELECOM_FRAUD" }),
      ...rest,
    },
    select: { id: true, reference: true },
  });
}

const view = (filters: ReportListView["filters"] = {}, kind: ReportListView["kind"] = "LARGE_VALUE", viewerId = "staff_lead"): ReportListView => ({ kind, filters, today: TODAY, viewerId });

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 12, days: 2 });
  customers = await db.customer.findMany({ orderBy: { id: "asc" }, take: 3, select: { id: true, name: true, phone: true } });
  // Large-value: two overdue, one due today, two upcoming, filed ones, spread over three customers.
  await report("LARGE_VALUE", "DRAFT", "2026-11-06", { basisDay: "2026-10-30" });
  await report("LARGE_VALUE", "SUBMITTED_FOR_REVIEW", "2026-11-10", { basisDay: "2026-11-03", submittedById: "staff_officer", draftedById: "staff_officer" });
  await report("LARGE_VALUE", "APPROVED", TODAY, { basisDay: "2026-11-04" });
  await report("LARGE_VALUE", "DRAFT", "2026-11-13", { basisDay: "2026-11-06" });
  await report("LARGE_VALUE", "RETURNED", "2026-11-16", { basisDay: "2026-11-09" });
  await report("LARGE_VALUE", "EXPORTED", "2026-11-02", { basisDay: "2026-10-26" });
  await report("LARGE_VALUE", "ACKNOWLEDGED", "2026-11-09", { basisDay: "2026-11-02" });
  await report("LARGE_VALUE", "SUBMITTED_FOR_REVIEW", "2026-11-17", { basisDay: "2026-11-10", submittedById: "staff_lead", draftedById: "staff_officer" });
  // Suspicious: another kind never shows in the large-value list.
  await report("SUSPICIOUS", "DRAFT", "2026-11-05", { urgent: true });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("the large-value list", () => {
  it("shows unfiled reports by due day (overdue first), then filed ones newest due first", async () => {
    const page = await readReportPage(db, view(), null);
    expect(page.rows.map((r) => [r.status, r.dueDay])).toEqual([
      ["DRAFT", "2026-11-06"],
      ["SUBMITTED_FOR_REVIEW", "2026-11-10"],
      ["APPROVED", TODAY],
      ["DRAFT", "2026-11-13"],
      ["RETURNED", "2026-11-16"],
      ["SUBMITTED_FOR_REVIEW", "2026-11-17"],
      ["ACKNOWLEDGED", "2026-11-09"],
      ["EXPORTED", "2026-11-02"],
    ]);
    expect(page.rows.every((r) => r.kind === "LARGE_VALUE")).toBe(true);
    expect(page.next).toBeNull();
    expect(page.prev).toBeNull();
  });

  it("filters to overdue, due today, one status, due before and the business-day range", async () => {
    expect((await readReportPage(db, view({ due: "overdue" }), null)).rows.map((r) => r.dueDay)).toEqual(["2026-11-06", "2026-11-10"]);
    expect((await readReportPage(db, view({ due: "today" }), null)).rows.map((r) => r.status)).toEqual(["APPROVED"]);
    expect((await readReportPage(db, view({ status: "DRAFT" }), null)).rows.map((r) => r.dueDay)).toEqual(["2026-11-06", "2026-11-13"]);
    expect((await readReportPage(db, view({ dueBefore: "2026-11-10" }), null)).rows.map((r) => r.dueDay)).toEqual(["2026-11-06", "2026-11-10", "2026-11-09", "2026-11-02"]);
    expect((await readReportPage(db, view({ from: "2026-11-03", to: "2026-11-06" }), null)).rows.map((r) => r.basisDay)).toEqual(["2026-11-03", "2026-11-04", "2026-11-06"]);
  });

  it("filters by customer as the customer search reads the query: id, name prefix, phone prefix", async () => {
    const target = customers[1]!;
    const byId = await readReportPage(db, view({ customer: target.id }), null);
    expect(byId.rows.length).toBeGreaterThan(0);
    expect(byId.rows.every((r) => r.customerId === target.id)).toBe(true);
    const byName = await readReportPage(db, view({ customer: target.name }), null);
    expect(byName.rows.map((r) => r.customerId)).toContain(target.id);
    const byPhone = await readReportPage(db, view({ customer: target.phone.slice(0, 7) }), null);
    expect(byPhone.rows.map((r) => r.customerId)).toContain(target.id);
    const nonsense = await readReportPage(db, view({ customer: "张wei" }), null);
    expect(nonsense).toMatchObject({ rows: [], customerQuery: "invalid" });
  });

  it("counts each status, the overdue, the due today and what awaits the viewer's approval", async () => {
    const counts = await readReportCounts(db, view({ status: "DRAFT" }));
    // The status and deadline chips do not narrow their own counts.
    expect(counts).toMatchObject({ all: 8, DRAFT: 2, SUBMITTED_FOR_REVIEW: 2, APPROVED: 1, RETURNED: 1, EXPORTED: 1, ACKNOWLEDGED: 1, REJECTED_BY_REGULATOR: 0, overdue: 2, dueToday: 1 });
    // Four eyes: the lead submitted one of the two, so one awaits them; the officer drafted both.
    expect(counts.awaitingMe).toBe(1);
    expect((await readReportCounts(db, view({}, "LARGE_VALUE", "staff_officer"))).awaitingMe).toBe(0);
    expect((await readReportCounts(db, view({}, "SUSPICIOUS"))).overdue).toBe(1);
    // The awaiting-my-approval list shows exactly what the chip counts.
    expect((await readReportPage(db, view({ mine: true }), null)).rows.map((r) => r.dueDay)).toEqual(["2026-11-10"]);
    expect((await readReportPage(db, view({ mine: true }, "LARGE_VALUE", "staff_officer"), null)).rows).toEqual([]);
  });

  it("pages forward and back by keyset, every row once, in the same order", async () => {
    const whole = (await readReportPage(db, view(), null)).rows.map((r) => r.reference);
    const seen: string[] = [];
    let cursor: ReportListCursor | null = null;
    const tokens: string[] = [];
    for (;;) {
      const page = await readReportPage(db, view(), cursor, 3);
      seen.push(...page.rows.map((r) => r.reference));
      if (!page.next) break;
      tokens.push(page.next);
      cursor = decodeReportCursor(page.next, "after");
    }
    expect(seen).toEqual(whole);
    // Back from the last page lands on the one before it.
    const last = await readReportPage(db, view(), decodeReportCursor(tokens.at(-1)!, "after"), 3);
    const back = await readReportPage(db, view(), decodeReportCursor(last.prev!, "before"), 3);
    expect(back.rows.map((r) => r.reference)).toEqual(whole.slice(3, 6));
  });

  it("reads the URL leniently: bad values fall back to no filter", () => {
    expect(readReportFilters({ status: "NOPE", due: "overdue", dueBefore: "2026-13-01", from: "2026-11-01", customer: "  " })).toEqual({ due: "overdue", from: "2026-11-01" });
  });
});

describe("the overview's report figures", () => {
  it("count each kind as the lists' chips do, and open the list filtered to the set", async () => {
    const figures = await reportFigures(db, "staff_lead", TODAY);
    expect(figures.LARGE_VALUE).toEqual({ drafts: 2, returned: 1, awaitingReview: 2, awaitingMe: 1, approved: 1, overdue: 2 });
    expect(figures.SUSPICIOUS).toMatchObject({ drafts: 1, overdue: 1 });
    const links = reportLinks("LARGE_VALUE");
    expect(readReportFilters(new URL(links.overdue.href, "http://x").searchParams)).toEqual({ due: "overdue" });
    expect(readReportFilters(new URL(links.drafts.href, "http://x").searchParams)).toEqual({ status: "DRAFT" });
    expect(readReportFilters(new URL(links.awaitingMe.href, "http://x").searchParams)).toEqual({ mine: true });
    expect(reportLinks("SUSPICIOUS").approved.href).toBe("/reports/suspicious?status=APPROVED");
  });
});

describe("the deadline as shown", () => {
  it("counts overdue and remaining working days by the calendar, and none once filed", () => {
    const none = new Map<string, "HOLIDAY" | "WORKDAY">();
    // Due Friday 2026-11-06, today Wednesday 11-11: Mon, Tue, Wed = 3 working days late.
    expect(deadlineState("DRAFT", "2026-11-06", TODAY, none)).toEqual({ state: "overdue", workingDays: 3 });
    expect(deadlineState("APPROVED", TODAY, TODAY, none)).toEqual({ state: "today" });
    expect(deadlineState("DRAFT", "2026-11-13", TODAY, none)).toEqual({ state: "upcoming", workingDays: 2 });
    expect(deadlineState("EXPORTED", "2026-11-02", TODAY, none)).toEqual({ state: "filed" });
    expect(deadlineState("DRAFT", "2026-11-06", TODAY, new Map([["2026-11-09", "HOLIDAY"]]))).toEqual({ state: "overdue", workingDays: 2 });
  });
});
