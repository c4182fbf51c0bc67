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
