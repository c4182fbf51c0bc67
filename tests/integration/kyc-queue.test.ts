// The KYC review queue against the database: filters and sorts return exactly what a plain Prisma query
// returns, keyset pages tile the result with no gap or repeat in either direction, and assignment is
// atomic, audited and refused where it must be.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { runAsStaff } from "@/lib/actions/context";
import { assignToMeAction, bulkAssignAction, takeNextAction } from "@/lib/kyc/queue/actions";
import { readQueueCounts, readQueuePage, type QueueRow } from "@/lib/kyc/queue/read";
import { decodeQueueCursor, KYC_STATUSES, queueFiltersSchema, type QueueFilters, type QueueSort } from "@/lib/kyc/queue/schemas";
import { demoSession } from "@/tests/support/staff";
import { freshPopulation, testDb } from "@/tests/support/database";

let db: Db;
let now: Date;

const officer = demoSession("staff_officer");
const officer2 = demoSession("staff_officer2");
const lead = demoSession("staff_lead");
const viewer = () => ({ viewerId: officer.id, now });
const view = (partial: Partial<QueueFilters>): QueueFilters => queueFiltersSchema.parse(partial);

beforeAll(async () => {
  db = testDb();
  ({ now } = await freshPopulation(db, { customers: 300, days: 10 }));
  // Spread risk over the submissions deterministically (the simulator leaves scoring to lib/kyc/checks),
  // flag some for a lead's second approval, and give a few open ones the same submission time, so that
  // only the id tells them apart.
  await db.$executeRaw`
    UPDATE kyc_submission SET
      risk_score = abs(hashtext(id)) % 101,
      risk_level = (CASE WHEN abs(hashtext(id)) % 101 >= 70 THEN 'HIGH' WHEN abs(hashtext(id)) % 101 >= 40 THEN 'MEDIUM' ELSE 'LOW' END)::"RiskLevel",
      approval_pending = (status = 'IN_REVIEW' AND abs(hashtext(id)) % 3 = 0)`;
  await db.$executeRaw`
    UPDATE kyc_submission SET submitted_at = ${new Date(now.getTime() - 26 * 3_600_000)}, due_at = ${new Date(now.getTime() - 2 * 3_600_000)}
    WHERE id IN (SELECT id FROM kyc_submission WHERE status = 'PENDING' ORDER BY id DESC LIMIT 5)`;
});

afterAll(async () => {
  await db.$disconnect();
});

/** Every page, following "next" cursors from the first. */
async function walkForward(filters: QueueFilters, sort: QueueSort, pageSize: number) {
  const pages: QueueRow[][] = [];
  let cursor = null;
  for (let guard = 0; guard < 500; guard++) {
    const page = await readQueuePage(db, { filters, sort, cursor }, viewer(), pageSize);
    pages.push(page.rows);
    if (!page.next) return pages;
    cursor = decodeQueueCursor(page.next, sort, "after");
  }
  throw new Error("pagination did not end");
}

/** The same view as Prisma would query it, written independently of the queue's SQL. */
async function expected(filters: QueueFilters, sort: QueueSort): Promise<string[]> {
  const open = ["PENDING", "IN_REVIEW"] as const;
  const statuses = filters.status === "open" ? [...open] : [filters.status];
  const where: Prisma.KycSubmissionWhereInput = {
    status: { in: filters.overdue ? statuses.filter((s) => (open as readonly string[]).includes(s)) : statuses },
    ...(filters.risk ? { riskLevel: filters.risk } : {}),
    ...(filters.tier ? { tierRequested: filters.tier } : {}),
    ...(filters.province ? { province: filters.province } : {}),
    ...(filters.assignee ? { assigneeId: filters.assignee === "none" ? null : filters.assignee === "me" ? officer.id : filters.assignee } : {}),
    ...(filters.overdue ? { dueAt: { lt: now } } : {}),
    ...(filters.awaitingLead ? { approvalPending: true } : {}),
  };
  const orderBy: Prisma.KycSubmissionOrderByWithRelationInput[] =
    sort === "submitted" ? [{ submittedAt: "asc" }, { id: "asc" }] : sort === "due" ? [{ dueAt: "asc" }, { id: "asc" }] : [{ riskScore: "desc" }, { submittedAt: "asc" }, { id: "asc" }];
  return (await db.kycSubmission.findMany({ where, orderBy, select: { id: true } })).map((row) => row.id);
}

const VIEWS: [string, Partial<QueueFilters>, QueueSort][] = [
  ["the open queue, oldest first", {}, "submitted"],
  ["the open queue by due time", {}, "due"],
  ["the open queue by risk score", {}, "risk"],
  ["high risk", { risk: "HIGH" }, "submitted"],
  ["medium risk, tier 3, by risk", { risk: "MEDIUM", tier: 3 }, "risk"],
  ["unassigned", { assignee: "none" }, "submitted"],
  ["assigned to me", { assignee: "me" }, "due"],
  ["assigned to a named officer, approved", { assignee: "staff_officer2", status: "APPROVED" }, "submitted"],
  ["overdue", { overdue: true }, "submitted"],
  ["overdue among decided ones: nothing", { overdue: true, status: "APPROVED" }, "submitted"],
  ["awaiting a lead's approval", { awaitingLead: true, status: "IN_REVIEW" }, "risk"],
  ["needs information", { status: "NEEDS_INFO" }, "due"],
  ["rejected, by risk", { status: "REJECTED" }, "risk"],
  ["approved, the long tab", { status: "APPROVED" }, "submitted"],
];

describe("the queue's filters and keyset pages", () => {
  it.each(VIEWS)("%s: exactly the matching submissions, in order, pages tiling the result", async (_name, partial, sort) => {
    const filters = view(partial);
    const want = await expected(filters, sort);
    const pages = await walkForward(filters, sort, 4);
    const got = pages.flat().map((row) => row.id);
    expect(got).toEqual(want);
    expect(new Set(got).size).toBe(got.length);
    for (const page of pages.slice(0, -1)) expect(page).toHaveLength(4);
  });

  it("has views worth testing: several pages in the open queue, more than one of high risk", async () => {
    expect((await expected(view({}), "submitted")).length).toBeGreaterThan(20);
    expect((await expected(view({ risk: "HIGH" }), "submitted")).length).toBeGreaterThan(4);
    expect((await expected(view({ overdue: true }), "submitted")).length).toBeGreaterThanOrEqual(5);
    expect((await expected(view({ awaitingLead: true, status: "IN_REVIEW" }), "risk")).length).toBeGreaterThan(0);
  });

  it("a province narrows to that province only", async () => {
    const [top] = await db.$queryRaw<{ province: string }[]>`SELECT province FROM kyc_submission WHERE status IN ('PENDING', 'IN_REVIEW') GROUP BY province ORDER BY count(*) DESC LIMIT 1`;
    const province = top!.province;
    const filters = view({ province });
    const rows = (await walkForward(filters, "submitted", 50)).flat();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.province === province)).toBe(true);
    expect(rows.map((row) => row.id)).toEqual(await expected(filters, "submitted"));
  });

  it.each<[QueueFilters["status"], QueueSort]>([
    ["APPROVED", "submitted"],
    ["APPROVED", "due"],
    ["open", "risk"],
    ["open", "submitted"],
    ["REJECTED", "risk"],
  ])("walking back from the last page (%s, by %s) shows the same pages, and the first page again at the start", async (status, sort) => {
    const filters = view({ status });
    const forward = await walkForward(filters, sort, 7);
    expect(forward.length).toBeGreaterThan(3);
    const last = forward.at(-1)!;
    let page = await readQueuePage(db, { filters, sort, cursor: decodeQueueCursor(forwardCursor(last[0]!, sort), sort, "before") }, viewer(), 7);
    const backward: QueueRow[][] = [page.rows];
    while (page.prev) {
      page = await readQueuePage(db, { filters, sort, cursor: decodeQueueCursor(page.prev, sort, "before") }, viewer(), 7);
      backward.unshift(page.rows);
    }
    expect(backward.map((rows) => rows.map((row) => row.id))).toEqual(forward.slice(0, -1).map((rows) => rows.map((row) => row.id)));
    expect(page.prev).toBeNull();
  });

  it("masks the customer's name and ID number in every row", async () => {
    const rows = (await walkForward(view({}), "submitted", 50)).flat();
    const full = await db.kycSubmission.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: { id: true, idNumber: true } });
    for (const row of rows) {
      const idNumber = full.find((f) => f.id === row.id)!.idNumber;
      expect(row.idNumber).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`);
      expect(row.customerName).toMatch(/^.\*+$/u);
    }
  });

  it("flags overdue open submissions and only those", async () => {
    const rows = (await walkForward(view({}), "submitted", 50)).flat();
    for (const row of rows) expect(row.overdue).toBe(row.dueAt < now);
    expect(rows.some((row) => row.overdue)).toBe(true);
    const decided = (await walkForward(view({ status: "REJECTED" }), "submitted", 50)).flat();
    expect(decided.some((row) => row.overdue)).toBe(false);
  });

  it("counts each status under the other filters, and stops counting at the cap", async () => {
    for (const partial of [{}, { risk: "HIGH" as const }, { overdue: true }, { assignee: "none" }]) {
      const filters = view(partial);
      const counts = await readQueueCounts(db, filters, viewer());
      for (const status of KYC_STATUSES) expect(counts[status], `${JSON.stringify(partial)} ${status}`).toBe((await expected({ ...filters, status }, "submitted")).length);
    }
    const capped = await readQueueCounts(db, view({}), viewer(), 5);
    expect(capped.APPROVED).toBe(6);
  });
});

function forwardCursor(row: QueueRow, sort: QueueSort): string {
  const values = sort === "risk" ? [row.riskScore, row.submittedAt.toISOString()] : [(sort === "due" ? row.dueAt : row.submittedAt).toISOString()];
  return btoa(JSON.stringify([sort, ...values, row.id])).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

const assignEvents = (id: string) => db.auditEvent.findMany({ where: { action: "kyc.assign", entityType: "KycSubmission", entityId: id }, orderBy: { id: "asc" } });

describe("taking the next submission", () => {
  it("gives two officers asking at the same moment the two oldest unassigned pending submissions, one each", async () => {
    const oldest = (await db.kycSubmission.findMany({ where: { status: "PENDING", assigneeId: null }, orderBy: [{ submittedAt: "asc" }, { id: "asc" }], take: 2, select: { id: true } })).map((r) => r.id);
    const [a, b] = await Promise.all([runAsStaff(officer, () => takeNextAction({ filters: {} })), runAsStaff(officer2, () => takeNextAction({ filters: {} }))]);
    if (!a.ok || !b.ok) throw new Error(`take next failed: ${JSON.stringify([a, b])}`);
    expect(a.data.id).not.toBe(b.data.id);
    expect([a.data.id, b.data.id].sort()).toEqual([...oldest].sort());
    const taken = await db.kycSubmission.findMany({ where: { id: { in: [a.data.id, b.data.id] } }, select: { id: true, status: true, assigneeId: true, assignedAt: true } });
    expect(taken.find((r) => r.id === a.data.id)).toMatchObject({ status: "IN_REVIEW", assigneeId: officer.id });
    expect(taken.find((r) => r.id === b.data.id)).toMatchObject({ status: "IN_REVIEW", assigneeId: officer2.id });
    expect(await assignEvents(a.data.id)).toEqual([expect.objectContaining({ actorId: officer.id, outcome: "SUCCESS", after: expect.objectContaining({ assigneeId: officer.id, via: "next" }) })]);
  });

  it("follows the officer's filters, and says so when nothing is left", async () => {
    const result = await runAsStaff(officer, () => takeNextAction({ filters: { risk: "HIGH" } }));
    if (!result.ok) throw new Error(result.message);
    expect(await db.kycSubmission.findUniqueOrThrow({ where: { id: result.data.id }, select: { riskLevel: true, assigneeId: true } })).toEqual({ riskLevel: "HIGH", assigneeId: officer.id });
    const none = await runAsStaff(officer, () => takeNextAction({ filters: { province: "没有这个省" } }));
    expect(none).toMatchObject({ ok: false, error: "not-found", message: "当前筛选条件下没有尚未分配的待审核申请。" });
  });
});

describe("assigning a submission to oneself", () => {
  it("takes an unassigned pending submission, audited, and refuses a stale version naming who took it, writing nothing", async () => {
    const row = await db.kycSubmission.findFirstOrThrow({ where: { status: "PENDING", assigneeId: null }, orderBy: { id: "asc" }, select: { id: true, version: true } });
    const first = await runAsStaff(officer2, () => assignToMeAction({ submissionId: row.id, version: row.version }));
    expect(first).toEqual({ ok: true, data: { id: row.id, version: row.version + 1 } });
    const after = await db.kycSubmission.findUniqueOrThrow({ where: { id: row.id } });
    expect(after).toMatchObject({ status: "IN_REVIEW", assigneeId: officer2.id, version: row.version + 1 });

    const audits = await db.auditEvent.count();
    const stale = await runAsStaff(officer, () => assignToMeAction({ submissionId: row.id, version: row.version }));
    expect(stale).toMatchObject({ ok: false, error: "conflict", message: "该申请已被 陈子豪 领取。" });
    expect(await db.kycSubmission.findUniqueOrThrow({ where: { id: row.id } })).toEqual(after);
    expect(await db.auditEvent.count()).toBe(audits);
    expect(await assignEvents(row.id)).toHaveLength(1);
  });

  it("refuses a version from before an unrelated change, and a decided submission", async () => {
    const row = await db.kycSubmission.findFirstOrThrow({ where: { status: "PENDING", assigneeId: null }, orderBy: { id: "desc" }, select: { id: true, version: true } });
    await db.kycSubmission.update({ where: { id: row.id }, data: { version: { increment: 1 } } });
    expect(await runAsStaff(officer, () => assignToMeAction({ submissionId: row.id, version: row.version }))).toMatchObject({ ok: false, error: "conflict" });
    expect(await db.kycSubmission.findUniqueOrThrow({ where: { id: row.id }, select: { assigneeId: true } })).toEqual({ assigneeId: null });

    const decided = await db.kycSubmission.findFirstOrThrow({ where: { status: "APPROVED" }, select: { id: true, version: true } });
    await db.kycSubmission.update({ where: { id: decided.id }, data: { assigneeId: null } });
    expect(await runAsStaff(officer, () => assignToMeAction({ submissionId: decided.id, version: decided.version }))).toMatchObject({ ok: false, error: "state" });
  });
});

describe("bulk assignment", () => {
  const pendingIds = async (n: number) => (await db.kycSubmission.findMany({ where: { status: "PENDING", assigneeId: null }, orderBy: { id: "asc" }, take: n, select: { id: true } })).map((r) => r.id);

  it("is forbidden to an officer, and changes nothing", async () => {
    const ids = await pendingIds(2);
    const result = await runAsStaff(officer, () => bulkAssignAction({ submissionIds: ids, assigneeId: officer.id }));
    expect(result).toMatchObject({ ok: false, error: "forbidden" });
    expect(await db.kycSubmission.count({ where: { id: { in: ids }, assigneeId: null } })).toBe(2);
  });

  it("hands a lead's selection to an officer in one go, with an audit event on each submission's timeline", async () => {
    const ids = await pendingIds(3);
    const inReview = await db.kycSubmission.findFirstOrThrow({ where: { status: "IN_REVIEW", assigneeId: officer.id }, select: { id: true } });
    const result = await runAsStaff(lead, () => bulkAssignAction({ submissionIds: [...ids, inReview.id], assigneeId: officer2.id }));
    expect(result).toEqual({ ok: true, data: { assigned: 4, unchanged: 0, assigneeName: "陈子豪" } });
    const rows = await db.kycSubmission.findMany({ where: { id: { in: [...ids, inReview.id] } }, select: { status: true, assigneeId: true } });
    expect(rows.every((r) => r.status === "IN_REVIEW" && r.assigneeId === officer2.id)).toBe(true);
    for (const id of ids) {
      expect(await assignEvents(id)).toEqual([expect.objectContaining({ actorId: lead.id, before: expect.objectContaining({ status: "PENDING", assigneeId: null }), after: expect.objectContaining({ status: "IN_REVIEW", assigneeId: officer2.id, via: "bulk" }) })]);
    }
    expect((await assignEvents(inReview.id)).at(-1)).toMatchObject({ before: expect.objectContaining({ assigneeId: officer.id }) });

    const again = await runAsStaff(lead, () => bulkAssignAction({ submissionIds: ids, assigneeId: officer2.id }));
    expect(again).toEqual({ ok: true, data: { assigned: 0, unchanged: 3, assigneeName: "陈子豪" } });
  });

  it("assigns all or nothing: a decided submission in the selection, or someone who cannot review, refuses the lot", async () => {
    const ids = await pendingIds(2);
    const decided = await db.kycSubmission.findFirstOrThrow({ where: { status: "REJECTED" }, select: { id: true } });
    const audits = await db.auditEvent.count({ where: { action: "kyc.assign" } });
    expect(await runAsStaff(lead, () => bulkAssignAction({ submissionIds: [...ids, decided.id], assigneeId: officer.id }))).toMatchObject({ ok: false, error: "state" });
    expect(await runAsStaff(lead, () => bulkAssignAction({ submissionIds: ids, assigneeId: "staff_marketing" }))).toMatchObject({ ok: false, error: "invalid", fieldErrors: { assigneeId: "只能分配给在职的合规专员或合规主管。" } });
    expect(await db.kycSubmission.count({ where: { id: { in: ids }, assigneeId: null, status: "PENDING" } })).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "kyc.assign" } })).toBe(audits);
  });
});
