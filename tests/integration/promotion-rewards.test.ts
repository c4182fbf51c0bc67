// Rewards applied by the scoring worker (lib/promotions/rewards): a batch pays each eligible payment once
// with a CASHBACK credit, a batch scored twice or killed before its commit pays once, a refund claws back
// the refunded share, the activation bonus is swept once per customer, the lifecycle clock starts and ends
// promotions as the system, and several workers (separate clients) on one nearly exhausted budget pay it
// exactly, never a fen over, with per-customer caps exact too. Run against real PostgreSQL as well as the
// embedded database (which serialises sessions): DATABASE_URL=... npx vitest run <this file>.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { drainScoring, runWorker } from "@/lib/fraud/worker/run";
import { scoreBatch } from "@/lib/fraud/worker/score";
import { claimBatch } from "@/lib/fraud/worker/claim";
import { cutBatches } from "@/lib/fraud/worker/cursor";
import { advancePromotionClock } from "@/lib/promotions/lifecycle-clock";
import { promotionColumns } from "@/lib/promotions/columns";
import { emptyPromotionParams, readParams, type PromotionParams } from "@/lib/promotions/params";
import { applyRewards, sweepBonuses } from "@/lib/promotions/rewards";
import { recordTransactions, type NewTransaction } from "@/lib/transactions/record";
import { databaseUrl, freshPopulation, testDb } from "@/tests/support/database";

let db: Db;
let wallets: { id: string; customer_id: string }[];
const DAY = 86_400_000;
let serial = 0;

async function makePromotion(overrides: Partial<PromotionParams>, status: "ACTIVE" | "SCHEDULED" | "PAUSED" = "ACTIVE", spentFen = 0n): Promise<string> {
  const now = Date.now();
  const params = readParams({
    ...emptyPromotionParams(new Date(now - DAY).toISOString(), new Date(now + 10 * DAY).toISOString()),
    name: `测试活动 ${++serial}`,
    ...overrides,
  });
  const id = `promo_test_${serial}`;
  await db.promotion.create({ data: { id, ...promotionColumns(params), params, status, spentFen, createdById: "staff_marketing" } });
  await db.promotionVersion.create({ data: { id: `${id}_v1`, promotionId: id, number: 1, params, status: "APPROVED", authorId: "staff_marketing", decidedById: "staff_manager", decidedAt: new Date() } });
  await db.promotion.update({ where: { id }, data: { liveVersionId: `${id}_v1` } });
  return id;
}

function payment(walletId: string, amountFen: bigint, extra: Partial<NewTransaction> = {}): NewTransaction {
  return {
    walletId, type: "PAYMENT", status: "SUCCEEDED", amountFen, channel: "QR", merchantName: "测试超市", mcc: "5411",
    deviceId: `dev_test_${walletId}`, ip: "10.0.0.1", createdAt: new Date(Date.now() - 60_000), ...extra,
  };
}

async function write(rows: NewTransaction[]): Promise<void> {
  await db.$transaction((tx) => recordTransactions(tx, rows));
}

async function rewardsOf(promotionId: string) {
  return db.promotionReward.findMany({ where: { promotionId }, orderBy: { createdAt: "asc" } });
}

async function spent(promotionId: string): Promise<bigint> {
  return (await db.promotion.findUniqueOrThrow({ where: { id: promotionId }, select: { spentFen: true } })).spentFen;
}

async function balances(walletIds: string[]): Promise<Map<string, { fen: bigint; points: bigint }>> {
  const rows = await db.wallet.findMany({ where: { id: { in: walletIds } }, select: { id: true, balanceFen: true, pointsBalance: true } });
  return new Map(rows.map((w) => [w.id, { fen: w.balanceFen, points: w.pointsBalance }]));
}

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 60, days: 10 });
  // The seeded calendar stays out of the way: each test runs its own promotions.
  await db.promotion.updateMany({ where: { status: { in: ["ACTIVE", "PAUSED", "SCHEDULED"] } }, data: { status: "ENDED" } });
  wallets = await db.$queryRaw`SELECT id, customer_id FROM wallet WHERE status = 'ACTIVE' ORDER BY id LIMIT 24`;
  expect(wallets.length).toBeGreaterThanOrEqual(12);
});

beforeEach(async () => {
  await drainScoring(db);
  await db.promotion.updateMany({ where: { status: { in: ["ACTIVE", "PAUSED", "SCHEDULED"] } }, data: { status: "ENDED" } });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("paying rewards in the scoring batch", () => {
  it("credits each eligible payment once, with a CASHBACK transaction, the wallet and spent_fen moved together", async () => {
    const promo = await makePromotion({ type: "CASHBACK_PERCENT", percentBps: 500, perTransactionCapFen: 2_000, minAmountFen: 1_000 });
    const points = await makePromotion({ type: "POINTS_MULTIPLIER", percentBps: null, perTransactionCapFen: null, multiplierX100: 200, stackable: true });
    const [a, b] = [wallets[0]!, wallets[1]!];
    const before = await balances([a.id, b.id]);
    await write([payment(a.id, 10_000n), payment(a.id, 500n), payment(b.id, 100_000n), payment(b.id, 9_999n, { status: "FAILED" })]);
    await drainScoring(db);

    const rewards = await rewardsOf(promo);
    expect(rewards.map((r) => r.amountFen).sort((x, y) => (x < y ? -1 : 1))).toEqual([500n, 2_000n]);
    expect(rewards.every((r) => r.status === "PAID" && r.creditTransactionId !== null && r.source === "PAYMENT")).toBe(true);
    const credits = await db.transaction.findMany({ where: { id: { in: rewards.map((r) => r.creditTransactionId!) } } });
    expect(credits.map((c) => [c.type, c.status, c.channel, c.deviceId])).toEqual(credits.map(() => ["CASHBACK", "SUCCEEDED", "APP", "system"]));
    for (const r of rewards) expect(credits.find((c) => c.id === r.creditTransactionId)!.originalTransactionId).toBe(r.transactionId);
    expect(await spent(promo)).toBe(2_500n);

    // Points: 1 extra point per whole yuan on every successful payment (100 + 5 + 1000 yuan).
    const pointRewards = await rewardsOf(points);
    expect(pointRewards.reduce((n, r) => n + r.points, 0)).toBe(100 + 5 + 1_000);
    expect(pointRewards.every((r) => r.creditTransactionId === null && r.amountFen === 0n)).toBe(true);
    expect(await spent(points)).toBe(1_105n);

    const after = await balances([a.id, b.id]);
    expect(after.get(a.id)!.fen - before.get(a.id)!.fen).toBe(500n);
    expect(after.get(b.id)!.fen - before.get(b.id)!.fen).toBe(2_000n);
    expect(after.get(a.id)!.points - before.get(a.id)!.points).toBe(105n);
    expect(after.get(b.id)!.points - before.get(b.id)!.points).toBe(1_000n);

    // The same batch again (a lease stolen, a rerun): nothing more.
    const [range] = await db.$queryRaw<{ from_id: bigint; to_id: bigint }[]>`
      SELECT min(id) - 1 AS from_id, max(id) AS to_id FROM "transaction" WHERE id IN (SELECT transaction_id FROM promotion_reward WHERE promotion_id = ${promo})`;
    const again = await db.$transaction((tx) => applyRewards(tx, { fromId: range!.from_id, toId: range!.to_id }));
    expect(again.rewards).toBe(0);
    expect(await spent(promo)).toBe(2_500n);
    expect((await balances([a.id])).get(a.id)).toEqual(after.get(a.id));
  });

  it("a payment scored again keeps its stacking: the non-stackable promotion that paid it still excludes the next one", async () => {
    const first = await makePromotion({ type: "CASHBACK_FIXED", percentBps: null, perTransactionCapFen: null, thresholdFen: 1_000, rewardFen: 100, priority: 1 });
    const second = await makePromotion({ type: "CASHBACK_FIXED", percentBps: null, perTransactionCapFen: null, thresholdFen: 1_000, rewardFen: 200, priority: 2 });
    await write([payment(wallets[8]!.id, 3_000n)]);
    await drainScoring(db);
    expect(await rewardsOf(first)).toHaveLength(1);
    expect(await rewardsOf(second)).toHaveLength(0);
    const [reward] = await rewardsOf(first);
    const again = await db.$transaction((tx) => applyRewards(tx, { fromId: reward!.transactionId! - 1n, toId: reward!.transactionId! }));
    expect(again.rewards).toBe(0);
    expect(await rewardsOf(second)).toHaveLength(0);
  });

  it("pays nothing when the batch's commit fails, and pays once when the batch is scored again", async () => {
    const promo = await makePromotion({ type: "CASHBACK_FIXED", percentBps: null, perTransactionCapFen: null, thresholdFen: 3_000, rewardFen: 300 });
    await write([payment(wallets[2]!.id, 5_000n), payment(wallets[3]!.id, 6_000n)]);
    await cutBatches(db, 1_000);
    const batch = await claimBatch(db, "killer", 60_000);
    expect(batch).not.toBeNull();
    await expect(
      scoreBatch(db, batch!, {
        afterAlerts: async () => {
          throw new Error("killed before commit");
        },
      }),
    ).rejects.toThrow("killed before commit");
    expect(await rewardsOf(promo)).toHaveLength(0);
    expect(await spent(promo)).toBe(0n);
    await db.$executeRaw`UPDATE scoring_batch SET status = 'PENDING', worker_id = NULL, leased_until = NULL WHERE id = ${batch!.id}`;
    await drainScoring(db);
    expect(await rewardsOf(promo)).toHaveLength(2);
    expect(await spent(promo)).toBe(600n);
  });

  it("skips a promotion whose per-day and per-customer limits are used, and trims the last reward to the budget", async () => {
    const promo = await makePromotion({ type: "CASHBACK_FIXED", percentBps: null, perTransactionCapFen: null, thresholdFen: 1_000, rewardFen: 300, maxRewardsPerCustomerPerDay: 2, budgetFen: 1_000 });
    const w = wallets[4]!;
    const v = wallets[5]!;
    await write([payment(w.id, 2_000n), payment(w.id, 2_000n), payment(w.id, 2_000n), payment(v.id, 2_000n), payment(v.id, 2_000n)]);
    await drainScoring(db);
    const rewards = await rewardsOf(promo);
    expect(rewards.filter((r) => r.walletId === w.id)).toHaveLength(2);
    expect(rewards.map((r) => r.costFen)).toEqual([300n, 300n, 300n, 100n]);
    expect(await spent(promo)).toBe(1_000n);
  });
});

describe("claw-backs", () => {
  it("a partial refund takes back its share, a full refund the rest; once each", async () => {
    const promo = await makePromotion({ type: "CASHBACK_PERCENT", percentBps: 1_000, perTransactionCapFen: 5_000 });
    const w = wallets[6]!;
    await write([payment(w.id, 10_001n)]);
    await drainScoring(db);
    const [reward] = await rewardsOf(promo);
    expect(reward!.amountFen).toBe(1_000n);
    const before = (await balances([w.id])).get(w.id)!;

    const refund = (amountFen: bigint): NewTransaction => ({
      walletId: w.id, type: "REFUND", status: "SUCCEEDED", amountFen, channel: "QR", merchantName: "测试超市", deviceId: "merchant", ip: "10.0.0.2",
      originalTransactionId: reward!.transactionId!, createdAt: new Date(),
    });
    await write([refund(3_000n)]);
    await drainScoring(db);
    let after = await db.promotionReward.findUniqueOrThrow({ where: { id: reward!.id } });
    // floor(1000 * 3000 / 10001) = 299
    expect(after.clawedBackFen).toBe(299n);
    expect(after.status).toBe("PAID");
    expect(await spent(promo)).toBe(1_000n - 299n);
    const debit = await db.transaction.findFirstOrThrow({ where: { type: "CASHBACK_CLAWBACK", originalTransactionId: reward!.creditTransactionId! } });
    expect(debit.amountFen).toBe(299n);
    expect((await balances([w.id])).get(w.id)!.fen).toBe(before.fen - 299n);

    await write([refund(7_001n)]);
    await drainScoring(db);
    after = await db.promotionReward.findUniqueOrThrow({ where: { id: reward!.id } });
    expect(after.clawedBackFen).toBe(1_000n);
    expect(after.status).toBe("CLAWED_BACK");
    expect(await spent(promo)).toBe(0n);
    expect((await balances([w.id])).get(w.id)!.fen).toBe(before.fen - 1_000n);
    const clawbacks = await db.promotionClawback.findMany({ where: { rewardId: reward!.id }, orderBy: { refundTransactionId: "asc" } });
    expect(clawbacks.map((c) => c.amountFen)).toEqual([299n, 701n]);
    expect(clawbacks.every((c) => c.debitTransactionId !== null)).toBe(true);

    // Scoring the refunds' batches again claws back nothing more.
    const [range] = await db.$queryRaw<{ to_id: bigint }[]>`SELECT max(id) AS to_id FROM "transaction"`;
    const again = await db.$transaction((tx) => applyRewards(tx, { fromId: reward!.transactionId!, toId: range!.to_id }));
    expect(again.clawbacks).toBe(0);
    expect((await db.promotionClawback.count({ where: { rewardId: reward!.id } }))).toBe(2);
  });

  it("points come back too, and a held reward whose payment is refunded is forfeited with its budget returned", async () => {
    const points = await makePromotion({ type: "POINTS_MULTIPLIER", percentBps: null, perTransactionCapFen: null, multiplierX100: 300 });
    const w = wallets[7]!;
    await write([payment(w.id, 10_000n), payment(w.id, 20_000n)]);
    await drainScoring(db);
    const [first, second] = await rewardsOf(points);
    expect([first!.points, second!.points]).toEqual([200, 400]);
    // The second one as the abuse guard would have left it: held, its cost reserved, nothing credited.
    await db.$transaction([
      db.promotionReward.update({ where: { id: second!.id }, data: { status: "HELD", holdLinks: [{ kind: "DEVICE", customerId: "C_other", rewardId: null }] } }),
      db.wallet.update({ where: { id: w.id }, data: { pointsBalance: { decrement: 400 } } }),
    ]);
    const before = (await balances([w.id])).get(w.id)!;
    const refund = (original: bigint, amountFen: bigint): NewTransaction => ({
      walletId: w.id, type: "REFUND", status: "SUCCEEDED", amountFen, channel: "QR", deviceId: "merchant", ip: "10.0.0.2", originalTransactionId: original, createdAt: new Date(),
    });
    await write([refund(first!.transactionId!, 10_000n), refund(second!.transactionId!, 5_000n)]);
    await drainScoring(db);
    const [a, b] = await Promise.all([db.promotionReward.findUniqueOrThrow({ where: { id: first!.id } }), db.promotionReward.findUniqueOrThrow({ where: { id: second!.id } })]);
    expect([a.status, a.clawedBackPoints]).toEqual(["CLAWED_BACK", 200]);
    expect(b.status).toBe("FORFEITED");
    expect((await balances([w.id])).get(w.id)!.points).toBe(before.points - 200n);
    expect(await spent(points)).toBe(0n);
  });
});

describe("bonuses and the clock", () => {
  it("sweeps wallet activations inside the window once per customer", async () => {
    const now = Date.now();
    const ids = wallets.slice(8, 12).map((w) => w.id);
    await db.wallet.updateMany({ where: { id: { in: ids } }, data: { activatedAt: new Date(now - 3_600_000) } });
    const promo = await makePromotion({ type: "SIGNUP_BONUS", percentBps: null, perTransactionCapFen: null, bonusTrigger: "WALLET_ACTIVATION", rewardFen: 1_000, budgetFen: 3_500 });
    const first = await sweepBonuses(db);
    expect(first.rewards).toBeGreaterThanOrEqual(4);
    const rewards = await rewardsOf(promo);
    expect(rewards.every((r) => r.sourceKey === `customer:${r.customerId}` && r.source === "WALLET_ACTIVATION")).toBe(true);
    expect(rewards.reduce((s, r) => s + r.costFen, 0n)).toBe(3_500n);
    expect(await spent(promo)).toBe(3_500n);
    const credits = await db.transaction.findMany({ where: { id: { in: rewards.flatMap((r) => (r.creditTransactionId ? [r.creditTransactionId] : [])) } } });
    expect(credits.every((c) => c.type === "CASHBACK" && c.originalTransactionId === null)).toBe(true);
    expect((await sweepBonuses(db)).rewards).toBe(0);
  });

  it("starts a scheduled promotion and ends one whose window closed, audited as the system", async () => {
    const now = Date.now();
    const scheduled = await makePromotion({ startsAt: new Date(now - 60_000).toISOString(), endsAt: new Date(now + DAY).toISOString() }, "SCHEDULED");
    const closing = await makePromotion({ startsAt: new Date(now - 2 * DAY).toISOString(), endsAt: new Date(now - 1_000).toISOString() }, "PAUSED");
    const run = await advancePromotionClock(db, new Date(now));
    expect(run.started).toContain(scheduled);
    expect(run.ended).toContain(closing);
    expect((await db.promotion.findUniqueOrThrow({ where: { id: scheduled } })).status).toBe("ACTIVE");
    const ended = await db.promotion.findUniqueOrThrow({ where: { id: closing } });
    expect([ended.status, ended.endedById]).toEqual(["ENDED", null]);
    const events = await db.auditEvent.findMany({ where: { entityId: { in: [scheduled, closing] } }, orderBy: { id: "asc" } });
    expect(new Set(events.map((e) => e.action))).toEqual(new Set(["promotion.start", "promotion.end"]));
    expect(events.every((e) => e.actorId === null)).toBe(true);
    expect((await advancePromotionClock(db, new Date(now))).started).not.toContain(scheduled);
  });
});

describe("several workers on one nearly exhausted budget", () => {
  it("pay the budget exactly, never a fen over, and per-customer caps exactly", async () => {
    const budgetFen = 50_000;
    // 1,000 fen left when the run starts; 300 per payment, so the last reward is trimmed to 100.
    const promo = await makePromotion({ type: "CASHBACK_FIXED", percentBps: null, perTransactionCapFen: null, thresholdFen: 1_000, rewardFen: 300, budgetFen }, "ACTIVE", 49_000n);
    // A stackable one with caps: 2 rewards per customer, 250 fen per customer.
    const capped = await makePromotion({ type: "CASHBACK_FIXED", percentBps: null, perTransactionCapFen: null, thresholdFen: 1_000, rewardFen: 150, maxRewardsPerCustomer: 2, perCustomerBudgetFen: 250, budgetFen: 1_000_000, stackable: true, priority: 10 });
    const rows: NewTransaction[] = [];
    const crowd = wallets.slice(12, 24);
    for (let i = 0; i < 120; i++) rows.push(payment(crowd[i % crowd.length]!.id, 2_000n + BigInt(i), { createdAt: new Date(Date.now() - 120_000 + i * 100) }));
    await write(rows);
    await cutBatches(db, 5);
    const clients = Array.from({ length: 4 }, () => createPrismaClient(databaseUrl()));
    try {
      await Promise.all(clients.map((client, i) => runWorker(client, { once: true, workerId: `racer-${i}`, cacheWallets: 0 })));
    } finally {
      await Promise.all(clients.map((c) => c.$disconnect()));
    }
    const racers = await db.$queryRaw<{ worker_id: string }[]>`
      SELECT DISTINCT worker_id FROM scoring_batch WHERE status = 'DONE' AND worker_id LIKE 'racer-%'`;
    expect(racers.length).toBeGreaterThanOrEqual(2);
    await drainScoring(db);

    const rewards = await rewardsOf(promo);
    expect(rewards.reduce((s, r) => s + r.costFen, 0n)).toBe(1_000n);
    expect(await spent(promo)).toBe(BigInt(budgetFen));
    expect(rewards.filter((r) => r.costFen === 100n)).toHaveLength(1);

    const cappedRewards = await rewardsOf(capped);
    const perCustomer = new Map<string, { n: number; fen: bigint }>();
    for (const r of cappedRewards) {
      const e = perCustomer.get(r.customerId) ?? { n: 0, fen: 0n };
      e.n += 1;
      e.fen += r.costFen;
      perCustomer.set(r.customerId, e);
    }
    expect(perCustomer.size).toBe(crowd.length);
    for (const { n, fen } of perCustomer.values()) expect([n, fen]).toEqual([2, 250n]);
    expect(await spent(capped)).toBe(250n * BigInt(crowd.length));

    // Every paid reward has exactly one credit; the wallets got exactly what the rewards say.
    const [check] = await db.$queryRaw<{ credits: bigint; rewards: bigint }[]>`
      SELECT (SELECT count(*) FROM "transaction" t WHERE t.type = 'CASHBACK' AND t.id IN (SELECT credit_transaction_id FROM promotion_reward WHERE promotion_id IN (${promo}, ${capped}))) AS credits,
             (SELECT count(*) FROM promotion_reward WHERE promotion_id IN (${promo}, ${capped}) AND amount_fen > 0) AS rewards`;
    expect(check!.credits).toBe(check!.rewards);
  });
});
