// The KYC analytics' figures against the database: the review team's decisions, times, SLA share, reasons,
// per day and per officer equal independent counts over kyc_submission, a lead's decline of an officer's
// proposed approval is counted as an overturn of that officer (from the audit trail) and a confirmation is
// not, and the funnel reads kyc_funnel_weekly for the weeks the period overlaps.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { runAsStaff } from "@/lib/actions/context";
import { approveKycAction, confirmKycApprovalAction, declineKycApprovalAction } from "@/lib/kyc/review/actions";
import { funnelFigures, reviewTeamFigures } from "@/lib/analytics/kyc/queries";
import { demoSession } from "@/tests/support/staff";
import { freshPopulation, testDb } from "@/tests/support/database";
import { addDaysToDay, dateOnly, shanghaiDay } from "@/lib/time";

let db: Db;
const officer = demoSession("staff_officer");
const officer2 = demoSession("staff_officer2");
const lead = demoSession("staff_lead");

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 150, days: 20 });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("review team", () => {
  it("counts the period's final decisions, their times, SLA share, reasons, days and officers as the rows say", async () => {
    const rows = await db.kycSubmission.findMany({ where: { status: { in: ["APPROVED", "REJECTED"] } }, select: { status: true, submittedAt: true, decidedAt: true, checkedAt: true, decidedById: true, reasonCode: true } });
    const final = rows.map((r) => ({ ...r, at: (r.checkedAt ?? r.decidedAt)! }));
    const days = [...new Set(final.map((r) => shanghaiDay(r.at)))].sort();
    const range = { from: days[Math.floor(days.length / 3)]!, to: days.at(-1)! };
    const inRange = final.filter((r) => shanghaiDay(r.at) >= range.from && shanghaiDay(r.at) <= range.to);
    expect(inRange.length).toBeGreaterThan(10);

    const f = await reviewTeamFigures(db, range);
    expect(f.summary.decisions).toBe(inRange.length);
    expect(f.summary.approved).toBe(inRange.filter((r) => r.status === "APPROVED").length);
    expect(f.summary.rejected).toBe(inRange.filter((r) => r.status === "REJECTED").length);
    const waits = inRange.map((r) => (r.at.getTime() - r.submittedAt.getTime()) / 1000).sort((a, b) => a - b);
    expect(f.summary.withinSla).toBe(waits.filter((s) => s <= 24 * 3600).length);
    // percentile_cont: linear interpolation between the closest ranks.
    const cont = (p: number) => {
      const x = p * (waits.length - 1);
      const lo = Math.floor(x);
      return waits[lo]! + (waits[Math.min(lo + 1, waits.length - 1)]! - waits[lo]!) * (x - lo);
    };
    expect(f.summary.medianSeconds).toBeCloseTo(cont(0.5), 1);
    expect(f.summary.p90Seconds).toBeCloseTo(cont(0.9), 1);
    expect(f.reasons.reduce((n, r) => n + r.count, 0)).toBe(f.summary.rejected);
    expect(f.perDay[0]!.day).toBe(range.from);
    expect(f.perDay.at(-1)!.day).toBe(range.to);
    expect(f.perDay.reduce((n, d) => n + d.approved + d.rejected, 0)).toBe(inRange.length);
    for (const o of f.officers) expect(o.decisions).toBe(inRange.filter((r) => r.decidedById === o.staffId).length);
    expect(f.officers.reduce((n, o) => n + o.decisions, 0)).toBe(inRange.length);
    expect(f.officers.find((o) => o.staffId === "staff_officer")?.name).toBe(officer.name);
  });

  it("says a period without decisions has none", async () => {
    const f = await reviewTeamFigures(db, { from: "2001-01-01", to: "2001-01-07" });
    expect(f.summary).toMatchObject({ decisions: 0, medianSeconds: null, p90Seconds: null, leadReviews: 0, overturned: 0 });
    expect(f.perDay).toHaveLength(7);
    expect(f.officers).toEqual([]);
  });

  it("counts a lead's decline of an officer's proposed approval as that officer's overturn, and a confirmation not", async () => {
    const open = await db.kycSubmission.findMany({ where: { status: { in: ["PENDING", "IN_REVIEW"] }, customer: { wallet: { status: "PENDING_KYC" } } }, orderBy: { id: "asc" }, take: 2, select: { id: true } });
    expect(open).toHaveLength(2);
    await db.kycSubmission.updateMany({ where: { id: { in: open.map((o) => o.id) } }, data: { riskLevel: "HIGH", checkResults: [] } });
    const version = async (id: string) => (await db.kycSubmission.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
    const [a, b] = open as [{ id: string }, { id: string }];
    expect(await runAsStaff(officer, async () => approveKycAction({ submissionId: a.id, version: await version(a.id) }))).toMatchObject({ ok: true, data: { outcome: "proposed" } });
    expect(await runAsStaff(officer2, async () => approveKycAction({ submissionId: b.id, version: await version(b.id) }))).toMatchObject({ ok: true, data: { outcome: "proposed" } });
    expect(await runAsStaff(lead, async () => declineKycApprovalAction({ submissionId: a.id, version: await version(a.id), reasonCode: "SUSPECTED_FRAUD" }))).toMatchObject({ ok: true });
    expect(await runAsStaff(lead, async () => confirmKycApprovalAction({ submissionId: b.id, version: await version(b.id) }))).toMatchObject({ ok: true });

    const today = shanghaiDay(new Date());
    const f = await reviewTeamFigures(db, { from: today, to: today });
    expect(f.summary).toMatchObject({ leadReviews: 2, overturned: 1 });
    expect(f.officers.find((o) => o.staffId === officer.id)).toMatchObject({ leadReviews: 1, overturned: 1 });
    expect(f.officers.find((o) => o.staffId === officer2.id)).toMatchObject({ leadReviews: 1, overturned: 0 });
    // The declined proposal is the lead's decision (a rejection); the confirmed one is officer2's approval.
    expect(f.officers.find((o) => o.staffId === lead.id)!.rejected).toBeGreaterThanOrEqual(1);
    expect(f.reasons.find((r) => r.code === "SUSPECTED_FRAUD")?.count).toBeGreaterThanOrEqual(1);
  });
});

describe("funnel", () => {
  it("reads the weeks the period overlaps and converts each step", async () => {
    await db.kycFunnelWeekly.deleteMany({ where: { week: { in: [dateOnly("2026-11-02"), dateOnly("2026-11-09"), dateOnly("2026-11-16")] } } });
    const row = (week: string, registered: number, kycSubmitted: number, approved: number, walletActive: number, cardLinked: number, firstPayment: number) => ({ week: dateOnly(week), registered, kycSubmitted, approved, walletActive, cardLinked, firstPayment, refreshedAt: new Date() });
    await db.kycFunnelWeekly.createMany({ data: [row("2026-11-02", 100, 90, 80, 70, 60, 30), row("2026-11-09", 50, 40, 30, 30, 20, 10), row("2026-11-16", 10, 10, 10, 10, 10, 10)] });
    // Wednesday 4th to Tuesday 10th: the weeks of the 2nd and the 9th.
    const f = await funnelFigures(db, { range: { from: "2026-11-04", to: "2026-11-10" } }, "2026-12-10");
    expect(f.cohorts.map((c) => c.week)).toEqual(["2026-11-02", "2026-11-09"]);
    expect(f.total).toEqual({ registered: 150, kycSubmitted: 130, approved: 110, walletActive: 100, cardLinked: 80, firstPayment: 40 });
    expect(f.steps[1]!.ofPrevious).toBeCloseTo(130 / 150);
    expect(f.steps[5]!.ofRegistered).toBeCloseTo(40 / 150);
    expect(f.cohorts.map((c) => c.maturing)).toEqual([false, true]);
    expect(addDaysToDay(f.toWeek, 0)).toBe("2026-11-09");
  });
});
