// The promotion editor's save against the database, through the action wrapper as chosen staff members:
// a new promotion with its version 1, the author's draft under its rowVersion, a new version beside a
// running one (which keeps running), a rejected promotion back to draft, the budget against what is spent,
// and invalid parameters that write nothing (no row, no audit event).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { runAsStaff } from "@/lib/actions/context";
import type { StaffSession } from "@/lib/auth/session";
import { savePromotionDraftAction } from "@/lib/promotions/editor/actions";
import { emptyPromotionParams, readParams, type PromotionParams } from "@/lib/promotions/params";
import { demoSession } from "@/tests/support/staff";
import { freshPopulation, testDb } from "@/tests/support/database";

let db: Db;
const marketing = demoSession("staff_marketing");
const manager = demoSession("staff_manager");
const auditor = demoSession("staff_auditor");
const marketing2: StaffSession = { id: "staff_marketing2", name: "钱晓雯", email: "marketing2@wallet.bank", roles: ["MARKETING"] };

const as = <T>(staff: StaffSession, fn: () => Promise<T>) => runAsStaff(staff, fn);

function cashback(overrides: Partial<PromotionParams> = {}): PromotionParams {
  return { ...emptyPromotionParams("2026-12-01T00:00:00+08:00", "2026-12-12T00:00:00+08:00"), name: "扫码满百返五", ...overrides };
}

const auditCount = () => db.auditEvent.count({ where: { entityType: "Promotion", action: { in: ["promotion.create", "promotion.save-draft"] } } });
const lastAudit = (promotionId: string) => db.auditEvent.findFirstOrThrow({ where: { entityType: "Promotion", entityId: promotionId }, orderBy: { id: "desc" } });

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 120, days: 8 });
  await db.staffUser.create({ data: { ...marketing2, passwordHash: "not-for-signing-in" } });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("creating a promotion", () => {
  it("writes the promotion, its version 1 as a draft and the audit event in one go", async () => {
    const params = cashback({ channels: ["QR"], minAmountFen: 10_000 });
    const saved = await as(marketing, () => savePromotionDraftAction({ params }));
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.data).toMatchObject({ number: 1, created: true });
    const promotion = await db.promotion.findUniqueOrThrow({ where: { id: saved.data.promotionId } });
    expect(promotion).toMatchObject({ status: "DRAFT", name: "扫码满百返五", type: "CASHBACK_PERCENT", budgetFen: 10_000_000n, createdById: marketing.id, liveVersionId: null });
    expect(readParams(promotion.params)).toEqual(params);
    const version = await db.promotionVersion.findUniqueOrThrow({ where: { id: saved.data.versionId } });
    expect(version).toMatchObject({ number: 1, status: "DRAFT", authorId: marketing.id, baseVersionId: null });
    const audit = await lastAudit(promotion.id);
    expect(audit.action).toBe("promotion.create");
    expect(audit.after).toMatchObject({ promotionName: "扫码满百返五", budgetFen: 10_000_000, versionNumber: 1 });
  });

  it("writes nothing for impossible parameters, and names the field", async () => {
    const [promotions, versions, audits] = [await db.promotion.count(), await db.promotionVersion.count(), await auditCount()];
    const perCustomer = await as(marketing, () => savePromotionDraftAction({ params: cashback({ perCustomerBudgetFen: 20_000_000 }) }));
    expect(perCustomer).toMatchObject({ ok: false, error: "invalid" });
    if (!perCustomer.ok) expect(Object.keys(perCustomer.fieldErrors ?? {})).toContain("params.perCustomerBudgetFen");
    const cap = await as(marketing, () => savePromotionDraftAction({ params: cashback({ budgetFen: 1_000, perTransactionCapFen: 2_000 }) }));
    expect(cap).toMatchObject({ ok: false, error: "invalid" });
    if (!cap.ok) expect(cap.fieldErrors?.["params.perTransactionCapFen"]).toBe("单笔返现上限不能高于活动总预算。");
    const ends = await as(marketing, () => savePromotionDraftAction({ params: cashback({ endsAt: "2026-11-30T00:00:00+08:00" }) }));
    if (!ends.ok) expect(Object.keys(ends.fieldErrors ?? {})).toContain("params.endsAt");
    const notForType = await as(marketing, () => savePromotionDraftAction({ params: cashback({ rewardFen: 500 }) }));
    expect(notForType).toMatchObject({ ok: false, error: "invalid" });
    expect([await db.promotion.count(), await db.promotionVersion.count(), await auditCount()]).toEqual([promotions, versions, audits]);
  });

  it("is for marketing only", async () => {
    expect(await as(manager, () => savePromotionDraftAction({ params: cashback() }))).toMatchObject({ ok: false, error: "forbidden" });
    expect(await as(auditor, () => savePromotionDraftAction({ params: cashback() }))).toMatchObject({ ok: false, error: "forbidden" });
  });
});

describe("saving a draft", () => {
  it("changes the author's draft under its rowVersion, and a stale form is a conflict", async () => {
    const created = await as(marketing, () => savePromotionDraftAction({ params: cashback() }));
    if (!created.ok) throw new Error(created.message);
    const { promotionId, versionId, rowVersion } = created.data;
    const changed = cashback({ name: "扫码满百返六", percentBps: 600 });
    const saved = await as(marketing, () => savePromotionDraftAction({ promotionId, versionId, rowVersion, params: changed }));
    expect(saved).toMatchObject({ ok: true, data: { versionId, number: 1, rowVersion: rowVersion + 1, created: false } });
    // Never approved: the promotion's columns follow the draft.
    expect(await db.promotion.findUniqueOrThrow({ where: { id: promotionId }, select: { name: true } })).toEqual({ name: "扫码满百返六" });
    const audit = await lastAudit(promotionId);
    expect(audit).toMatchObject({ action: "promotion.save-draft", before: { promotionName: "扫码满百返五", percentBps: 500 }, after: { promotionName: "扫码满百返六", percentBps: 600 } });
    expect(audit.after).not.toHaveProperty("budgetFen");

    const audits = await auditCount();
    const stale = await as(marketing, () => savePromotionDraftAction({ promotionId, versionId, rowVersion, params: cashback({ name: "过期的表单" }) }));
    expect(stale).toMatchObject({ ok: false, error: "conflict" });
    const other = await as(marketing2, () => savePromotionDraftAction({ promotionId, versionId, rowVersion: rowVersion + 1, params: cashback({ name: "别人的修改" }) }));
    expect(other).toMatchObject({ ok: false, error: "state" });
    const second = await as(marketing, () => savePromotionDraftAction({ promotionId, params: cashback({ name: "第二份草稿" }) }));
    expect(second).toMatchObject({ ok: false, error: "state" });
    expect(await auditCount()).toBe(audits);
    expect(await db.promotion.findUniqueOrThrow({ where: { id: promotionId }, select: { name: true } })).toEqual({ name: "扫码满百返六" });
  });
});

describe("editing a running promotion", () => {
  it("creates a new draft version based on the live one, which keeps running", async () => {
    const before = await db.promotion.findUniqueOrThrow({ where: { id: "promo_points" } });
    expect(before.status).toBe("ACTIVE");
    const live = readParams(before.params);
    const saved = await as(marketing2, () => savePromotionDraftAction({ promotionId: "promo_points", params: { ...live, multiplierX100: 300 } }));
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.data).toMatchObject({ number: 2, created: true });
    const version = await db.promotionVersion.findUniqueOrThrow({ where: { id: saved.data.versionId } });
    expect(version).toMatchObject({ status: "DRAFT", baseVersionId: before.liveVersionId, authorId: marketing2.id });
    const after = await db.promotion.findUniqueOrThrow({ where: { id: "promo_points" } });
    expect(after).toMatchObject({ status: "ACTIVE", liveVersionId: before.liveVersionId, budgetFen: before.budgetFen });
    expect(readParams(after.params).multiplierX100).toBe(live.multiplierX100);
    expect((await lastAudit("promo_points")).after).toMatchObject({ multiplierX100: 300, versionNumber: 2, status: "ACTIVE" });

    // One open version at a time.
    const again = await as(marketing, () => savePromotionDraftAction({ promotionId: "promo_points", params: { ...live, multiplierX100: 400 } }));
    expect(again).toMatchObject({ ok: false, error: "state" });
  });

  it("refuses an unchanged copy of the live version and a version beside one pending approval", async () => {
    const scheduled = await db.promotion.findUniqueOrThrow({ where: { id: "promo_newyear" } });
    const same = await as(marketing, () => savePromotionDraftAction({ promotionId: scheduled.id, params: readParams(scheduled.params) }));
    expect(same).toMatchObject({ ok: false, error: "state" });
    const pending = await db.promotionVersion.findFirst({ where: { status: "PENDING_APPROVAL", promotion: { status: { in: ["ACTIVE", "SCHEDULED", "PAUSED"] } } }, select: { promotionId: true, promotion: { select: { params: true } } } });
    if (pending) {
      const beside = await as(marketing, () => savePromotionDraftAction({ promotionId: pending.promotionId, params: { ...readParams(pending.promotion.params), name: "再改一次" } }));
      expect(beside).toMatchObject({ ok: false, error: "state" });
    }
  });

  it("refuses a budget below what is already spent, on the budget field", async () => {
    await db.promotion.update({ where: { id: "promo_newyear" }, data: { spentFen: 500_000n } });
    const params = readParams((await db.promotion.findUniqueOrThrow({ where: { id: "promo_newyear" } })).params);
    const result = await as(marketing, () => savePromotionDraftAction({ promotionId: "promo_newyear", params: { ...params, budgetFen: 400_000, perCustomerBudgetFen: null } }));
    expect(result).toMatchObject({ ok: false, error: "invalid" });
    if (!result.ok) expect(result.fieldErrors?.["params.budgetFen"]).toBe("预算不能低于已用金额。");
    await db.promotion.update({ where: { id: "promo_newyear" }, data: { spentFen: 0n } });
  });
});

describe("editing a rejected promotion", () => {
  it("makes a new draft version and puts the promotion back to draft", async () => {
    const rejected = await db.promotion.findUniqueOrThrow({ where: { id: "promo_member" } });
    expect(rejected.status).toBe("REJECTED");
    const params = { ...readParams(rejected.params), percentBps: 500, mccs: ["5411", "5812"] };
    const saved = await as(marketing, () => savePromotionDraftAction({ promotionId: rejected.id, params }));
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.data.number).toBe(2);
    const after = await db.promotion.findUniqueOrThrow({ where: { id: rejected.id } });
    expect(after.status).toBe("DRAFT");
    expect(readParams(after.params)).toEqual(params);
    expect((await lastAudit(rejected.id)).after).toMatchObject({ status: "DRAFT", percentBps: 500 });
  });
});
