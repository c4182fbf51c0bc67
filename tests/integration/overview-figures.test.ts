import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { auditEventsToday, kycQueueFigures, openAlertsBySeverity, promotionFigures, todayTransactions, walletFigures } from "@/lib/overview/figures";
import { freshPopulation, testDb } from "@/tests/support/database";

let db: Db;
const now = new Date("2026-11-11T06:30:00Z"); // 14:30 in Shanghai on 11.11

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { now });
  // Alerts come from the scoring worker; plant a few in every status so the figure has something to count.
  const transactions = await db.transaction.findMany({ take: 12, orderBy: { id: "asc" }, select: { id: true, wallet: { select: { customerId: true } } } });
  const statuses = ["OPEN", "INVESTIGATING", "ESCALATED", "FALSE_POSITIVE", "CONFIRMED"] as const;
  const severities = ["CRITICAL", "HIGH", "MEDIUM", "LOW"] as const;
  await db.fraudAlert.createMany({
    data: transactions.map((t, i) => ({
      ruleId: "rule_velocity",
      ruleVersionId: "rule_velocity_v1",
      transactionId: t.id,
      customerId: t.wallet.customerId,
      score: 50,
      severity: severities[i % 4]!,
      status: statuses[i % 5]!,
    })),
  });
});

afterAll(async () => {
  await db.$disconnect();
});

const count = async (sql: string) => Number((await db.$queryRawUnsafe<{ n: bigint }[]>(sql))[0]!.n);

describe("overview figures equal what SQL counts", () => {
  it("KYC waiting, overdue and needs-info", async () => {
    const figures = await kycQueueFigures(db, now);
    expect(figures.waiting).toBe(await count(`SELECT count(*) AS n FROM kyc_submission WHERE status IN ('PENDING','IN_REVIEW')`));
    expect(figures.overdue).toBe(await count(`SELECT count(*) AS n FROM kyc_submission WHERE status IN ('PENDING','IN_REVIEW') AND due_at < '${now.toISOString()}'`));
    expect(figures.needsInfo).toBe(await count(`SELECT count(*) AS n FROM kyc_submission WHERE status = 'NEEDS_INFO'`));
    expect(figures.waiting).toBeGreaterThan(0);
  });

  it("open alerts by severity", async () => {
    const figures = await openAlertsBySeverity(db);
    for (const severity of ["CRITICAL", "HIGH", "MEDIUM", "LOW"] as const) {
      expect(figures[severity], severity).toBe(
        await count(`SELECT count(*) AS n FROM fraud_alert WHERE severity = '${severity}' AND status IN ('OPEN','INVESTIGATING','ESCALATED')`),
      );
    }
    expect(Object.values(figures).reduce((a, b) => a + b, 0)).toBe(8);
  });

  it("promotions by status", async () => {
    const figures = await promotionFigures(db);
    expect(figures.active).toBe(await count(`SELECT count(*) AS n FROM promotion WHERE status = 'ACTIVE'`));
    expect(figures.pendingApproval).toBe(await count(`SELECT count(*) AS n FROM promotion WHERE status = 'PENDING_APPROVAL'`));
    expect(figures.scheduled).toBe(await count(`SELECT count(*) AS n FROM promotion WHERE status = 'SCHEDULED'`));
  });

  it("today's transactions in CNY, counted from Shanghai midnight", async () => {
    const figures = await todayTransactions(db, now);
    const start = "2026-11-10T16:00:00Z"; // 2026-11-11 00:00 +08:00
    expect(figures.today.count).toBe(await count(`SELECT count(*) AS n FROM "transaction" WHERE created_at >= '${start}' AND created_at < '${now.toISOString()}'`));
    const [sum] = await db.$queryRawUnsafe<{ s: bigint | null }[]>(
      `SELECT sum(amount_fen)::bigint AS s FROM "transaction" WHERE status = 'SUCCEEDED' AND created_at >= '${start}' AND created_at < '${now.toISOString()}'`,
    );
    expect(figures.today.valueFen).toBe(sum!.s ?? 0n);
    expect(figures.today.count).toBeGreaterThan(0);
    expect(figures.yesterday.count).toBe(
      await count(`SELECT count(*) AS n FROM "transaction" WHERE created_at >= '2026-11-09T16:00:00Z' AND created_at < '2026-11-10T06:30:00Z'`),
    );
  });

  it("wallets and audit events", async () => {
    const wallets = await walletFigures(db);
    expect(wallets.active).toBe(await count(`SELECT count(*) AS n FROM wallet WHERE status = 'ACTIVE'`));
    expect(wallets.frozen).toBe(await count(`SELECT count(*) AS n FROM wallet WHERE status = 'FROZEN'`));
    expect(await auditEventsToday(db, now)).toBe(await count(`SELECT count(*) AS n FROM audit_event WHERE created_at >= '2026-11-10T16:00:00Z'`));
  });
});
