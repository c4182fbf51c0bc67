// Simulations against the database: a fixed cashback without caps replayed over the demo's stored payments
// costs, counts and reaches exactly what SQL computed independently says (per day and per fraud-alerted
// customer too); a small budget runs out on the day of the payment that spends its last fen; a run stops
// when cancelled, is handed back after its slice and resumed with the same result, and is started again by
// whoever takes it over once stale. Starting checks the window and the version's state.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { runAsStaff } from "@/lib/actions/context";
import type { StaffSession } from "@/lib/auth/session";
import { drainScoring } from "@/lib/fraud/worker/run";
import type { Prisma } from "@/lib/generated/prisma/client";
import { promotionColumns } from "@/lib/promotions/columns";
import { emptyPromotionParams, type PromotionParams } from "@/lib/promotions/params";
import { cancelSimulationAction, startSimulationAction } from "@/lib/promotions/simulation/actions";
import { latestSimulationOf } from "@/lib/promotions/simulation/read";
import { runPendingSimulations } from "@/lib/promotions/simulation/runner";
import { windowOf } from "@/lib/promotions/simulation/window";
import { shanghaiDay } from "@/lib/time";
import { demoSession } from "@/tests/support/staff";
import { databaseUrl, freshPopulation, testDb } from "@/tests/support/database";

let db: Db;
const marketing = demoSession("staff_marketing");
const auditor = demoSession("staff_auditor");
const as = <T>(staff: StaffSession, fn: () => Promise<T>) => runAsStaff(staff, fn);

const FROM = "2026-10-28";
const TO = "2026-11-08";
const THRESHOLD = 5_000;
const REWARD = 300;

function fixedCashback(overrides: Partial<PromotionParams> = {}): PromotionParams {
  return {
    ...emptyPromotionParams("2027-01-01T00:00:00+08:00", "2027-01-08T00:00:00+08:00"),
    name: "满 50 返 3",
    type: "CASHBACK_FIXED",
    percentBps: null,
    perTransactionCapFen: null,
    thresholdFen: THRESHOLD,
    rewardFen: REWARD,
    budgetFen: 1_000_000_000,
    ...overrides,
  };
}

let sequence = 0;
/** A promotion with one version in the given state (the simulation ignores the promotion's own status). */
async function versionWith(params: PromotionParams, status: "DRAFT" | "REJECTED" = "DRAFT"): Promise<string> {
  const id = `promo_simtest_${++sequence}`;
  await db.promotion.create({ data: { id, ...promotionColumns(params), params: params as unknown as Prisma.InputJsonValue, status: "DRAFT", createdById: marketing.id } });
  const version = await db.promotionVersion.create({ data: { promotionId: id, number: 1, params: params as unknown as Prisma.InputJsonValue, status, authorId: marketing.id }, select: { id: true } });
  return version.id;
}

async function start(versionId: string, fromDay = FROM, toDay = TO): Promise<string> {
  const r = await as(marketing, () => startSimulationAction({ versionId, fromDay, toDay }));
  if (!r.ok) throw new Error(`start refused: ${r.message}`);
  return r.data.simulationId;
}

const qualifying = (from: Date, to: Date) => db.$queryRaw<{ id: bigint; customer_id: string; created_at: Date }[]>`
  SELECT t.id, w.customer_id, t.created_at FROM "transaction" t JOIN wallet w ON w.id = t.wallet_id
  WHERE t.type = 'PAYMENT' AND t.status = 'SUCCEEDED' AND t.amount_fen >= ${THRESHOLD} AND t.created_at >= ${from} AND t.created_at < ${to}
  ORDER BY t.created_at, t.id`;

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 150, days: 20 });
  // Fraud alerts for the share of cost to alerted customers.
  await drainScoring(db, { backdate: true, workerId: "promotion-simulation-test" });
}, 300_000);

afterAll(async () => {
  await db.$disconnect();
});

describe("what a simulation predicts", () => {
  it("a fixed cashback without caps pays every qualifying payment of the window, as SQL counts them", async () => {
    const versionId = await versionWith(fixedCashback());
    const id = await start(versionId);
    expect(await runPendingSimulations(db, { connectionString: databaseUrl(), chunkSize: 97 })).toBe(1);
    const run = await latestSimulationOf(db, versionId);
    expect(run).toMatchObject({ id, status: "DONE" });
    const { from, to } = windowOf(FROM, TO);
    const rows = await qualifying(from, to);
    expect(rows.length).toBeGreaterThan(20);
    const r = run!.result!;
    expect(r.rewards).toBe(rows.length);
    expect(r.costFen).toBe(String(rows.length * REWARD));
    expect(r.cashFen).toBe(r.costFen);
    expect(r.points).toBe(0);
    expect(r.customers).toBe(new Set(rows.map((x) => x.customer_id)).size);
    expect(r.exhaustedDay).toBeNull();
    const perDay: Record<string, number> = {};
    for (const x of rows) perDay[shanghaiDay(x.created_at)] = (perDay[shanghaiDay(x.created_at)] ?? 0) + 1;
    expect(Object.fromEntries(Object.entries(r.days).map(([d, f]) => [d, f.rewards]))).toEqual(perDay);

    const alerted = await db.$queryRaw<{ customer_id: string; confirmed: boolean }[]>`
      SELECT customer_id, bool_or(status = 'CONFIRMED') AS confirmed FROM fraud_alert WHERE created_at < ${to} GROUP BY customer_id`;
    const flagged = new Map(alerted.map((a) => [a.customer_id, a.confirmed]));
    const toAlerted = rows.filter((x) => flagged.has(x.customer_id));
    expect(toAlerted.length).toBeGreaterThan(0);
    expect(r.alertedCostFen).toBe(String(toAlerted.length * REWARD));
    expect(r.confirmedCostFen).toBe(String(toAlerted.filter((x) => flagged.get(x.customer_id)).length * REWARD));
    expect(r.alertedCustomers).toBe(new Set(toAlerted.map((x) => x.customer_id)).size);
    expect(run!.progress).toBe(run!.total);
  });

  it("a small budget runs out on the day of the payment that spends its last fen", async () => {
    const { from, to } = windowOf(FROM, TO);
    const rows = await qualifying(from, to);
    // Ten whole rewards and half of the eleventh, which the rules trim to what is left.
    const versionId = await versionWith(fixedCashback({ budgetFen: REWARD * 10 + REWARD / 2 }));
    await start(versionId);
    await runPendingSimulations(db, { connectionString: databaseUrl(), chunkSize: 50 });
    const r = (await latestSimulationOf(db, versionId))!.result!;
    expect(r.costFen).toBe(String(REWARD * 10 + REWARD / 2));
    expect(r.rewards).toBe(11);
    expect(r.exhaustedDay).toBe(shanghaiDay(rows[10]!.created_at));
  });

  it("caps a customer's rewards per customer as the rules count them", async () => {
    const versionId = await versionWith(fixedCashback({ maxRewardsPerCustomer: 1 }));
    await start(versionId);
    await runPendingSimulations(db, { connectionString: databaseUrl() });
    const { from, to } = windowOf(FROM, TO);
    const customers = new Set((await qualifying(from, to)).map((x) => x.customer_id)).size;
    const r = (await latestSimulationOf(db, versionId))!.result!;
    expect(r.rewards).toBe(customers);
    expect(r.customers).toBe(customers);
  });
});

describe("running a simulation", () => {
  it("stops when cancelled between chunks", async () => {
    const versionId = await versionWith(fixedCashback());
    const id = await start(versionId);
    await runPendingSimulations(db, {
      connectionString: databaseUrl(),
      chunkSize: 20,
      afterChunk: async (simulationId, progress) => {
        if (progress === 20) expect(await as(marketing, () => cancelSimulationAction({ simulationId }))).toMatchObject({ ok: true, data: { status: "RUNNING" } });
      },
    });
    const run = await latestSimulationOf(db, versionId);
    expect(run).toMatchObject({ id, status: "CANCELLED", progress: 20 });
    expect(await as(marketing, () => cancelSimulationAction({ simulationId: id }))).toMatchObject({ ok: false, error: "state" });
    const queued = await start(versionId);
    expect(await as(marketing, () => cancelSimulationAction({ simulationId: queued }))).toMatchObject({ ok: true, data: { status: "CANCELLED" } });
    const audit = await db.auditEvent.findMany({ where: { entityType: "PromotionSimulation", entityId: { in: [id, queued] } }, select: { action: true } });
    expect(audit.map((a) => a.action).sort()).toEqual(["promotion.simulation-cancel", "promotion.simulation-cancel", "promotion.simulation-start", "promotion.simulation-start"]);
  });

  it("is handed back after its slice and resumed with the same result; a stale run is started again by whoever takes it", async () => {
    const whole = await versionWith(fixedCashback({ maxRewardsPerCustomerPerDay: 1 }));
    await start(whole);
    await runPendingSimulations(db, { connectionString: databaseUrl() });
    const reference = (await latestSimulationOf(db, whole))!.result!;

    const sliced = await versionWith(fixedCashback({ maxRewardsPerCustomerPerDay: 1 }));
    const id = await start(sliced);
    await runPendingSimulations(db, { connectionString: databaseUrl(), chunkSize: 30, sliceMs: 0 });
    expect(await latestSimulationOf(db, sliced)).toMatchObject({ id, status: "RUNNING", progress: 30 });
    await runPendingSimulations(db, { connectionString: databaseUrl(), chunkSize: 30, sliceMs: 0, maxRuns: 1 });
    expect(await latestSimulationOf(db, sliced)).toMatchObject({ status: "RUNNING", progress: 60 });
    // Its runner "dies": the heartbeat goes stale, and the next runner starts it again from the beginning.
    await db.promotionSimulation.update({ where: { id }, data: { heartbeatAt: new Date(Date.now() - 60_000) } });
    await runPendingSimulations(db, { connectionString: databaseUrl(), chunkSize: 30 });
    const after = (await latestSimulationOf(db, sliced))!;
    expect(after.status).toBe("DONE");
    expect({ ...after.result!, cursor: null }).toEqual({ ...reference, cursor: null });
  });

  it("refuses a future window, one too long, a decided version, and a role without promotion:simulate", async () => {
    const versionId = await versionWith(fixedCashback());
    expect(await as(marketing, () => startSimulationAction({ versionId, fromDay: "2026-11-01", toDay: "2099-01-01" }))).toMatchObject({ ok: false, fieldErrors: { toDay: expect.any(String) } });
    expect(await as(marketing, () => startSimulationAction({ versionId, fromDay: "2024-01-01", toDay: "2026-11-01" }))).toMatchObject({ ok: false, fieldErrors: { fromDay: expect.any(String) } });
    expect(await as(marketing, () => startSimulationAction({ versionId, fromDay: "2026-11-02", toDay: "2026-11-01" }))).toMatchObject({ ok: false, fieldErrors: { toDay: expect.any(String) } });
    const rejected = await versionWith(fixedCashback(), "REJECTED");
    expect(await as(marketing, () => startSimulationAction({ versionId: rejected, fromDay: FROM, toDay: TO }))).toMatchObject({ ok: false, error: "state" });
    expect(await as(auditor, () => startSimulationAction({ versionId, fromDay: FROM, toDay: TO }))).toMatchObject({ ok: false, error: "forbidden" });
    await start(versionId);
    expect(await as(marketing, () => startSimulationAction({ versionId, fromDay: FROM, toDay: TO }))).toMatchObject({ ok: false, error: "state" });
  });
});
