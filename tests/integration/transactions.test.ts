// The transaction search against the database: each filter returns exactly what a plain Prisma query
// returns, keyset pages tile the result with no gap or repeat in either direction, one wallet's view
// stays inside that wallet, and the CSV export streams the selected rows after auditing itself, for the
// roles that may export only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAsStaff } from "@/lib/actions/context";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEMO_STAFF } from "@/lib/sim/staff";
import { decodeTransactionCursor, type TransactionCursor } from "@/lib/transactions/cursor";
import { readTransactionDetail } from "@/lib/transactions/detail";
import { readTransactionPage } from "@/lib/transactions/read";
import { transactionReference } from "@/lib/transactions/reference-number";
import { transactionFiltersSchema, type TransactionFilters } from "@/lib/transactions/schemas";
import { GET as exportTransactions } from "@/app/api/transactions/export/route";
import { freshPopulation, testDb } from "@/tests/support/database";

let db: Db;

const staff = (id: string) => {
  const s = DEMO_STAFF.find((member) => member.id === id)!;
  return { id: s.id, name: s.name, email: s.email, roles: [...s.roles] };
};
const view = (partial: Record<string, string>): TransactionFilters => transactionFiltersSchema.parse(partial);

/** Every row of a view, walking "older" links from the newest page; the pages seen on the way. */
async function walk(filters: TransactionFilters, pageSize: number) {
  const ids: string[] = [];
  const cursors: (TransactionCursor | null)[] = [];
  let cursor: TransactionCursor | null = null;
  for (let guard = 0; guard < 1_000; guard++) {
    cursors.push(cursor);
    const page = await readTransactionPage(db, filters, cursor, pageSize);
    ids.push(...page.rows.map((row) => row.id));
    if (!page.next) break;
    cursor = decodeTransactionCursor(page.next, "after");
  }
  return { ids, cursors };
}

async function expected(where: Prisma.TransactionWhereInput): Promise<string[]> {
  const rows = await db.transaction.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
  return rows.map((row) => row.id.toString());
}

async function readBody(response: Response): Promise<string> {
  return Buffer.from(await response.arrayBuffer()).toString("utf8");
}

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 150, days: 20 });
  // Some rows sharing one instant, so that only the id orders them and a page boundary falls among them.
  await db.$executeRaw`UPDATE "transaction" SET created_at = '2026-11-05T04:00:00Z' WHERE id % 97 = 0`;
});

afterAll(async () => {
  await db.$disconnect();
});

describe("transaction search", () => {
  it("returns exactly the rows each filter selects, newest first, across pages with no gap or repeat", async () => {
    const [abroad] = await db.$queryRaw<{ country: string }[]>`SELECT country FROM "transaction" WHERE country <> 'CN' GROUP BY country ORDER BY count(*) DESC LIMIT 1`;
    const cases: [Record<string, string>, Prisma.TransactionWhereInput][] = [
      [{}, {}],
      [{ type: "PAYMENT", channel: "QR" }, { type: "PAYMENT", channel: "QR" }],
      [{ crossBorder: "1" }, { crossBorder: true }],
      [{ status: "FAILED" }, { status: "FAILED" }],
      [{ min: "100", max: "500.50" }, { amountFen: { gte: 10_000n, lte: 50_050n } }],
      [{ mcc: "5814" }, { mcc: "5814" }],
      // Typed in lower case, as staff might.
      [{ country: abroad!.country.toLowerCase() }, { country: abroad!.country }],
      // Beijing wall-clock times; "to" includes the minute it names.
      [{ from: "2026-11-01T08:00", to: "2026-11-03T20:15" }, { createdAt: { gte: new Date("2026-11-01T00:00:00Z"), lt: new Date("2026-11-03T12:16:00Z") } }],
    ];
    for (const [filters, where] of cases) {
      const want = await expected(where);
      expect(want.length, JSON.stringify(filters)).toBeGreaterThan(0);
      const { ids } = await walk(view(filters), 37);
      expect(ids, JSON.stringify(filters)).toEqual(want);
    }
  });

  it("walks back from any page to the newest with the same pages", async () => {
    const filters = view({ type: "PAYMENT" });
    const forward: string[][] = [];
    let page = await readTransactionPage(db, filters, null, 25);
    forward.push(page.rows.map((row) => row.id));
    for (let i = 0; i < 4; i++) {
      page = await readTransactionPage(db, filters, decodeTransactionCursor(page.next!, "after"), 25);
      forward.push(page.rows.map((row) => row.id));
    }
    for (let i = forward.length - 2; i >= 0; i--) {
      page = await readTransactionPage(db, filters, decodeTransactionCursor(page.prev!, "before"), 25);
      expect(page.rows.map((row) => row.id)).toEqual(forward[i]);
    }
    expect(page.prev).toBeNull();
  });

  it("keeps one wallet's view inside that wallet, and its drawer refuses another wallet's transaction", async () => {
    const [busiest] = await db.$queryRaw<{ wallet_id: string }[]>`SELECT wallet_id FROM "transaction" GROUP BY wallet_id ORDER BY count(*) DESC LIMIT 1`;
    const walletId = busiest!.wallet_id;
    const { ids } = await walk(view({ wallet: walletId }), 10);
    expect(ids).toEqual(await expected({ walletId }));
    expect(ids.length).toBeGreaterThan(10);
    const other = await db.transaction.findFirstOrThrow({ where: { walletId: { not: walletId } }, select: { id: true } });
    expect(await readTransactionDetail(db, other.id, walletId)).toBeNull();
    expect(await readTransactionDetail(db, BigInt(ids[0]!), walletId)).toMatchObject({ id: ids[0], walletId });
  });

  it("finds one transaction by the reference the list, drawer and export show, and names a mistyped one invalid", async () => {
    const target = await db.transaction.findFirstOrThrow({ where: { type: "PAYMENT" }, orderBy: { id: "asc" }, skip: 40, select: { id: true, createdAt: true, walletId: true } });
    const reference = transactionReference(target.id, target.createdAt);
    const page = await readTransactionPage(db, view({ ref: reference }), null, 10);
    expect(page.rows.map((row) => [row.id, row.reference])).toEqual([[target.id.toString(), reference]]);
    expect((await readTransactionDetail(db, target.id))?.reference).toBe(reference);
    // Typed as a customer reads it out, in groups.
    expect((await readTransactionPage(db, view({ ref: `${reference.slice(0, 8)} ${reference.slice(8)}` }), null, 10)).rows).toHaveLength(1);
    // The same id on another day is another reference (and not this transaction), and a typo is refused.
    const otherDay = transactionReference(target.id, new Date(target.createdAt.getTime() + 86_400_000));
    expect((await readTransactionPage(db, view({ ref: otherDay }), null, 10)).rows).toEqual([]);
    const typo = reference.slice(0, -1) + ((Number(reference.at(-1)) + 1) % 10);
    expect(transactionFiltersSchema.safeParse({ ref: typo }).success).toBe(false);
  });

  it("masks personal names and shows a cross-border payment's original amount, rate, device and IP", async () => {
    const transfer = await db.transaction.findFirstOrThrow({ where: { type: "TRANSFER_OUT", counterpartyName: { not: null } }, select: { id: true, counterpartyName: true } });
    const detail = (await readTransactionDetail(db, transfer.id))!;
    expect(detail.counterpartyName).toBe(transfer.counterpartyName!.slice(0, 1) + "*".repeat(transfer.counterpartyName!.length - 1));
    expect(detail.customerName).toMatch(/^.\*+$/);
    const foreign = await db.transaction.findFirstOrThrow({ where: { crossBorder: true }, select: { id: true, currency: true, deviceId: true, ip: true } });
    expect(await readTransactionDetail(db, foreign.id)).toMatchObject({ currency: foreign.currency, deviceId: foreign.deviceId, ip: foreign.ip, crossBorder: true, fxRate: expect.stringMatching(/^\d+\.\d{6}$/) });
  });
});

describe("transaction export", () => {
  const url = (query: string) => new Request(`http://localhost/api/transactions/export?${query}`);

  it("audits the export before streaming, then streams exactly the filtered rows", async () => {
    const before = await db.auditEvent.count({ where: { action: "transaction.export", outcome: "SUCCESS" } });
    const response = await runAsStaff(staff("staff_lead"), () => exportTransactions(url("type=PAYMENT&crossBorder=1")));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="transactions-\d{8}-\d{4}\.csv"$/);
    // Written before a byte of the body was read.
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "transaction.export", outcome: "SUCCESS" }, orderBy: { id: "desc" } });
    expect(await db.auditEvent.count({ where: { action: "transaction.export", outcome: "SUCCESS" } })).toBe(before + 1);
    expect(event).toMatchObject({ actorId: "staff_lead", after: { filters: { type: "PAYMENT", crossBorder: "1" } } });

    const text = await readBody(response);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split("\r\n").filter(Boolean);
    expect(lines[0]!.startsWith("交易流水号,时间（北京时间）,类型,状态,渠道,金额（元）,原币币种,原币金额,汇率（CNY/原币）")).toBe(true);
    const want = await db.transaction.findMany({ where: { type: "PAYMENT", crossBorder: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(want.map((row) => transactionReference(row.id, row.createdAt)));
    const first = want[0]!;
    const [, , type, , , amount, currency, , rate] = lines[1]!.split(",");
    expect([type, amount, currency, rate]).toEqual(["消费", `${first.amountFen / 100n}.${(first.amountFen % 100n).toString().padStart(2, "0")}`, first.currency, first.fxRate!.toFixed(6)]);
  });

  it("refuses roles without transaction:export, recording the attempt, and never exports on an unreadable filter", async () => {
    const refusals = await db.auditEvent.count({ where: { action: "transaction.export", outcome: "FAILURE" } });
    const refused = await runAsStaff(staff("staff_officer"), () => exportTransactions(url("")));
    expect(refused.status).toBe(403);
    expect(await db.auditEvent.count({ where: { action: "transaction.export", outcome: "FAILURE" } })).toBe(refusals + 1);
    expect((await runAsStaff(null, () => exportTransactions(url("")))).status).toBe(401);
    const invalid = await runAsStaff(staff("staff_manager"), () => exportTransactions(url("min=abc")));
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toEqual({ error: "invalid", fields: ["min"] });
  });
});
