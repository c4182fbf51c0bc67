import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { auditEventWhere } from "@/lib/audit/queries";
import { readAuditFilters } from "@/lib/audit/schemas";
import { readWalletFilter } from "@/lib/customers/search/schemas";
import { translator } from "@/lib/i18n/translate";
import { readQueueCounts } from "@/lib/kyc/queue/read";
import { readQueueFilters } from "@/lib/kyc/queue/schemas";
import { queueStatuses } from "@/lib/kyc/queue/sql";
import { auditEventsToday, kycQueueFigures, todayTransactions, walletFigures } from "@/lib/overview/figures";
import { overviewLinks } from "@/lib/overview/links";
import { readTransactionFilters, transactionBounds } from "@/lib/transactions/schemas";
import { freshPopulation, testDb } from "@/tests/support/database";

let db: Db;
const now = new Date("2026-11-11T06:30:00Z"); // 14:30 in Shanghai on 11.11

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { now });
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

const paramsOf = (href: string) => new URL(href, "http://console.test").searchParams;

describe("every overview figure leads to the list it counts, under that list's name", () => {
  const links = overviewLinks(now);

  it("the KYC figures equal the queue views they open, named as the queue names them", async () => {
    const figures = await kycQueueFigures(db, now);
    const expected = { kycOpen: figures.waiting, kycOverdue: figures.overdue, kycNeedsInfo: figures.needsInfo };
    for (const [key, figure] of Object.entries(expected) as [keyof typeof expected, number][]) {
      const href = links[key].href;
      expect(href.startsWith("/kyc"), key).toBe(true);
      const filters = readQueueFilters(paramsOf(href));
      const counts = await readQueueCounts(db, filters, { viewerId: "nobody", now });
      expect(queueStatuses(filters).reduce((sum, status) => sum + counts[status], 0), key).toBe(figure);
    }
    // The open set is 待处理 in the queue's tabs; 待审核 is the PENDING status alone and must not name it.
    const zh = translator("zh-CN");
    expect(zh(links.kycOpen.label)).toBe(zh("kycQueue.tabs.open"));
    expect(zh(links.kycOpen.label)).not.toBe(zh("kycQueue.status.PENDING"));
    expect(zh(links.kycNeedsInfo.label)).toBe(zh("kycQueue.status.NEEDS_INFO"));
  });

  it("the wallet figures open the customer list filtered to that wallet status", async () => {
    const figures = await walletFigures(db);
    expect(readWalletFilter(paramsOf(links.walletsActive.href))).toBe("ACTIVE");
    expect(readWalletFilter(paramsOf(links.walletsFrozen.href))).toBe("FROZEN");
    expect(figures.active).toBe(await db.wallet.count({ where: { status: readWalletFilter(paramsOf(links.walletsActive.href))! } }));
    const en = translator("en");
    expect(en(links.walletsActive.label)).toBe(en("customers.walletStatus.ACTIVE"));
  });

  it("today's transactions open the transaction search from Beijing midnight", async () => {
    const figures = await todayTransactions(db, now);
    const { filters, invalid } = readTransactionFilters(paramsOf(links.transactionsToday.href));
    expect(invalid).toEqual([]);
    const bounds = transactionBounds(filters);
    expect(bounds.from?.toISOString()).toBe("2026-11-10T16:00:00.000Z");
    expect(figures.today.count).toBe(await db.transaction.count({ where: { createdAt: { gte: bounds.from!, lt: now } } }));
    expect(readTransactionFilters(paramsOf(links.transactionsTodayValue.href)).filters.status).toBe("SUCCEEDED");
  });

  it("today's audit events open the audit trail from Beijing midnight", async () => {
    const today = new Date();
    const { filters, invalid } = readAuditFilters(paramsOf(overviewLinks(today).auditToday.href));
    expect(invalid).toEqual([]);
    expect(await auditEventsToday(db, today)).toBe(await db.auditEvent.count({ where: auditEventWhere(filters) }));
  });
});
