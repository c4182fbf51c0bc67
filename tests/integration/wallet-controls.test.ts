// The wallet controls against the database, each called as the action wrapper runs it, as a chosen staff
// member: freeze and four-eyes unfreeze, limits within policy, closing only an empty wallet, the wrong
// state refused with nothing written, a stale version told apart, and every change audited with its reason.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAsStaff } from "@/lib/actions/context";
import type { Db } from "@/lib/db/client";
import { TIER_LIMITS } from "@/lib/wallets/limits";
import { adjustWalletLimitsAction, closeWalletAction, freezeWalletAction, unfreezeWalletAction } from "@/lib/wallets/actions";
import { getWalletPanel } from "@/lib/wallets/queries";
import { demoSession } from "@/tests/support/staff";
import { freshPopulation, testDb } from "@/tests/support/database";

let db: Db;

const officer = demoSession("staff_officer");
const officer2 = demoSession("staff_officer2");
const manager = demoSession("staff_manager");

/** Active wallets handed out one per test, so no test depends on another's changes. */
let active: { id: string; tier: number }[] = [];
const take = () => {
  const next = active.shift();
  if (!next) throw new Error("the population has too few active wallets");
  return next;
};
const state = (id: string) =>
  db.wallet.findUniqueOrThrow({
    where: { id },
    select: { status: true, version: true, frozenById: true, freezeReason: true, freezeReasonCode: true, singleLimitFen: true, dailyLimitFen: true, annualLimitFen: true, balanceFen: true, closedById: true, closeReason: true },
  });
const events = (id: string) => db.auditEvent.findMany({ where: { entityType: "Wallet", entityId: id }, orderBy: { id: "asc" }, select: { action: true, actorId: true, reason: true, outcome: true, before: true, after: true } });
const REASON = "客户来电报告手机丢失，疑似账户被盗用";
const CATEGORY = "ACCOUNT_TAKEOVER";

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 120, days: 5 });
  active = await db.wallet.findMany({ where: { status: "ACTIVE" }, orderBy: { id: "asc" }, select: { id: true, tier: true } });
  expect(active.length).toBeGreaterThanOrEqual(10);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("freezing and unfreezing (four eyes)", () => {
  it("freezes with a reason; the same officer cannot unfreeze, a second one can; both are audited", async () => {
    const wallet = take();
    const frozen = await runAsStaff(officer, async () => freezeWalletAction({ walletId: wallet.id, version: (await state(wallet.id)).version, reason: REASON, reasonCode: CATEGORY }));
    expect(frozen.ok).toBe(true);
    expect(await state(wallet.id)).toMatchObject({ status: "FROZEN", frozenById: officer.id, freezeReason: REASON, freezeReasonCode: CATEGORY });

    const own = await runAsStaff(officer, async () => unfreezeWalletAction({ walletId: wallet.id, version: (await state(wallet.id)).version, reason: "已核实为本人操作" }));
    expect(own).toMatchObject({ ok: false, error: "state" });
    expect(own.ok ? "" : own.message).toContain("另一位合规人员");
    expect((await state(wallet.id)).status).toBe("FROZEN");

    const second = await runAsStaff(officer2, async () => unfreezeWalletAction({ walletId: wallet.id, version: (await state(wallet.id)).version, reason: "已电话核实为本人，解除冻结" }));
    expect(second.ok).toBe(true);
    expect(await state(wallet.id)).toMatchObject({ status: "ACTIVE", frozenById: null, freezeReason: null, freezeReasonCode: null });

    const trail = await events(wallet.id);
    expect(trail.map((e) => [e.action, e.actorId, e.outcome])).toEqual([
      ["wallet.freeze", officer.id, "SUCCESS"],
      ["wallet.unfreeze", officer2.id, "SUCCESS"],
    ]);
    expect(trail[0]!.reason).toBe(REASON);
    expect(trail[0]!.after).toMatchObject({ status: "FROZEN", freezeReasonCode: CATEGORY });
    expect(trail[1]!.before).toMatchObject({ status: "FROZEN", frozenById: officer.id, freezeReason: REASON, freezeReasonCode: CATEGORY });
  });

  it("refuses a freeze without a reason, and writes nothing", async () => {
    const wallet = take();
    const result = await runAsStaff(officer, async () => freezeWalletAction({ walletId: wallet.id, version: (await state(wallet.id)).version, reason: "冻结", reasonCode: CATEGORY }));
    expect(result).toMatchObject({ ok: false, error: "invalid", fieldErrors: { reason: expect.stringContaining("5") } });
    expect((await state(wallet.id)).status).toBe("ACTIVE");
    expect(await events(wallet.id)).toEqual([]);
  });

  it("refuses a freeze without a category (or with one not on the list), and writes nothing", async () => {
    const wallet = take();
    const version = (await state(wallet.id)).version;
    const missing = await runAsStaff(officer, () => freezeWalletAction({ walletId: wallet.id, version, reason: REASON }));
    expect(missing).toMatchObject({ ok: false, error: "invalid", fieldErrors: { reasonCode: expect.any(String) } });
    const unknown = await runAsStaff(officer, () => freezeWalletAction({ walletId: wallet.id, version, reason: REASON, reasonCode: "BECAUSE" }));
    expect(unknown).toMatchObject({ ok: false, error: "invalid", fieldErrors: { reasonCode: "请选择冻结类别。" } });
    expect(await state(wallet.id)).toMatchObject({ status: "ACTIVE", freezeReasonCode: null });
    expect((await events(wallet.id)).filter((e) => e.outcome === "SUCCESS")).toEqual([]);
  });

  it("shows the category the wallet was frozen for on the 360's panel", async () => {
    const wallet = take();
    const customer = await db.wallet.findUniqueOrThrow({ where: { id: wallet.id }, select: { customerId: true } });
    await runAsStaff(officer, async () => freezeWalletAction({ walletId: wallet.id, version: (await state(wallet.id)).version, reason: REASON, reasonCode: "AML_INVESTIGATION" }));
    const panel = (await getWalletPanel(customer.customerId))!;
    expect(panel.frozen).toMatchObject({ byId: officer.id, reasonCode: "AML_INVESTIGATION", reason: REASON });
  });

  it("tells a second officer freezing from a stale screen who froze it first", async () => {
    const wallet = take();
    const seen = (await state(wallet.id)).version;
    const results = await Promise.all([
      runAsStaff(officer, () => freezeWalletAction({ walletId: wallet.id, version: seen, reason: REASON, reasonCode: CATEGORY })),
      runAsStaff(officer2, () => freezeWalletAction({ walletId: wallet.id, version: seen, reason: REASON, reasonCode: CATEGORY })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok)!;
    const winner = results[0]!.ok ? officer : officer2;
    expect(loser).toMatchObject({ ok: false, error: "conflict" });
    expect(loser.ok ? "" : loser.message).toContain(winner.name);
    expect((await events(wallet.id)).filter((e) => e.action === "wallet.freeze")).toHaveLength(1);
  });

  it("refuses to unfreeze an active wallet, and a manager may neither freeze nor unfreeze", async () => {
    const wallet = take();
    const version = (await state(wallet.id)).version;
    expect(await runAsStaff(officer, () => unfreezeWalletAction({ walletId: wallet.id, version, reason: REASON }))).toMatchObject({ ok: false, error: "state" });
    expect(await runAsStaff(manager, () => freezeWalletAction({ walletId: wallet.id, version, reason: REASON, reasonCode: CATEGORY }))).toMatchObject({ ok: false, error: "forbidden" });
    expect((await state(wallet.id)).status).toBe("ACTIVE");
  });
});

describe("adjusting limits within policy", () => {
  it("lowers the limits with a reason and records before and after", async () => {
    const wallet = take();
    const result = await runAsStaff(officer, async () =>
      adjustWalletLimitsAction({ walletId: wallet.id, version: (await state(wallet.id)).version, singleLimit: "500", dailyLimit: "1,000.50", annualLimit: "20000", reason: "客户申请降低限额以防盗刷" }),
    );
    expect(result.ok).toBe(true);
    expect(await state(wallet.id)).toMatchObject({ singleLimitFen: 50_000n, dailyLimitFen: 100_050n, annualLimitFen: 2_000_000n });
    const [event] = await events(wallet.id);
    expect(event).toMatchObject({ action: "wallet.adjust-limits", after: { singleLimitFen: "50000", dailyLimitFen: "100050", annualLimitFen: "2000000" } });
  });

  it("refuses limits above the tier's maximum or out of order, beside the field, and writes nothing", async () => {
    const wallet = take();
    const before = await state(wallet.id);
    const maximum = TIER_LIMITS[wallet.tier as 1 | 2 | 3];
    const tooHigh = await runAsStaff(officer, () =>
      adjustWalletLimitsAction({ walletId: wallet.id, version: before.version, singleLimit: String(maximum.singleFen / 100n + 1n), dailyLimit: "100", annualLimit: "200", reason: "客户申请提高单笔限额" }),
    );
    expect(tooHigh).toMatchObject({ ok: false, error: "invalid", fieldErrors: { singleLimit: expect.stringContaining("政策上限") } });
    const outOfOrder = await runAsStaff(officer, () =>
      adjustWalletLimitsAction({ walletId: wallet.id, version: before.version, singleLimit: "300", dailyLimit: "200", annualLimit: "100", reason: "客户申请调整限额" }),
    );
    expect(outOfOrder).toMatchObject({ ok: false, fieldErrors: { singleLimit: "单笔限额不能高于日累计限额。", dailyLimit: "日累计限额不能高于年累计限额。" } });
    const notAnAmount = await runAsStaff(officer, () => adjustWalletLimitsAction({ walletId: wallet.id, version: before.version, singleLimit: "1.234", dailyLimit: "0", annualLimit: "x", reason: "客户申请调整限额" }));
    expect(notAnAmount).toMatchObject({ ok: false, fieldErrors: { singleLimit: "请输入金额（元），最多两位小数。", dailyLimit: "限额必须大于零。", annualLimit: "请输入金额（元），最多两位小数。" } });
    expect(await state(wallet.id)).toEqual(before);
    expect(await events(wallet.id)).toEqual([]);
  });
});

describe("closing a wallet", () => {
  it("closes only an empty, unfrozen wallet", async () => {
    const wallet = take();
    await db.wallet.update({ where: { id: wallet.id }, data: { balanceFen: 12_345n } });
    const withMoney = await runAsStaff(officer, async () => closeWalletAction({ walletId: wallet.id, version: (await state(wallet.id)).version, reason: "客户申请注销钱包" }));
    expect(withMoney).toMatchObject({ ok: false, error: "state" });
    expect(withMoney.ok ? "" : withMoney.message).toContain("¥123.45");

    await db.wallet.update({ where: { id: wallet.id }, data: { balanceFen: 0n } });
    await runAsStaff(officer, async () => freezeWalletAction({ walletId: wallet.id, version: (await state(wallet.id)).version, reason: REASON, reasonCode: CATEGORY }));
    const frozen = await runAsStaff(officer2, async () => closeWalletAction({ walletId: wallet.id, version: (await state(wallet.id)).version, reason: "客户申请注销钱包" }));
    expect(frozen).toMatchObject({ ok: false, error: "state" });
    await runAsStaff(officer2, async () => unfreezeWalletAction({ walletId: wallet.id, version: (await state(wallet.id)).version, reason: "已核实，解除冻结" }));

    const closed = await runAsStaff(officer2, async () => closeWalletAction({ walletId: wallet.id, version: (await state(wallet.id)).version, reason: "客户申请注销钱包" }));
    expect(closed.ok).toBe(true);
    expect(await state(wallet.id)).toMatchObject({ status: "CLOSED", closedById: officer2.id, closeReason: "客户申请注销钱包" });
    const again = await runAsStaff(officer, async () => closeWalletAction({ walletId: wallet.id, version: (await state(wallet.id)).version, reason: "客户申请注销钱包" }));
    expect(again).toMatchObject({ ok: false, error: "state" });
    expect((await events(wallet.id)).map((e) => e.action)).toEqual(["wallet.freeze", "wallet.unfreeze", "wallet.close"]);
  });

  it("refuses a change made from a screen that saw an older version", async () => {
    const wallet = take();
    const seen = (await state(wallet.id)).version;
    await runAsStaff(officer, () => adjustWalletLimitsAction({ walletId: wallet.id, version: seen, singleLimit: "100", dailyLimit: "200", annualLimit: "300", reason: "客户申请降低限额" }));
    const stale = await runAsStaff(officer2, () => adjustWalletLimitsAction({ walletId: wallet.id, version: seen, singleLimit: "150", dailyLimit: "200", annualLimit: "300", reason: "客户申请调整限额" }));
    expect(stale).toMatchObject({ ok: false, error: "conflict" });
    expect((await state(wallet.id)).singleLimitFen).toBe(10_000n);
  });
});

describe("the wallet panel", () => {
  it("shows what the limits have used today and this year: successful outgoing money only, by Shanghai day", async () => {
    const wallet = await db.wallet.findFirstOrThrow({ where: { status: "ACTIVE", transactions: { some: { type: "PAYMENT", status: "SUCCEEDED" } } }, select: { id: true, customerId: true } });
    const last = await db.transaction.findFirstOrThrow({ where: { walletId: wallet.id, type: "PAYMENT", status: "SUCCEEDED" }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
    // "Now" is one minute after the wallet's last payment, so that payment falls on "today".
    const now = new Date(last.createdAt.getTime() + 60_000);
    const panel = (await getWalletPanel(wallet.customerId, now))!;
    const outgoing = await db.transaction.findMany({ where: { walletId: wallet.id, status: "SUCCEEDED", type: { in: ["PAYMENT", "TRANSFER_OUT", "WITHDRAWAL"] }, createdAt: { lte: now } }, select: { amountFen: true, createdAt: true } });
    const day = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const sum = (rows: { amountFen: bigint }[]) => rows.reduce((total, row) => total + row.amountFen, 0n);
    expect(typeof panel.usedTodayFen).toBe("bigint");
    expect(panel.usedTodayFen).toBe(sum(outgoing.filter((row) => day(row.createdAt) === day(now))));
    expect(panel.usedTodayFen).toBeGreaterThan(0n);
    expect(panel.usedThisYearFen).toBe(sum(outgoing.filter((row) => day(row.createdAt).slice(0, 4) === day(now).slice(0, 4))));
    expect(panel.tierMaximum).toEqual({ singleFen: TIER_LIMITS[panel.tier as 1 | 2 | 3].singleFen, dailyFen: TIER_LIMITS[panel.tier as 1 | 2 | 3].dailyFen, annualFen: TIER_LIMITS[panel.tier as 1 | 2 | 3].annualFen });
  });
});
