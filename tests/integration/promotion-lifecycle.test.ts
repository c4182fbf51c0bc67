// The promotion lifecycle against the database, through the action wrappers as chosen staff members: every
// transition allowed and refused (permission, state), four eyes (the author never approves, even with the
// manager role), optimistic-lock conflicts, a change to a running promotion that waits beside the live
// version, resume blocked by a changed version until its approval resumes it, and the audit rows with the
// parameter diffs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { runAsStaff } from "@/lib/actions/context";
import type { StaffSession } from "@/lib/auth/session";
import { savePromotionDraftAction } from "@/lib/promotions/editor/actions";
import {
  approvePromotionVersionAction, endPromotionAction, pausePromotionAction, rejectPromotionVersionAction, resumePromotionAction, submitPromotionVersionAction,
  withdrawPromotionVersionAction,
} from "@/lib/promotions/lifecycle/actions";
import { emptyPromotionParams, type PromotionParams } from "@/lib/promotions/params";
import { demoSession } from "@/tests/support/staff";
import { freshPopulation, testDb } from "@/tests/support/database";

let db: Db;
const marketing = demoSession("staff_marketing");
const manager = demoSession("staff_manager");
const auditor = demoSession("staff_auditor");
const marketing2: StaffSession = { id: "staff_marketing2", name: "钱晓雯", email: "marketing2@wallet.bank", roles: ["MARKETING"] };
const manager2: StaffSession = { id: "staff_manager2", name: "吴国栋", email: "manager2@wallet.bank", roles: ["MANAGER"] };
/** Holds both roles: may write and approve, but never approve what they wrote. */
const both: StaffSession = { id: "staff_both", name: "郑一帆", email: "both@wallet.bank", roles: ["MARKETING", "MANAGER"] };

const as = <T>(staff: StaffSession, fn: () => Promise<T>) => runAsStaff(staff, fn);
const day = 86_400_000;
/** One clock for the file, so two parameter sets built from the same days are equal. */
const now = Date.now();
const iso = (days: number) => new Date(now + days * day).toISOString();

function params(overrides: Partial<PromotionParams> = {}): PromotionParams {
  return { ...emptyPromotionParams(iso(2), iso(20)), name: "扫码满百返五", ...overrides };
}

async function ok<T>(result: Promise<{ ok: true; data: T } | { ok: false; message: string }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.message);
  return r.data;
}

/** A new promotion's version 1, written by `author` through the editor. */
async function draft(author: StaffSession, overrides: Partial<PromotionParams> = {}) {
  return ok(as(author, () => savePromotionDraftAction({ params: params(overrides) })));
}

/** A promotion approved and running (or scheduled), written by marketing and approved by the manager. */
async function running(overrides: Partial<PromotionParams> = {}) {
  const v1 = await draft(marketing, { startsAt: iso(-1), ...overrides });
  const submitted = await ok(as(marketing, () => submitPromotionVersionAction({ versionId: v1.versionId, rowVersion: v1.rowVersion })));
  const approved = await ok(as(manager, () => approvePromotionVersionAction({ versionId: v1.versionId, rowVersion: submitted.rowVersion! })));
  return { promotionId: v1.promotionId, versionId: v1.versionId, version: approved.version };
}

const promotionRow = (id: string) =>
  db.promotion.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, liveVersionId: true, budgetFen: true, params: true, pausedAt: true, pauseReason: true, pauseNote: true, endedAt: true } });
const versionRow = (id: string) => db.promotionVersion.findUniqueOrThrow({ where: { id }, select: { status: true, rowVersion: true, decidedById: true, rejectionReason: true } });
const audits = (promotionId: string, action: string) => db.auditEvent.findMany({ where: { entityType: "Promotion", entityId: promotionId, action }, orderBy: { id: "asc" } });

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 30, days: 3 });
  for (const staff of [marketing2, manager2, both]) await db.staffUser.create({ data: { ...staff, passwordHash: "not-for-signing-in" } });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("submitting and deciding a first version", () => {
  it("submits a draft, and the manager approves it to SCHEDULED with an audited diff", async () => {
    const v1 = await draft(marketing);
    const submitted = await ok(as(marketing, () => submitPromotionVersionAction({ versionId: v1.versionId, rowVersion: v1.rowVersion })));
    expect(submitted.status).toBe("PENDING_APPROVAL");
    expect(await versionRow(v1.versionId)).toMatchObject({ status: "PENDING_APPROVAL" });
    const [submitEvent] = await audits(v1.promotionId, "promotion.submit");
    expect(submitEvent!.before).toMatchObject({ status: "DRAFT", versionStatus: "DRAFT" });
    expect(submitEvent!.after).toMatchObject({ status: "PENDING_APPROVAL", versionNumber: 1, promotionName: "扫码满百返五", budgetFen: 10_000_000 });

    const approved = await ok(as(manager, () => approvePromotionVersionAction({ versionId: v1.versionId, rowVersion: submitted.rowVersion! })));
    expect(approved.status).toBe("SCHEDULED");
    expect(await promotionRow(v1.promotionId)).toMatchObject({ status: "SCHEDULED", liveVersionId: v1.versionId });
    expect(await versionRow(v1.versionId)).toMatchObject({ status: "APPROVED", decidedById: manager.id });
    const [approveEvent] = await audits(v1.promotionId, "promotion.approve");
    expect(approveEvent!.actorId).toBe(manager.id);
    expect(approveEvent!.after).toMatchObject({ status: "SCHEDULED", liveVersionId: v1.versionId, authorId: marketing.id, approvedById: manager.id, percentBps: 500 });
  });

  it("approves to ACTIVE when the start has passed", async () => {
    const { promotionId } = await running();
    expect((await promotionRow(promotionId)).status).toBe("ACTIVE");
  });

  it("lets any marketing colleague submit, but only the author withdraw", async () => {
    const v1 = await draft(marketing);
    const submitted = await ok(as(marketing2, () => submitPromotionVersionAction({ versionId: v1.versionId, rowVersion: v1.rowVersion })));
    const byOther = await as(marketing2, () => withdrawPromotionVersionAction({ versionId: v1.versionId, rowVersion: submitted.rowVersion! }));
    expect(byOther).toMatchObject({ ok: false, error: "forbidden" });
    const withdrawn = await ok(as(marketing, () => withdrawPromotionVersionAction({ versionId: v1.versionId, rowVersion: submitted.rowVersion! })));
    expect(withdrawn.status).toBe("DRAFT");
    expect(await versionRow(v1.versionId)).toMatchObject({ status: "DRAFT" });
    expect(await audits(v1.promotionId, "promotion.withdraw")).toHaveLength(1);
  });

  it("rejects with a reason (required), and the promotion is REJECTED until the editor saves it again", async () => {
    const v1 = await draft(marketing);
    const submitted = await ok(as(marketing, () => submitPromotionVersionAction({ versionId: v1.versionId, rowVersion: v1.rowVersion })));
    const noReason = await as(manager, () => rejectPromotionVersionAction({ versionId: v1.versionId, rowVersion: submitted.rowVersion!, reason: "no" }));
    expect(noReason).toMatchObject({ ok: false, error: "invalid" });
    const rejected = await ok(as(manager, () => rejectPromotionVersionAction({ versionId: v1.versionId, rowVersion: submitted.rowVersion!, reason: "预算过高，请减半后再提交" })));
    expect(rejected.status).toBe("REJECTED");
    expect(await versionRow(v1.versionId)).toMatchObject({ status: "REJECTED", rejectionReason: "预算过高，请减半后再提交" });
    const [event] = await audits(v1.promotionId, "promotion.reject");
    expect(event!.reason).toBe("预算过高，请减半后再提交");
    // A rejected version cannot be submitted as it is.
    const again = await as(marketing, () => submitPromotionVersionAction({ versionId: v1.versionId, rowVersion: rejected.rowVersion! }));
    expect(again).toMatchObject({ ok: false, error: "state" });
  });
});

describe("who may do what", () => {
  it("refuses each step to a role without its permission, and writes nothing", async () => {
    const v1 = await draft(marketing);
    expect(await as(auditor, () => submitPromotionVersionAction({ versionId: v1.versionId, rowVersion: v1.rowVersion }))).toMatchObject({ ok: false, error: "forbidden" });
    expect(await as(manager, () => submitPromotionVersionAction({ versionId: v1.versionId, rowVersion: v1.rowVersion }))).toMatchObject({ ok: false, error: "forbidden" });
    const submitted = await ok(as(marketing, () => submitPromotionVersionAction({ versionId: v1.versionId, rowVersion: v1.rowVersion })));
    expect(await as(marketing, () => approvePromotionVersionAction({ versionId: v1.versionId, rowVersion: submitted.rowVersion! }))).toMatchObject({ ok: false, error: "forbidden" });
    expect(await as(auditor, () => rejectPromotionVersionAction({ versionId: v1.versionId, rowVersion: submitted.rowVersion!, reason: "not mine to say" }))).toMatchObject({ ok: false, error: "forbidden" });
    expect((await versionRow(v1.versionId)).status).toBe("PENDING_APPROVAL");
    const { promotionId, version } = await running();
    expect(await as(auditor, () => pausePromotionAction({ promotionId, version, note: "auditor tries" }))).toMatchObject({ ok: false, error: "forbidden" });
    expect(await as(auditor, () => endPromotionAction({ promotionId, version, note: "auditor tries" }))).toMatchObject({ ok: false, error: "forbidden" });
    expect((await promotionRow(promotionId)).status).toBe("ACTIVE");
  });

  it("never lets the author approve or reject their own version, whatever their roles", async () => {
    const v1 = await draft(both);
    const submitted = await ok(as(both, () => submitPromotionVersionAction({ versionId: v1.versionId, rowVersion: v1.rowVersion })));
    const own = await as(both, () => approvePromotionVersionAction({ versionId: v1.versionId, rowVersion: submitted.rowVersion! }));
    expect(own).toMatchObject({ ok: false, error: "forbidden" });
    if (!own.ok) expect(own.message).toContain("自己编写");
    expect(await as(both, () => rejectPromotionVersionAction({ versionId: v1.versionId, rowVersion: submitted.rowVersion!, reason: "my own, rejecting" }))).toMatchObject({ ok: false, error: "forbidden" });
    expect((await versionRow(v1.versionId)).status).toBe("PENDING_APPROVAL");
    expect(await audits(v1.promotionId, "promotion.approve")).toHaveLength(0);
    // Another manager may.
    await ok(as(manager, () => approvePromotionVersionAction({ versionId: v1.versionId, rowVersion: submitted.rowVersion! })));
  });
});

describe("conflicts", () => {
  it("lets exactly one of two managers decide, and tells the other it was already handled", async () => {
    const v1 = await draft(marketing);
    const submitted = await ok(as(marketing, () => submitPromotionVersionAction({ versionId: v1.versionId, rowVersion: v1.rowVersion })));
    const results = await Promise.all([
      as(manager, () => approvePromotionVersionAction({ versionId: v1.versionId, rowVersion: submitted.rowVersion! })),
      as(manager2, () => rejectPromotionVersionAction({ versionId: v1.versionId, rowVersion: submitted.rowVersion!, reason: "I would reject it" })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    expect(loser).toMatchObject({ ok: false, error: "conflict" });
    if (loser && !loser.ok) expect(loser.message).toContain("已由他人处理");
    const events = [...(await audits(v1.promotionId, "promotion.approve")), ...(await audits(v1.promotionId, "promotion.reject"))];
    expect(events.filter((e) => e.outcome === "SUCCESS")).toHaveLength(1);
  });

  it("refuses a pause on a promotion version the page no longer shows", async () => {
    const { promotionId, version } = await running();
    await ok(as(manager, () => pausePromotionAction({ promotionId, version, note: "预算复核，先暂停" })));
    const stale = await as(marketing, () => pausePromotionAction({ promotionId, version, note: "我也想暂停" }));
    expect(stale).toMatchObject({ ok: false, error: "conflict" });
    if (!stale.ok) expect(stale.message).toContain("已由他人处理");
  });
});

describe("a change to a running promotion", () => {
  it("waits beside the live version, is rejected without touching it, then approved with the old version superseded", async () => {
    const { promotionId, versionId: v1 } = await running();
    const v2 = await ok(as(marketing, () => savePromotionDraftAction({ promotionId, params: params({ startsAt: iso(-1), budgetFen: 20_000_000 }) })));
    const submitted = await ok(as(marketing, () => submitPromotionVersionAction({ versionId: v2.versionId, rowVersion: v2.rowVersion })));
    expect(submitted.status).toBe("ACTIVE");
    expect(await promotionRow(promotionId)).toMatchObject({ status: "ACTIVE", liveVersionId: v1, budgetFen: 10_000_000n });

    const rejected = await ok(as(manager, () => rejectPromotionVersionAction({ versionId: v2.versionId, rowVersion: submitted.rowVersion!, reason: "先看模拟结果再加预算" })));
    expect(rejected.status).toBe("ACTIVE");
    expect(await promotionRow(promotionId)).toMatchObject({ status: "ACTIVE", liveVersionId: v1, budgetFen: 10_000_000n });

    const v3 = await ok(as(marketing, () => savePromotionDraftAction({ promotionId, params: params({ startsAt: iso(-1), budgetFen: 15_000_000 }) })));
    const submitted3 = await ok(as(marketing, () => submitPromotionVersionAction({ versionId: v3.versionId, rowVersion: v3.rowVersion })));
    await ok(as(manager, () => approvePromotionVersionAction({ versionId: v3.versionId, rowVersion: submitted3.rowVersion! })));
    expect(await promotionRow(promotionId)).toMatchObject({ status: "ACTIVE", liveVersionId: v3.versionId, budgetFen: 15_000_000n, params: expect.objectContaining({ budgetFen: 15_000_000 }) });
    expect((await versionRow(v1)).status).toBe("SUPERSEDED");
    const approvals = await audits(promotionId, "promotion.approve");
    expect(approvals.at(-1)!.before).toMatchObject({ budgetFen: 10_000_000, liveVersionId: v1 });
    expect(approvals.at(-1)!.after).toMatchObject({ budgetFen: 15_000_000, liveVersionId: v3.versionId, versionNumber: v3.number });
    // Only the changed parameter is in the diff.
    expect(Object.keys(approvals.at(-1)!.after as object)).not.toContain("percentBps");
  });

  it("refuses a version identical to the live one, and a budget below what is spent", async () => {
    const { promotionId } = await running({ budgetFen: 1_000_000 });
    await db.promotion.update({ where: { id: promotionId }, data: { spentFen: 600_000n } });
    const same = await as(marketing, () => savePromotionDraftAction({ promotionId, params: params({ startsAt: iso(-1), budgetFen: 1_000_000 }) }));
    if (same.ok) {
      // The editor may accept an unchanged draft; submitting it is refused.
      expect(await as(marketing, () => submitPromotionVersionAction({ versionId: same.data.versionId, rowVersion: same.data.rowVersion }))).toMatchObject({ ok: false, error: "state" });
      await db.promotionVersion.update({ where: { id: same.data.versionId }, data: { params: params({ startsAt: iso(-1), budgetFen: 500_000 }) } });
      const submitted = await ok(as(marketing, () => submitPromotionVersionAction({ versionId: same.data.versionId, rowVersion: same.data.rowVersion })));
      const below = await as(manager, () => approvePromotionVersionAction({ versionId: same.data.versionId, rowVersion: submitted.rowVersion! }));
      expect(below).toMatchObject({ ok: false, error: "state" });
      if (!below.ok) expect(below.message).toContain("已经使用");
    } else {
      expect(same).toMatchObject({ ok: false });
    }
    expect((await promotionRow(promotionId)).budgetFen).toBe(1_000_000n);
  });
});

describe("pause, resume and end", () => {
  it("pauses with a note and resumes to ACTIVE, audited", async () => {
    const { promotionId, version } = await running();
    const noNote = await as(marketing, () => pausePromotionAction({ promotionId, version, note: "" }));
    expect(noNote).toMatchObject({ ok: false, error: "invalid" });
    const paused = await ok(as(marketing, () => pausePromotionAction({ promotionId, version, note: "商户投诉，暂停核查" })));
    expect(await promotionRow(promotionId)).toMatchObject({ status: "PAUSED", pauseReason: "MANUAL", pauseNote: "商户投诉，暂停核查" });
    expect(await as(marketing, () => pausePromotionAction({ promotionId, version: paused.version, note: "再次暂停一下活动" }))).toMatchObject({ ok: false, error: "state" });
    const resumed = await ok(as(manager, () => resumePromotionAction({ promotionId, version: paused.version })));
    expect(resumed.status).toBe("ACTIVE");
    expect(await promotionRow(promotionId)).toMatchObject({ status: "ACTIVE", pausedAt: null, pauseReason: null });
    const [pause] = await audits(promotionId, "promotion.pause");
    expect(pause!.before).toMatchObject({ status: "ACTIVE" });
    expect(pause!.after).toMatchObject({ status: "PAUSED", pauseReason: "MANUAL" });
    expect(pause!.reason).toBe("商户投诉，暂停核查");
    expect((await audits(promotionId, "promotion.resume"))[0]!.after).toMatchObject({ status: "ACTIVE" });
  });

  it("will not resume past a changed version; approving that version resumes it", async () => {
    const { promotionId, version } = await running();
    const paused = await ok(as(marketing, () => pausePromotionAction({ promotionId, version, note: "调整返现比例" })));
    const v2 = await ok(as(marketing, () => savePromotionDraftAction({ promotionId, params: params({ startsAt: iso(-1), percentBps: 300 }) })));
    const blocked = await as(manager, () => resumePromotionAction({ promotionId, version: paused.version }));
    expect(blocked).toMatchObject({ ok: false, error: "state" });
    if (!blocked.ok) expect(blocked.message).toContain("尚未批准");
    const submitted = await ok(as(marketing, () => submitPromotionVersionAction({ versionId: v2.versionId, rowVersion: v2.rowVersion })));
    expect(submitted.status).toBe("PAUSED");
    const approved = await ok(as(manager, () => approvePromotionVersionAction({ versionId: v2.versionId, rowVersion: submitted.rowVersion! })));
    expect(approved.status).toBe("ACTIVE");
    expect(await promotionRow(promotionId)).toMatchObject({ status: "ACTIVE", liveVersionId: v2.versionId, pausedAt: null, params: expect.objectContaining({ percentBps: 300 }) });
  });

  it("ends with a note, supersedes the open version, and allows nothing after", async () => {
    const { promotionId, version } = await running();
    const v2 = await ok(as(marketing, () => savePromotionDraftAction({ promotionId, params: params({ startsAt: iso(-1), percentBps: 800 }) })));
    const ended = await ok(as(manager, () => endPromotionAction({ promotionId, version, note: "活动目标已达成，提前结束" })));
    expect(ended.status).toBe("ENDED");
    expect((await promotionRow(promotionId)).endedAt).not.toBeNull();
    expect((await versionRow(v2.versionId)).status).toBe("SUPERSEDED");
    expect(await as(manager, () => resumePromotionAction({ promotionId, version: ended.version }))).toMatchObject({ ok: false, error: "state" });
    expect(await as(marketing, () => endPromotionAction({ promotionId, version: ended.version, note: "再结束一次" }))).toMatchObject({ ok: false, error: "state" });
    const [event] = await audits(promotionId, "promotion.end");
    expect(event!.after).toMatchObject({ status: "ENDED", supersededVersions: [v2.number] });
    expect(event!.reason).toBe("活动目标已达成，提前结束");
  });
});
