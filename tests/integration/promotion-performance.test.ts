// The performance page's figures and the automatic guard, on the seeded population with rewards the test
// writes itself (on real seeded payments), so it does not depend on the reward worker's choices.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { promotionColumns } from "@/lib/promotions/columns";
import { emptyPromotionParams, type PromotionParams } from "@/lib/promotions/params";
import { readGuardFinding } from "@/lib/promotions/performance/finding";
import { GUARD_AUDIT_ACTION, runPromotionGuards, type GuardRun } from "@/lib/promotions/performance/guard";
import { readPerformance } from "@/lib/promotions/performance/read";
import { shanghaiDay } from "@/lib/time";
import { freshPopulation, testDb } from "@/tests/support/database";

let db: Db;
/** What a run paused among this test's promotions (the seed's own running ones are the worker's business). */
const mine = (run: GuardRun) => run.paused.filter((p) => p.id === "promo_burn");
const now = new Date("2026-11-11T06:30:00Z"); // 14:30 in Shanghai on 11.11
const DAY = 86_400_000;
const startsAt = new Date(now.getTime() - 5 * DAY); // 2026-11-06 14:30 Shanghai: complete days 11-06 .. 11-10
const endsAt = new Date(now.getTime() + 20 * DAY);

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { now });
});

afterAll(async () => {
  await db.$disconnect();
});

async function makePromotion(id: string, over: Partial<PromotionParams>): Promise<void> {
  const params: PromotionParams = { ...emptyPromotionParams(startsAt.toISOString(), endsAt.toISOString()), name: `测试活动 ${id}`, ...over };
  await db.promotion.create({ data: { id, ...promotionColumns(params), params, status: "ACTIVE", createdById: "staff_marketing" } });
  await db.promotionVersion.create({ data: { id: `${id}_v1`, promotionId: id, number: 1, params, status: "APPROVED", authorId: "staff_marketing", decidedById: "staff_manager", decidedAt: startsAt } });
  await db.promotion.update({ where: { id }, data: { liveVersionId: `${id}_v1` } });
}

/** Successful payments in [from, to), oldest first, skipping ones already rewarded by the promotion. */
async function payments(promotionId: string, from: Date, to: Date, limit: number, customers?: string[]) {
  return db.$queryRaw<{ id: bigint; wallet_id: string; customer_id: string; created_at: Date }[]>`
    SELECT t.id, t.wallet_id, w.customer_id, t.created_at FROM "transaction" t JOIN wallet w ON w.id = t.wallet_id
    WHERE t.type = 'PAYMENT' AND t.status = 'SUCCEEDED' AND t.created_at >= ${from} AND t.created_at < ${to}
      AND (${customers ?? null}::text[] IS NULL OR w.customer_id = ANY(${customers ?? null}::text[]))
      AND NOT EXISTS (SELECT 1 FROM promotion_reward r WHERE r.promotion_id = ${promotionId} AND r.transaction_id = t.id)
    ORDER BY t.created_at, t.id LIMIT ${limit}`;
}

/** Writes rewards on those payments (cash + points) and adds their cost to spent_fen, as the worker would. */
async function reward(promotionId: string, rows: { id: bigint; wallet_id: string; customer_id: string; created_at: Date }[], amountFen: number, points = 0) {
  await db.promotionReward.createMany({
    data: rows.map((t) => ({
      promotionId,
      versionId: `${promotionId}_v1`,
      source: "PAYMENT" as const,
      sourceKey: `tx:${t.id}`,
      transactionId: t.id,
      customerId: t.customer_id,
      walletId: t.wallet_id,
      day: new Date(`${shanghaiDay(t.created_at)}T00:00:00Z`),
      amountFen: BigInt(amountFen),
      points,
      costFen: BigInt(amountFen + points),
      createdAt: t.created_at,
    })),
  });
  await db.promotion.update({ where: { id: promotionId }, data: { spentFen: { increment: BigInt(rows.length * (amountFen + points)) } } });
}

/** Six rewards of ¥30 on each complete day since the start (11-06 .. 11-10). */
async function burnSixADay(promotionId: string) {
  for (let d = 0; d < 5; d++) {
    const dayStart = new Date(`2026-11-${String(6 + d).padStart(2, "0")}T00:00:00+08:00`);
    const from = d === 0 ? startsAt : dayStart;
    const rows = await payments(promotionId, from, new Date(dayStart.getTime() + DAY), 6);
    expect(rows).toHaveLength(6);
    await reward(promotionId, rows, 2_500, 500);
  }
}

describe("the automatic guard", () => {
  it("pauses a fast-burning promotion with its finding and an audit event, and never on little evidence", async () => {
    // A ¥3,000 budget, 30 rewards of ¥30 = ¥900 in 5 days: ¥180 a day against ¥2,100 left for 20 days
    // (¥105 a day): it runs out in about 11.7 days, long before the end.
    await makePromotion("promo_burn", { budgetFen: 300_000, fraudShareLimitPercent: 100 });
    // Little evidence first: one day of rewards is not enough, whatever the rate.
    const early = await payments("promo_burn", new Date("2026-11-10T00:00:00+08:00"), now, 10);
    await reward("promo_burn", early.slice(0, 10), 20_000);
    expect(mine(await runPromotionGuards(db, now))).toEqual([]);
    await db.promotionReward.deleteMany({ where: { promotionId: "promo_burn" } });
    await db.promotion.update({ where: { id: "promo_burn" }, data: { spentFen: 0n } });

    await burnSixADay("promo_burn");
    const before = await db.auditEvent.count({ where: { action: GUARD_AUDIT_ACTION } });
    const run = await runPromotionGuards(db, now);
    expect(mine(run)).toEqual([{ id: "promo_burn", kind: "BUDGET_FORECAST" }]);
    const paused = await db.promotion.findUniqueOrThrow({ where: { id: "promo_burn" } });
    expect(paused).toMatchObject({ status: "PAUSED", pauseReason: "BUDGET_FORECAST", pausedById: null, pausedAt: now, version: 1 });
    const finding = readGuardFinding(paused.guardFinding);
    // 30 rewards x ¥30 over 5 complete days = ¥180 a day; ¥2,100 left over 20 days = ¥105 a day.
    expect(finding).toMatchObject({ kind: "BUDGET_FORECAST", measured: 18_000, limit: 10_500, rewards: 30, days: 5, at: now.toISOString() });
    expect(finding?.forecastExhaustionDay).toBe(shanghaiDay(new Date(now.getTime() + (210_000 / 18_000) * DAY)));
    const events = await db.auditEvent.findMany({ where: { action: GUARD_AUDIT_ACTION, entityId: "promo_burn" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: null, entityType: "Promotion", outcome: "SUCCESS" });
    expect(events[0]!.after).toMatchObject({ status: "PAUSED", pauseReason: "BUDGET_FORECAST" });
    expect(await db.auditEvent.count({ where: { action: GUARD_AUDIT_ACTION } })).toBe(before + 1);

    // A second run finds it paused and leaves it alone.
    expect(mine(await runPromotionGuards(db, now))).toEqual([]);

    // A person resumes it (keeping the finding, as the lifecycle does): the same finding does not pause it again...
    await db.promotion.update({ where: { id: "promo_burn" }, data: { status: "ACTIVE", pauseReason: null, pausedAt: null, version: { increment: 1 } } });
    expect(mine(await runPromotionGuards(db, now))).toEqual([]);
    // ...but a faster burn does: ten more rewards yesterday bring the day forward.
    await reward("promo_burn", await payments("promo_burn", new Date("2026-11-10T00:00:00+08:00"), new Date("2026-11-11T00:00:00+08:00"), 10), 2_500, 500);
    expect(mine(await runPromotionGuards(db, now))).toEqual([{ id: "promo_burn", kind: "BUDGET_FORECAST" }]);
    const again = readGuardFinding((await db.promotion.findUniqueOrThrow({ where: { id: "promo_burn" } })).guardFinding);
    expect(again?.measured).toBe(24_000);
    expect(again!.forecastExhaustionDay! < finding!.forecastExhaustionDay!).toBe(true);
    expect(await db.auditEvent.count({ where: { action: GUARD_AUDIT_ACTION, entityId: "promo_burn" } })).toBe(2);
  });

  it("pauses when too much of the cost goes to customers with open fraud alerts", async () => {
    await makePromotion("promo_fraud", { budgetFen: 100_000_000, fraudShareLimitPercent: 10 });
    const flagged = (await db.$queryRaw<{ customer_id: string }[]>`
      SELECT DISTINCT customer_id FROM fraud_alert WHERE status IN ('OPEN', 'INVESTIGATING', 'ESCALATED') ORDER BY customer_id`).map((r) => r.customer_id);
    expect(flagged.length).toBeGreaterThan(0);
    // 20 rewards to anyone over the five days, then up to 5 more of ¥600 to flagged customers: far over the
    // 10 % limit, and past the ¥500 the guard needs before it acts on a fraud share (GUARD_MIN_FLAGGED_FEN).
    await reward("promo_fraud", await payments("promo_fraud", startsAt, now, 20), 500);
    const flaggedPayments = await payments("promo_fraud", startsAt, now, 5, flagged);
    expect(flaggedPayments.length).toBeGreaterThan(0);
    await reward("promo_fraud", flaggedPayments, 60_000);
    const performance = await readPerformance(db, "promo_fraud", now);
    const [expected] = await db.$queryRaw<{ flagged: bigint; total: bigint }[]>`
      SELECT sum(cost_fen) FILTER (WHERE customer_id IN (SELECT customer_id FROM fraud_alert WHERE status IN ('OPEN','INVESTIGATING','ESCALATED')))::bigint AS flagged,
             sum(cost_fen)::bigint AS total
      FROM promotion_reward WHERE promotion_id = 'promo_fraud'`;
    expect(performance!.fraud.flaggedCostFen).toBe(expected!.flagged);
    expect(performance!.fraud.costFen).toBe(expected!.total);

    const run = await runPromotionGuards(db, now);
    expect(run.paused).toContainEqual({ id: "promo_fraud", kind: "FRAUD_SHARE" });
    const row = await db.promotion.findUniqueOrThrow({ where: { id: "promo_fraud" } });
    expect(row).toMatchObject({ status: "PAUSED", pauseReason: "FRAUD_SHARE" });
    const finding = readGuardFinding(row.guardFinding)!;
    expect(finding.kind).toBe("FRAUD_SHARE");
    expect(finding.limit).toBe(10);
    expect(finding.measured).toBe(Number((expected!.flagged! * 1000n) / expected!.total!) / 10);
    expect(await db.auditEvent.count({ where: { action: GUARD_AUDIT_ACTION, entityId: "promo_fraud", actorId: null } })).toBe(1);
  });
});

describe("the performance page's figures equal what SQL counts", () => {
  it("rewards per day, budget burn, participants and the spend comparison", async () => {
    await makePromotion("promo_figures", { budgetFen: 50_000_000, fraudShareLimitPercent: 100 });
    await burnSixADay("promo_figures");
    await reward("promo_figures", await payments("promo_figures", new Date("2026-11-11T00:00:00+08:00"), now, 4), 1_000, 250);
    const p = (await readPerformance(db, "promo_figures", now))!;

    const daily = await db.$queryRaw<{ day: string; n: number; cash: bigint; points: bigint; cost: bigint }[]>`
      SELECT to_char(day, 'YYYY-MM-DD') AS day, count(*)::int AS n, sum(amount_fen)::bigint AS cash, sum(points)::bigint AS points, sum(cost_fen)::bigint AS cost
      FROM promotion_reward WHERE promotion_id = 'promo_figures' GROUP BY day ORDER BY day`;
    expect(p.daily.map((d) => ({ day: d.day, n: d.rewards, cash: d.cashFen, points: BigInt(d.points), cost: d.costFen }))).toEqual(daily);
    expect(daily.map((d) => d.day)).toEqual(["2026-11-06", "2026-11-07", "2026-11-08", "2026-11-09", "2026-11-10", "2026-11-11"]);

    // Burn: the actual line ends at what was spent; the plan reaches the budget on the last day.
    const [spent] = await db.$queryRaw<{ s: bigint }[]>`SELECT spent_fen AS s FROM promotion WHERE id = 'promo_figures'`;
    const today = p.burn.find((b) => b.day === "2026-11-11")!;
    expect(BigInt(today.actualFen!)).toBe(spent!.s);
    expect(p.burn.at(-1)!.planFen).toBe(50_000_000);
    expect(p.forecast.ratePerDayFen).toBe(18_000n); // the 5 complete days, not today's partial one

    // Participants: distinct customers rewarded.
    const [participants] = await db.$queryRaw<{ n: number }[]>`SELECT count(DISTINCT customer_id)::int AS n FROM promotion_reward WHERE promotion_id = 'promo_figures'`;
    expect(p.participants.at(-1)!.total).toBe(participants!.n);

    // Spend comparison: its rows are every wallet activated before the earlier window, with SQL's sums.
    const c = p.comparison!;
    expect(c.windows.start).toEqual(startsAt);
    expect(c.windows.end).toEqual(now);
    expect(c.windows.beforeStart).toEqual(new Date(startsAt.getTime() - 5 * DAY));
    const [spend] = await db.$queryRaw<{ before_p: bigint | null; during_p: bigint | null; n_p: number }[]>`
      SELECT sum(t.amount_fen) FILTER (WHERE t.created_at < ${startsAt})::bigint AS before_p,
             sum(t.amount_fen) FILTER (WHERE t.created_at >= ${startsAt})::bigint AS during_p,
             (SELECT count(DISTINCT r.customer_id)::int FROM promotion_reward r JOIN wallet w2 ON w2.customer_id = r.customer_id
               WHERE r.promotion_id = 'promo_figures' AND w2.activated_at < ${c.windows.beforeStart}) AS n_p
      FROM "transaction" t JOIN wallet w ON w.id = t.wallet_id
      WHERE t.type = 'PAYMENT' AND t.status = 'SUCCEEDED' AND t.created_at >= ${c.windows.beforeStart} AND t.created_at < ${now}
        AND w.activated_at < ${c.windows.beforeStart}
        AND w.customer_id IN (SELECT customer_id FROM promotion_reward WHERE promotion_id = 'promo_figures')`;
    expect(c.participants).toBe(spend!.n_p);
    // With every participant matched, their averages are SQL's sums over their number.
    if (c.matched === c.participants && c.matched > 0) {
      expect(c.participantsBeforeFen).toBeCloseTo(Number(spend!.before_p ?? 0n) / c.matched, 6);
      expect(c.participantsDuringFen).toBeCloseTo(Number(spend!.during_p ?? 0n) / c.matched, 6);
    }
    expect(c.matched).toBeGreaterThan(0);
    expect(c.incrementalFen).toBeCloseTo(c.incrementalPerParticipantFen * c.matched, 6);
    expect(c.incrementalPerParticipantFen).toBeCloseTo(c.participantsChangeFen - c.comparisonChangeFen, 6);
  });
});
