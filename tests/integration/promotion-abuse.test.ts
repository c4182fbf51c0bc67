// The sign-up farming guard and the review of held rewards against the database. The guard is called as
// the reward worker calls it (inside the batch's transaction, before writing); the test writes the rewards
// the way the worker does (PAID with a CASHBACK credit, or HELD with the cost reserved and the links), so
// it does not depend on the worker's own code. Then a manager releases (pays) or forfeits (budget back),
// through the action wrapper, each audited; a second decision is a conflict naming who decided first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { runAsStaff } from "@/lib/actions/context";
import { recordTransactions } from "@/lib/transactions/record";
import { emptyPromotionParams } from "@/lib/promotions/params";
import { promotionColumns } from "@/lib/promotions/columns";
import { FARMING_RULE_ID, findFarmingLinks } from "@/lib/promotions/abuse/links";
import type { FarmingCandidate, HoldLink } from "@/lib/promotions/abuse/types";
import { forfeitHeldRewardAction, releaseHeldRewardAction } from "@/lib/promotions/abuse/actions";
import { countHeldRewards, listHeldRewards } from "@/lib/promotions/abuse/queries";
import { activeRuleVersions } from "@/lib/fraud/scoring/versions";
import { shanghaiDay, dateOnly } from "@/lib/time";
import { applyRewards } from "@/lib/promotions/rewards";
import { demoSession } from "@/tests/support/staff";
import { freshPopulation, testDb } from "@/tests/support/database";

let db: Db;
const manager = demoSession("staff_manager");
const marketing = demoSession("staff_marketing");
const NOW = new Date("2026-11-11T06:30:00Z");

interface Person {
  customerId: string;
  walletId: string;
}
let people: Person[] = [];
const take = (): Person => {
  const next = people.shift();
  if (!next) throw new Error("the population has too few active wallets");
  return next;
};

let promotionId = "";
let versionId = "";

/** A payment of `amountFen` from the person's wallet on `deviceId`; its id. */
async function pay(person: Person, deviceId: string, amountFen = 10_000n): Promise<bigint> {
  return db.$transaction(async (tx) => {
    await recordTransactions(tx, [{ walletId: person.walletId, type: "PAYMENT", status: "SUCCEEDED", amountFen, channel: "QR", merchantName: "测试超市", mcc: "5411", deviceId, ip: "10.0.0.1", createdAt: NOW }]);
    const [row] = await tx.$queryRaw<{ id: bigint }[]>`SELECT currval(pg_get_serial_sequence('"transaction"', 'id')) AS id`;
    return row!.id;
  });
}

const candidate = (person: Person, transactionId: bigint): FarmingCandidate => ({ sourceKey: `tx:${transactionId}`, customerId: person.customerId, walletId: person.walletId, transactionId, at: NOW });

/**
 * What the worker does for one promotion's candidates: ask the guard, then write each reward PAID (with a
 * CASHBACK credit and the balance) or HELD (cost reserved, nothing credited, the links kept). 500 fen each.
 */
async function reward(candidates: FarmingCandidate[]): Promise<Map<string, HoldLink[]>> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM promotion WHERE id = ${promotionId} FOR UPDATE`;
    const links = await findFarmingLinks(tx, promotionId, candidates);
    for (const c of candidates) {
      const held = links.get(c.sourceKey);
      let creditTransactionId: bigint | null = null;
      if (!held) {
        await recordTransactions(tx, [{ walletId: c.walletId, type: "CASHBACK", status: "SUCCEEDED", amountFen: 500n, channel: "APP", merchantName: "farming test", deviceId: "system", ip: "0.0.0.0", originalTransactionId: c.transactionId, createdAt: NOW }]);
        const [row] = await tx.$queryRaw<{ id: bigint }[]>`SELECT currval(pg_get_serial_sequence('"transaction"', 'id')) AS id`;
        creditTransactionId = row!.id;
        await tx.$executeRaw`UPDATE wallet SET balance_fen = balance_fen + 500 WHERE id = ${c.walletId}`;
      }
      await tx.promotionReward.create({
        data: {
          promotionId,
          versionId,
          source: c.transactionId ? "PAYMENT" : "WALLET_ACTIVATION",
          sourceKey: c.sourceKey,
          transactionId: c.transactionId,
          customerId: c.customerId,
          walletId: c.walletId,
          day: dateOnly(shanghaiDay(c.at)),
          amountFen: 500n,
          points: 0,
          costFen: 500n,
          status: held ? "HELD" : "PAID",
          creditTransactionId,
          holdLinks: held ? (held as unknown as object[]) : undefined,
        },
      });
      await tx.$executeRaw`UPDATE promotion SET spent_fen = spent_fen + 500 WHERE id = ${promotionId}`;
    }
    return links;
  });
}

const rewardOf = (sourceKey: string) => db.promotionReward.findUniqueOrThrow({ where: { promotionId_sourceKey: { promotionId, sourceKey } } });
const spent = async () => (await db.promotion.findUniqueOrThrow({ where: { id: promotionId }, select: { spentFen: true } })).spentFen;
const balance = async (walletId: string) => (await db.wallet.findUniqueOrThrow({ where: { id: walletId }, select: { balanceFen: true } })).balanceFen;

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 120, days: 5 });
  // People with an active wallet and nothing in common with anyone else: the seed's own farming rings (if
  // any) stay out of the way.
  people = await db.$queryRaw<Person[]>`
    SELECT c.id AS "customerId", w.id AS "walletId" FROM customer c JOIN wallet w ON w.customer_id = c.id
    WHERE w.status = 'ACTIVE'
      AND NOT EXISTS (SELECT 1 FROM customer o WHERE o.id <> c.id AND (o.phone = c.phone OR o.id_number = c.id_number))
      AND NOT EXISTS (SELECT 1 FROM bank_card mc JOIN bank_card oc ON oc.bin = mc.bin AND oc.last4 = mc.last4 AND oc.holder_name = mc.holder_name AND oc.wallet_id <> mc.wallet_id WHERE mc.wallet_id = w.id)
      AND NOT EXISTS (SELECT 1 FROM "transaction" t JOIN "transaction" t2 ON t2.device_id = t.device_id AND t2.wallet_id <> t.wallet_id
                      WHERE t.wallet_id = w.id AND t.type IN ('PAYMENT', 'TOP_UP', 'TRANSFER_OUT', 'WITHDRAWAL') AND t2.type IN ('PAYMENT', 'TOP_UP', 'TRANSFER_OUT', 'WITHDRAWAL'))
    ORDER BY c.id`;
  expect(people.length).toBeGreaterThanOrEqual(14);
  const params = { ...emptyPromotionParams("2026-11-01T00:00:00+08:00", "2026-12-01T00:00:00+08:00"), name: "套利防护测试活动" };
  const promotion = await db.promotion.create({ data: { ...promotionColumns(params), params, status: "ACTIVE", createdById: marketing.id } });
  const version = await db.promotionVersion.create({ data: { promotionId: promotion.id, number: 1, params, status: "APPROVED", authorId: marketing.id, decidedById: manager.id, decidedAt: NOW } });
  await db.promotion.update({ where: { id: promotion.id }, data: { liveVersionId: version.id } });
  promotionId = promotion.id;
  versionId = version.id;
});

afterAll(async () => {
  await db.$disconnect();
});

describe("the farming guard", () => {
  it("holds the second of two customers sharing a device, links it to the first's reward, and raises a fraud alert", async () => {
    const a = take();
    const b = take();
    const txA = await pay(a, "dev-farm-1");
    const first = await reward([candidate(a, txA)]);
    expect(first.size).toBe(0);
    const rewardA = await rewardOf(`tx:${txA}`);
    expect(rewardA.status).toBe("PAID");

    const txB = await pay(b, "dev-farm-1");
    const balanceBefore = await balance(b.walletId);
    const second = await reward([candidate(b, txB)]);
    expect(second.get(`tx:${txB}`)).toEqual([{ kind: "DEVICE", customerId: a.customerId, rewardId: rewardA.id }]);
    const rewardB = await rewardOf(`tx:${txB}`);
    expect(rewardB).toMatchObject({ status: "HELD", creditTransactionId: null, holdLinks: [{ kind: "DEVICE", customerId: a.customerId, rewardId: rewardA.id }] });
    expect(await balance(b.walletId)).toBe(balanceBefore);

    const alert = await db.fraudAlert.findFirstOrThrow({ where: { ruleId: FARMING_RULE_ID, customerId: b.customerId }, include: { rule: true } });
    expect(alert).toMatchObject({ transactionId: txB, walletId: b.walletId, status: "OPEN", severity: "HIGH", characteristic: "SHARED_IDENTITY", amountFen: 10_000n });
    expect(alert.rule.code).toBe("PROMOTION_FARMING");
    const explanation = alert.explanation as { "zh-CN": string; en: string };
    expect(explanation["zh-CN"]).toContain(a.customerId);
    expect(explanation["zh-CN"]).toContain("设备");
    expect(explanation.en).toContain("device");
    // The linked customer's name is masked in the explanation.
    const nameA = (await db.customer.findUniqueOrThrow({ where: { id: a.customerId } })).name;
    expect(explanation["zh-CN"]).not.toContain(nameA);
    expect(explanation["zh-CN"]).toContain(`${nameA.slice(0, 1)}*`);
    // A raised rule: scoring never runs it.
    expect((await activeRuleVersions(db)).map((v) => v.code)).not.toContain("PROMOTION_FARMING");
  });

  it("links batch-mates: the later of two customers sharing a phone is held, the earlier paid", async () => {
    const c = take();
    const d = take();
    const phone = (await db.customer.findUniqueOrThrow({ where: { id: c.customerId } })).phone;
    await db.customer.update({ where: { id: d.customerId }, data: { phone } });
    const [txC, txD] = [await pay(c, "dev-own-c"), await pay(d, "dev-own-d")];
    const links = await reward([candidate(c, txC), candidate(d, txD)]);
    expect(links.has(`tx:${txC}`)).toBe(false);
    expect(links.get(`tx:${txD}`)).toEqual([{ kind: "PHONE", customerId: c.customerId, rewardId: null }]);
    expect((await rewardOf(`tx:${txC}`)).status).toBe("PAID");
    expect((await rewardOf(`tx:${txD}`)).status).toBe("HELD");
  });

  it("links a shared resident ID number and a shared bank card (BIN, last four and holder)", async () => {
    const e = take();
    const f = take();
    const g = take();
    const txE = await pay(e, "dev-own-e");
    await reward([candidate(e, txE)]);
    const rewardE = await rewardOf(`tx:${txE}`);
    const idNumber = (await db.customer.findUniqueOrThrow({ where: { id: e.customerId } })).idNumber;
    await db.customer.update({ where: { id: f.customerId }, data: { idNumber } });
    await db.bankCard.create({ data: { id: "card_farm_e", walletId: e.walletId, bankName: "招商银行", bin: "622588", last4: "4321", cardType: "DEBIT", holderName: "共用卡" } });
    await db.bankCard.create({ data: { id: "card_farm_g", walletId: g.walletId, bankName: "招商银行", bin: "622588", last4: "4321", cardType: "DEBIT", holderName: "共用卡" } });
    const [txF, txG] = [await pay(f, "dev-own-f"), await pay(g, "dev-own-g")];
    const links = await reward([candidate(f, txF), candidate(g, txG)]);
    expect(links.get(`tx:${txF}`)).toEqual([{ kind: "ID_NUMBER", customerId: e.customerId, rewardId: rewardE.id }]);
    expect(links.get(`tx:${txG}`)).toEqual([{ kind: "CARD", customerId: e.customerId, rewardId: rewardE.id }]);
  });

  it("does not link customers through transactions the bank writes (CASHBACK on the system device), nor customers the promotion never rewarded", async () => {
    const h = take();
    const i = take();
    const j = take();
    // h shares a device with j, but j was never rewarded by this promotion.
    await pay(j, "dev-shared-unrewarded");
    const txH = await pay(h, "dev-shared-unrewarded");
    const txI = await pay(i, "dev-own-i");
    // h got a CASHBACK on the "system" device, as the customers paid above did: that links nobody.
    await db.$transaction((tx) => recordTransactions(tx, [{ walletId: h.walletId, type: "CASHBACK", status: "SUCCEEDED", amountFen: 100n, channel: "APP", merchantName: "其他活动", deviceId: "system", ip: "0.0.0.0", createdAt: NOW }]));
    const links = await reward([candidate(h, txH), candidate(i, txI)]);
    expect(links.size).toBe(0);
  });

  it("counts and lists held rewards with their links and the linked customers' names", async () => {
    const held = await listHeldRewards(db, promotionId);
    expect(held.count).toBe(4);
    expect(await countHeldRewards(db, promotionId)).toBe(4);
    expect(held.rows).toHaveLength(4);
    expect(held.rows[0]!.links[0]).toMatchObject({ kind: "DEVICE" });
    expect(held.rows[0]!.links[0]!.customerName).toBeTruthy();
  });
});

describe("reviewing held rewards", () => {
  it("releases: pays the CASHBACK, credits the wallet, PAID with the reviewer, budget unchanged, audited; a second decision is a conflict", async () => {
    const [first] = (await listHeldRewards(db, promotionId)).rows;
    const before = { spent: await spent(), balance: await balance(first!.walletId) };
    const released = await runAsStaff(manager, () => releaseHeldRewardAction({ rewardId: first!.id, note: "已电话核实：两位客户为同住家人，分别使用本人账户" }));
    expect(released).toMatchObject({ ok: true, data: { rewardId: first!.id, promotionId, status: "PAID" } });
    const row = await db.promotionReward.findUniqueOrThrow({ where: { id: first!.id } });
    expect(row).toMatchObject({ status: "PAID", reviewedById: manager.id, reviewNote: "已电话核实：两位客户为同住家人，分别使用本人账户" });
    expect(row.creditTransactionId).not.toBeNull();
    const credit = await db.transaction.findUniqueOrThrow({ where: { id: row.creditTransactionId! } });
    expect(credit).toMatchObject({ type: "CASHBACK", status: "SUCCEEDED", amountFen: 500n, walletId: first!.walletId, originalTransactionId: first!.transactionId });
    expect(await balance(first!.walletId)).toBe(before.balance + 500n);
    expect(await spent()).toBe(before.spent);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: "Promotion", entityId: promotionId, action: "reward.release" } });
    expect(audit).toMatchObject({ actorId: manager.id, reason: "已电话核实：两位客户为同住家人，分别使用本人账户" });
    expect(audit.after).toMatchObject({ rewardId: first!.id, status: "PAID" });

    const again = await runAsStaff(manager, () => forfeitHeldRewardAction({ rewardId: first!.id, note: "重复操作" }));
    expect(again).toMatchObject({ ok: false, error: "conflict" });
    expect(again.ok ? "" : again.message).toContain(manager.name);
    expect((await db.promotionReward.findUniqueOrThrow({ where: { id: first!.id } })).status).toBe("PAID");
  });

  it("forfeits: FORFEITED, nothing credited, the reserved cost back in the budget, audited", async () => {
    const [next] = (await listHeldRewards(db, promotionId)).rows;
    const before = { spent: await spent(), balance: await balance(next!.walletId) };
    const forfeited = await runAsStaff(manager, () => forfeitHeldRewardAction({ rewardId: next!.id, note: "同一身份证多开账户领取，作废" }));
    expect(forfeited).toMatchObject({ ok: true, data: { status: "FORFEITED" } });
    expect(await db.promotionReward.findUniqueOrThrow({ where: { id: next!.id } })).toMatchObject({ status: "FORFEITED", creditTransactionId: null, reviewedById: manager.id });
    expect(await spent()).toBe(before.spent - 500n);
    expect(await balance(next!.walletId)).toBe(before.balance);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: "Promotion", entityId: promotionId, action: "reward.forfeit" } });
    expect(audit.after).toMatchObject({ rewardId: next!.id, status: "FORFEITED" });
  });

  it("refuses marketing (reward:review is the manager's) and a missing note, writing nothing", async () => {
    const [next] = (await listHeldRewards(db, promotionId)).rows;
    const refused = await runAsStaff(marketing, () => releaseHeldRewardAction({ rewardId: next!.id, note: "放行" }));
    expect(refused).toMatchObject({ ok: false, error: "forbidden" });
    const noNote = await runAsStaff(manager, () => releaseHeldRewardAction({ rewardId: next!.id, note: " " }));
    expect(noNote).toMatchObject({ ok: false, error: "invalid" });
    expect((await db.promotionReward.findUniqueOrThrow({ where: { id: next!.id } })).status).toBe("HELD");
  });
});

describe("through the reward worker", () => {
  it("applyRewards asks the guard: of two customers paying on one device in one batch, the second is HELD, linked, alerted", async () => {
    const k = take();
    const l = take();
    const txK = await pay(k, "dev-worker-farm");
    const txL = await pay(l, "dev-worker-farm");
    const totals = await db.$transaction((tx) => applyRewards(tx, { fromId: txK - 1n, toId: txL }));
    // The seed's running promotions may reward (and hold) these payments too: only this promotion is judged here.
    expect(totals.held).toBeGreaterThanOrEqual(1);
    const paid = await rewardOf(`tx:${txK}`);
    const held = await rewardOf(`tx:${txL}`);
    expect(paid.status).toBe("PAID");
    expect(held).toMatchObject({ status: "HELD", creditTransactionId: null, holdLinks: [{ kind: "DEVICE", customerId: k.customerId, rewardId: null }] });
    expect(await db.fraudAlert.count({ where: { ruleId: FARMING_RULE_ID, transactionId: txL, customerId: l.customerId } })).toBe(1);
  });
});
