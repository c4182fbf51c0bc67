import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { shanghaiDay } from "@/lib/time";
import { freshPopulation, testDb } from "@/tests/support/database";

let db: Db;

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 200, days: 30 });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("the seeded database", () => {
  it("keeps the daily rollups equal to the transactions they summarise", async () => {
    const fromRows = await db.$queryRaw<{ day: Date; type: string; n: bigint; s: bigint }[]>`
      SELECT (created_at AT TIME ZONE 'Asia/Shanghai')::date AS day, type::text, count(*) AS n, sum(amount_fen)::bigint AS s
      FROM "transaction" GROUP BY 1, 2 ORDER BY 1, 2`;
    const fromRollups = await db.$queryRaw<{ day: Date; type: string; n: bigint; s: bigint }[]>`
      SELECT day, type::text, sum(count)::bigint AS n, sum(amount_fen)::bigint AS s FROM transaction_daily_rollup GROUP BY 1, 2 ORDER BY 1, 2`;
    expect(fromRollups.length).toBeGreaterThan(30);
    expect(fromRollups).toEqual(fromRows);
  });

  it("has a document scan for every side of every submission, and never a full card number", async () => {
    const submissions = await db.kycSubmission.count();
    expect(await db.kycDocument.count()).toBe(submissions * 4);
    const cards = await db.bankCard.findMany({ select: { bin: true, last4: true } });
    for (const card of cards) {
      expect(card.bin).toMatch(/^\d{6}$/);
      expect(card.last4).toMatch(/^\d{4}$/);
    }
  });

  it("never lets an active wallet's balance go below zero and dates transactions inside the window", async () => {
    expect(await db.wallet.count({ where: { balanceFen: { lt: 0n } } })).toBe(0);
    const range = await db.transaction.aggregate({ _min: { createdAt: true }, _max: { createdAt: true } });
    expect(shanghaiDay(range._min.createdAt!) >= "2026-10-12").toBe(true);
    expect(range._max.createdAt!.getTime()).toBeLessThanOrEqual(new Date("2026-11-11T06:30:00Z").getTime());
  });
});

describe("the seeded promotions (issue 12)", () => {
  it("has a promotion in every lifecycle state, each running version approved and set live", async () => {
    const rows = await db.promotion.findMany({ select: { id: true, status: true, liveVersionId: true, pauseReason: true, guardFinding: true, versions: { select: { id: true, status: true, rejectionReason: true } } } });
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["DRAFT", "PENDING_APPROVAL", "SCHEDULED", "ACTIVE", "PAUSED", "ENDED", "REJECTED"]));
    for (const row of rows) {
      if (["SCHEDULED", "ACTIVE", "PAUSED", "ENDED"].includes(row.status)) expect(row.versions.find((v) => v.id === row.liveVersionId)?.status, row.id).toBe("APPROVED");
      else expect(row.liveVersionId, row.id).toBeNull();
    }
    // The approval demo: an active promotion with a newer version waiting, the live one still running.
    expect(rows.some((r) => r.status === "ACTIVE" && r.versions.some((v) => v.status === "PENDING_APPROVAL"))).toBe(true);
    expect(rows.find((r) => r.status === "REJECTED")?.versions[0]?.rejectionReason).toBeTruthy();
    const autoPaused = rows.find((r) => r.status === "PAUSED" && r.pauseReason === "BUDGET_FORECAST");
    expect(autoPaused?.guardFinding).toMatchObject({ kind: "BUDGET_FORECAST" });
  });

  it("has the rewards the running, paused and ended promotions earned, none from the others, none after a pause", async () => {
    const rows = await db.$queryRaw<{ id: string; status: string; rewards: bigint; late: bigint }[]>`
      SELECT p.id, p.status::text AS status, count(r.id) AS rewards,
        count(r.id) FILTER (WHERE r.created_at >= coalesce(p.paused_at, p.ended_at, p.ends_at) OR r.created_at < p.starts_at) AS late
      FROM promotion p LEFT JOIN promotion_reward r ON r.promotion_id = p.id GROUP BY p.id, p.status`;
    for (const row of rows) {
      if (["ACTIVE", "PAUSED", "ENDED"].includes(row.status)) expect(Number(row.rewards), row.id).toBeGreaterThan(0);
      else expect(Number(row.rewards), row.id).toBe(0);
      expect(Number(row.late), row.id).toBe(0);
    }
    // A paid cash reward was credited by a CASHBACK transaction naming the promotion, on the same wallet.
    const credited = await db.$queryRaw<{ wrong: bigint; n: bigint }[]>`
      SELECT count(*) AS n, count(*) FILTER (WHERE t.type <> 'CASHBACK' OR t.wallet_id <> r.wallet_id OR t.amount_fen <> r.amount_fen) AS wrong
      FROM promotion_reward r JOIN "transaction" t ON t.id = r.credit_transaction_id`;
    expect(Number(credited[0]!.n)).toBeGreaterThan(0);
    expect(Number(credited[0]!.wrong)).toBe(0);
  });

  it("keeps each budget's spent amount equal to its rewards' cost less what was clawed back, never over the budget", async () => {
    const rows = await db.$queryRaw<{ id: string; spent: bigint; budget: bigint; computed: bigint }[]>`
      SELECT p.id, p.spent_fen AS spent, p.budget_fen AS budget,
        coalesce(sum(r.cost_fen - r.clawed_back_fen - r.clawed_back_points) FILTER (WHERE r.status <> 'FORFEITED'), 0)::bigint AS computed
      FROM promotion p LEFT JOIN promotion_reward r ON r.promotion_id = p.id GROUP BY p.id`;
    for (const row of rows) {
      expect(row.spent, row.id).toBe(row.computed);
      expect(row.spent <= row.budget, row.id).toBe(true);
    }
  });

  it("holds the farming rings' sign-up bonuses for review, with the links and a fraud alert", async () => {
    const held = await db.promotionReward.findMany({ where: { status: "HELD" }, select: { customerId: true, holdLinks: true, creditTransactionId: true } });
    expect(held.length).toBeGreaterThanOrEqual(1);
    for (const reward of held) {
      expect(reward.creditTransactionId).toBeNull();
      expect(Array.isArray(reward.holdLinks) && reward.holdLinks.length > 0).toBe(true);
    }
    expect(await db.fraudAlert.count({ where: { rule: { code: "PROMOTION_FARMING" } } })).toBeGreaterThanOrEqual(1);
  });

  it("claws back the rewards of refunded payments", async () => {
    const [claws] = await db.$queryRaw<{ n: bigint; wrong: bigint }[]>`
      SELECT count(*) AS n, count(*) FILTER (WHERE f.original_transaction_id IS DISTINCT FROM r.transaction_id) AS wrong
      FROM promotion_clawback c JOIN promotion_reward r ON r.id = c.reward_id JOIN "transaction" f ON f.id = c.refund_transaction_id`;
    expect(Number(claws!.n)).toBeGreaterThanOrEqual(1);
    expect(Number(claws!.wrong)).toBe(0);
  });

  it("links refunds to the payments they give money back for", async () => {
    const [links] = await db.$queryRaw<{ refunds: bigint; linked: bigint; wrong: bigint }[]>`
      SELECT count(*) AS refunds, count(r.original_transaction_id) AS linked,
        count(*) FILTER (WHERE p.id IS NOT NULL AND (p.wallet_id <> r.wallet_id OR p.type <> 'PAYMENT' OR p.created_at >= r.created_at OR r.amount_fen > p.amount_fen)) AS wrong
      FROM "transaction" r LEFT JOIN "transaction" p ON p.id = r.original_transaction_id
      WHERE r.type = 'REFUND' AND r.fraud_pattern IS NULL`;
    expect(Number(links!.refunds)).toBeGreaterThan(10);
    expect(links!.linked).toBe(links!.refunds);
    expect(Number(links!.wrong)).toBe(0);
  });

  it("plants sign-up farming rings: new customers sharing a phone or a device", async () => {
    const phones = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM customer GROUP BY phone HAVING count(*) > 1`;
    const devices = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(DISTINCT wallet_id) AS n FROM "transaction" WHERE fraud_pattern IS NULL AND device_id IS NOT NULL AND device_id <> 'system'
      GROUP BY device_id HAVING count(DISTINCT wallet_id) > 1`;
    expect(phones.length).toBeGreaterThanOrEqual(1);
    expect(devices.length).toBeGreaterThanOrEqual(1);
  });
});

