// The large-value detector against the database: a day with planted crossings (written through the one
// transaction writer) drafts exactly the expected reports with their transactions, deadlines across the
// National Day holiday and audit events; re-running the day creates nothing; a missed day is caught up by
// the worker's chore; an open day is refused; the retention trigger refuses deleting a report.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { ownerUrlFor } from "@/lib/db/runtime-role";
import { runAsStaff } from "@/lib/actions/context";
import { dueDayFor } from "@/lib/reports/calendar/deadline";
import { addCalendarDayAction, createRuleSetAction, removeCalendarDayAction } from "@/lib/reports/rules/actions";
import { ruleSetInForce } from "@/lib/reports/rules/rule-set";
import { demoSession } from "@/tests/support/staff";
import { REPORT_AUDIT, REPORT_ENTITY } from "@/lib/reports/fields";
import { catchUpLargeValueScans, largeValueChore, scanDay, unscannedDays } from "@/lib/reports/large-value/scan";
import { recordTransactions, type NewTransaction } from "@/lib/transactions/record";
import { dateOnly, formatDateOnly } from "@/lib/time";
import { databaseUrl, freshPopulation, testDb } from "@/tests/support/database";

let db: Db;
let a: { id: string; customerId: string };
let b: { id: string; customerId: string };
const yuan = (n: number) => BigInt(Math.round(n * 100));
const LATER = new Date("2026-12-04T02:00:00Z");

function row(wallet: { id: string }, type: NewTransaction["type"], amountFen: bigint, at: string, extra: Partial<NewTransaction> = {}): NewTransaction {
  return { walletId: wallet.id, type, status: "SUCCEEDED", amountFen, channel: "APP", deviceId: "dev-lvr-test", ip: "10.1.2.3", createdAt: new Date(at), ...extra };
}

const detectEvents = () => db.auditEvent.count({ where: { action: REPORT_AUDIT.detect, entityType: REPORT_ENTITY } });
const reportsOn = (day: string) =>
  db.regulatoryReport.findMany({
    where: { kind: "LARGE_VALUE", basisDay: dateOnly(day) },
    orderBy: { reference: "asc" },
    include: { transactions: { include: { transaction: { select: { amountFen: true, createdAt: true } } } } },
  });

beforeAll(async () => {
  db = testDb();
  // The population lives in November 2026; the planted days are 09-30 and 10-01, which nothing else touches.
  await freshPopulation(db, { customers: 30, days: 3 });
  const wallets = await db.wallet.findMany({ where: { status: "ACTIVE" }, orderBy: { id: "asc" }, take: 2, select: { id: true, customerId: true } });
  expect(wallets).toHaveLength(2);
  [a, b] = wallets as [typeof a, typeof b];
  await db.$transaction((tx) =>
    recordTransactions(tx, [
      // A: two cash top-ups on 09-30 reach ¥50,000 exactly (the second a millisecond before midnight).
      row(a, "TOP_UP", yuan(30_000), "2026-09-30T09:00:00+08:00"),
      row(a, "TOP_UP", yuan(20_000), "2026-09-30T23:59:59.999+08:00"),
      // ... the next one is on 10-01 already and does not count toward 09-30.
      row(a, "TOP_UP", yuan(30_000), "2026-10-01T00:00:00+08:00"),
      // A: money out is counted apart and stays one fen below.
      row(a, "WITHDRAWAL", yuan(49_999.99), "2026-09-30T12:00:00+08:00"),
      // Cashback never counts.
      row(a, "CASHBACK", yuan(100), "2026-09-30T12:30:00+08:00"),
      // B: a USD 10,000 cross-border payment (¥71,000, far below ¥200,000) crosses by its USD amount.
      row(b, "PAYMENT", yuan(71_000), "2026-09-30T15:00:00+08:00", { crossBorder: true, country: "US", currency: "USD", originalAmountMinor: 1_000_000n, fxRate: "7.100000", merchantName: "Test Store" }),
      // B: one domestic transfer in at ¥500,000.
      row(b, "TRANSFER_IN", yuan(500_000), "2026-09-30T16:00:00+08:00", { counterpartyName: "测试对方" }),
      // B: a failed top-up never counts.
      row(b, "TOP_UP", yuan(60_000), "2026-09-30T17:00:00+08:00", { status: "FAILED" }),
      // B on 10-01 (the day the worker "missed"): a ¥50,000 cash top-up.
      row(b, "TOP_UP", yuan(50_000), "2026-10-01T10:00:00+08:00"),
    ]),
  );
});

afterAll(async () => {
  await db.$disconnect();
});

describe("scanning a day", () => {
  it("drafts one report per customer, threshold and direction that crossed, with its transactions", async () => {
    const before = await detectEvents();
    const scan = await scanDay(db, "2026-09-30", LATER);
    expect(scan.created).toBe(3);

    const reports = await reportsOn("2026-09-30");
    expect(reports.map((r) => r.detectionKey).sort()).toEqual(
      [
        `${a.customerId}|2026-09-30|CASH|IN`,
        `${b.customerId}|2026-09-30|NATURAL_CROSS_BORDER|OUT`,
        `${b.customerId}|2026-09-30|NATURAL_DOMESTIC_TRANSFER|IN`,
      ].sort(),
    );
    expect(reports.map((r) => r.reference)).toEqual(["LVR-20260930-0001", "LVR-20260930-0002", "LVR-20260930-0003"]);
    for (const report of reports) {
      expect(report.status).toBe("DRAFT");
      expect(report.draftedById).toBeNull();
      expect(report.ruleSetVersion).toBe(1);
      // Wed 09-30 + 5 working days: 10-01..07 are the National Day holiday, Sat 10-10 is a 调休 workday.
      expect(formatDateOnly(report.dueDay)).toBe("2026-10-13");
      expect(report.transactions).toHaveLength(report.transactionCount);
    }
    const cash = reports.find((r) => r.thresholdCode === "CASH")!;
    expect(cash).toMatchObject({ customerId: a.customerId, direction: "IN", totalFen: yuan(50_000), transactionCount: 2 });
    expect(cash.totalUsdCents).toBe(704_225n); // ¥30,000 -> 422535.21… + ¥20,000 -> 281690.14…, each half up
    const crossBorder = reports.find((r) => r.thresholdCode === "NATURAL_CROSS_BORDER")!;
    expect(crossBorder).toMatchObject({ customerId: b.customerId, direction: "OUT", totalFen: yuan(71_000), totalUsdCents: 1_000_000n, transactionCount: 1 });

    expect(await detectEvents()).toBe(before + 3);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: REPORT_AUDIT.detect, entityId: cash.id } });
    expect(event.actorId).toBeNull();

    const scanned = await db.largeValueScan.findUniqueOrThrow({ where: { day: dateOnly("2026-09-30") } });
    expect(scanned).toMatchObject({ ruleSetVersion: 1, reportsCreated: 3 });
  });

  it("creates nothing when the day is scanned again", async () => {
    const reports = await db.regulatoryReport.count();
    const links = await db.regulatoryReportTransaction.count();
    const events = await detectEvents();
    const again = await scanDay(db, "2026-09-30", LATER);
    expect(again).toMatchObject({ crossings: 3, created: 0 });
    expect(await db.regulatoryReport.count()).toBe(reports);
    expect(await db.regulatoryReportTransaction.count()).toBe(links);
    expect(await detectEvents()).toBe(events);
  });

  it("refuses a day that has not closed in Shanghai", async () => {
    await expect(scanDay(db, "2026-12-04", new Date("2026-12-04T15:59:59Z"))).rejects.toThrow(/not closed/);
  });
});

describe("catching up missed days", () => {
  it("scans the closed days with transactions that no scan recorded, oldest first", async () => {
    const now = new Date("2026-10-02T10:00:00+08:00");
    expect(await unscannedDays(db, now)).toEqual(["2026-10-01"]);
    expect(await largeValueChore(db, now)).toBe(1);
    // At most once a minute.
    expect(await largeValueChore(db, new Date(now.getTime() + 30_000))).toBe(0);
    expect(await unscannedDays(db, now)).toEqual([]);
    expect(await catchUpLargeValueScans(db, now)).toBe(0);

    const reports = await reportsOn("2026-10-01");
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ customerId: b.customerId, thresholdCode: "CASH", direction: "IN", totalFen: yuan(50_000), reference: "LVR-20261001-0001" });
    // A's ¥30,000 at 00:00 on 10-01 belongs to 10-01 and crosses nothing there.
    expect(formatDateOnly(reports[0]!.dueDay)).toBe("2026-10-13");
  });
});

describe("deadlines", () => {
  it("skips the holiday and counts the 调休 Saturday", async () => {
    expect(await dueDayFor(db, "2026-09-30")).toBe("2026-10-13");
    // Thu 09-24: 09-25..27 mid-autumn holiday; Mon 28, Tue 29, Wed 30, then 10-08, 10-09.
    expect(await dueDayFor(db, "2026-09-24")).toBe("2026-10-09");
    // An ordinary week: Tue 12-01 -> Tue 12-08.
    expect(await dueDayFor(db, "2026-12-01")).toBe("2026-12-08");
  });
});

describe("changing the calendar and the rules", () => {
  const lead = demoSession("staff_lead");
  const officer = demoSession("staff_officer");

  it("moves a deadline when a lead adds a holiday, and back when it is removed; an officer cannot", async () => {
    const calendarEvents = () => db.auditEvent.count({ where: { action: REPORT_AUDIT.calendarChange } });
    const before = await calendarEvents();
    expect(await dueDayFor(db, "2026-12-01")).toBe("2026-12-08");
    const refused = await runAsStaff(officer, () => addCalendarDayAction({ day: "2026-12-03", kind: "HOLIDAY", name: "测试假日" }));
    expect(refused).toMatchObject({ ok: false, error: "forbidden" });
    const bad = await runAsStaff(lead, () => addCalendarDayAction({ day: "2026-02-30", kind: "HOLIDAY", name: "测试假日" }));
    expect(bad.ok || Object.keys(bad.fieldErrors ?? {})).toEqual(["day"]);
    try {
      expect(await runAsStaff(lead, () => addCalendarDayAction({ day: "2026-12-03", kind: "HOLIDAY", name: "测试假日" }))).toMatchObject({ ok: true });
      expect(await dueDayFor(db, "2026-12-01")).toBe("2026-12-09");
      const twice = await runAsStaff(lead, () => addCalendarDayAction({ day: "2026-12-03", kind: "HOLIDAY", name: "测试假日" }));
      expect(twice.ok || Object.keys(twice.fieldErrors ?? {})).toEqual(["day"]);
    } finally {
      expect(await runAsStaff(lead, () => removeCalendarDayAction({ day: "2026-12-03" }))).toMatchObject({ ok: true });
    }
    expect(await dueDayFor(db, "2026-12-01")).toBe("2026-12-08");
    expect(await calendarEvents()).toBe(before + 2);
  });

  it("refuses a rule set that keeps records under 5 years or starts in the past, and a stale version", async () => {
    const input = {
      latestVersion: 1,
      effectiveFrom: "2099-01-01",
      thresholds: {
        CASH: { reportCode: "0501", cnyYuan: "50000", usdDollars: "10000" },
        NON_NATURAL_TRANSFER: { reportCode: "0502", cnyYuan: "2000000", usdDollars: "200000" },
        NATURAL_DOMESTIC_TRANSFER: { reportCode: "0503", cnyYuan: "500000", usdDollars: "100000" },
        NATURAL_CROSS_BORDER: { reportCode: "0504", cnyYuan: "200000", usdDollars: "10000" },
      },
      usdCnyRate: "7.2",
      deadlineWorkingDays: "5",
      retentionYears: "4",
      institutionCode: "B0308H23100001",
      institutionName: "演示银行股份有限公司",
    };
    const short = await runAsStaff(lead, () => createRuleSetAction(input));
    expect(short.ok || Object.keys(short.fieldErrors ?? {})).toEqual(["retentionYears"]);
    const past = await runAsStaff(lead, () => createRuleSetAction({ ...input, retentionYears: "5", effectiveFrom: "2020-01-01" }));
    expect(past.ok || Object.keys(past.fieldErrors ?? {})).toEqual(["effectiveFrom"]);
    const stale = await runAsStaff(lead, () => createRuleSetAction({ ...input, retentionYears: "5", latestVersion: 0 }));
    expect(stale).toMatchObject({ ok: false, error: "conflict" });
    expect(await db.reportingRuleSet.count()).toBe(1);
    // A valid future version is written and audited; the version in force today stays 1. (Configuration
    // survives resets: the test removes it again as the owner, which the runtime role could not.)
    try {
      expect(await runAsStaff(lead, () => createRuleSetAction({ ...input, retentionYears: "6" }))).toMatchObject({ ok: true, data: { version: 2 } });
      expect((await ruleSetInForce(db, "2098-12-31")).version).toBe(1);
      expect(await ruleSetInForce(db, "2099-01-01")).toMatchObject({ version: 2, usdCnyRate: 7.2, retentionYears: 6 });
    } finally {
      await db.reportingRuleSet.deleteMany({ where: { version: { gt: 1 } } });
    }
  });
});

describe("retention", () => {
  it("refuses to delete a report inside the retention period, to the owner login (trigger) and the runtime login (no DELETE grant)", async () => {
    const report = await db.regulatoryReport.findFirstOrThrow({ where: { kind: "LARGE_VALUE" }, select: { id: true } });
    // The owner login (the embedded database's only one) meets the trigger.
    const owner = createPrismaClient(ownerUrlFor(databaseUrl()));
    try {
      await expect(owner.$executeRaw`DELETE FROM regulatory_report WHERE id = ${report.id}`).rejects.toThrow(/kept for 5 years/);
    } finally {
      await owner.$disconnect();
    }
    // The console's login: on a real server with two logins it has no DELETE at all; embedded, it is the owner.
    await expect(db.$executeRaw`DELETE FROM regulatory_report WHERE id = ${report.id}`).rejects.toThrow(/kept for 5 years|permission denied for table regulatory_report/);
    expect(await db.regulatoryReport.count({ where: { id: report.id } })).toBe(1);
  });
});
