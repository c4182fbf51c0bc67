// Customer search against the database, as the page runs it (lib/customers/search/queries.ts): every kind
// of search finds the right customer, a whole-ID-number search is audited before it answers, a role
// without customer:view is refused, and every kind is answered by its index (no sequential scan).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/auth/permissions";
import { classifyQuery } from "@/lib/customers/search/classify";
import { listCustomers, type CustomerListing } from "@/lib/customers/search/queries";
import { customerSearchSql, newestCustomersSql } from "@/lib/customers/search/sql";
import { decodeNewestCursor, readCustomerQuery, unusableCustomerParams } from "@/lib/customers/search/schemas";
import { Prisma } from "@/lib/generated/prisma/client";
import { demoSession } from "@/tests/support/staff";
import { freshPopulation, testDb } from "@/tests/support/database";

let db: Db;
const officer = demoSession("staff_officer");
const marketing = demoSession("staff_marketing");
const request = { ip: "127.0.0.5", userAgent: "customer-search-test" };

type Target = { id: string; name: string; namePinyin: string; phone: string; email: string; idNumber: string; walletId: string };
let target: Target;

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 150, days: 3 });
  // A population this small may have no frozen wallet by chance (about 1 in 80 is): freeze two, as an officer would.
  const frozen = await db.wallet.count({ where: { status: "FROZEN" } });
  if (frozen < 2) {
    const active = await db.wallet.findMany({ where: { status: "ACTIVE" }, orderBy: { id: "asc" }, take: 2 - frozen, select: { id: true } });
    await db.wallet.updateMany({ where: { id: { in: active.map((w) => w.id) } }, data: { status: "FROZEN", frozenAt: new Date("2026-11-10T08:00:00Z"), frozenById: "staff_officer", freezeReason: "客户报告疑似账户被盗用", freezeReasonCode: "ACCOUNT_TAKEOVER" } });
  }
  const row = await db.customer.findFirstOrThrow({ where: { email: { not: null }, wallet: { isNot: null } }, orderBy: { id: "desc" }, select: { id: true, name: true, namePinyin: true, phone: true, email: true, idNumber: true, wallet: { select: { id: true } } } });
  target = { ...row, email: row.email!, walletId: row.wallet!.id };
});
afterAll(async () => {
  await db.$disconnect();
});

const search = (query: string) => listCustomers(db, officer, query, null, request);
function ids(listing: CustomerListing): string[] {
  if (listing.mode !== "search") throw new Error(`expected a search, got ${listing.mode}`);
  return listing.result.rows.map((row) => row.id);
}

describe("customer search", () => {
  it("finds the customer by id, wallet id, whole phone number, whole email and whole ID number", async () => {
    for (const query of [target.id.toLowerCase(), target.walletId, target.phone, target.email.toUpperCase(), target.idNumber]) {
      expect(ids(await search(query)), query).toEqual([target.id]);
    }
  });

  it("finds them by the start of their phone number or email, and by name in Chinese characters", async () => {
    expect(ids(await search(target.phone.slice(0, 7)))).toContain(target.id);
    expect(ids(await search(`${target.email.split("@")[0]}@`))).toContain(target.id);
    const byName = await search(target.name);
    expect(ids(byName)).toContain(target.id);
    // The list shows names masked (lib/privacy/policy.ts): compare the stored names of what it found.
    const found = await db.customer.findMany({ where: { id: { in: ids(byName) } }, select: { name: true } });
    for (const row of found) expect(row.name.startsWith(target.name)).toBe(true);
  });

  it("finds them by pinyin typed with spaces and capitals, or without spaces", async () => {
    const spaced = target.namePinyin.replace(/\b\w/g, (c) => c.toUpperCase());
    for (const query of [spaced, target.namePinyin.replace(/ /g, ""), target.namePinyin.toUpperCase()]) expect(ids(await search(query)), query).toContain(target.id);
  });

  it("finds them by the masked ID number the console shows, and only customers whose first six and last four match", async () => {
    const masked = `${target.idNumber.slice(0, 6)}********${target.idNumber.slice(-4)}`;
    const listing = await search(masked);
    expect(ids(listing)).toContain(target.id);
    const matches = await db.customer.findMany({ where: { id: { in: ids(listing) } }, select: { idNumber: true } });
    for (const { idNumber } of matches) expect([idNumber.slice(0, 6), idNumber.slice(-4)]).toEqual([target.idNumber.slice(0, 6), target.idNumber.slice(-4)]);
  });

  it("shows personal data masked in the results", async () => {
    const listing = await search(target.id);
    if (listing.mode !== "search") throw new Error("not a search");
    const [row] = listing.result.rows;
    expect(row!.phoneMasked).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(row!.idNumberMasked).toBe(`${target.idNumber.slice(0, 6)}********${target.idNumber.slice(-4)}`);
    expect(JSON.stringify(listing)).not.toContain(target.idNumber);
    expect(JSON.stringify(listing)).not.toContain(target.phone);
  });

  it("records a search by the whole ID number in the audit trail, masked, before answering; other searches are not recorded", async () => {
    const before = await db.auditEvent.count({ where: { action: "customer.search-id-number" } });
    await search(target.phone);
    expect(await db.auditEvent.count({ where: { action: "customer.search-id-number" } })).toBe(before);
    await search(target.idNumber.toLowerCase());
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "customer.search-id-number" }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ actorId: officer.id, entityType: "Customer", entityId: target.id, ip: request.ip, outcome: "SUCCESS" });
    expect(JSON.stringify(event.after)).not.toContain(target.idNumber);
    expect(event.after).toMatchObject({ idNumber: `${target.idNumber.slice(0, 6)}********${target.idNumber.slice(-4)}`, matches: [target.id] });
  });

  it("says when more customers match than one page shows, instead of counting them", async () => {
    const listing = await search("1");
    expect(listing).toEqual({ mode: "invalid", reason: "tooShort" });
    const wide = await listCustomers(db, officer, target.phone.slice(0, 3), null, request);
    const total = await db.customer.count({ where: { phone: { startsWith: target.phone.slice(0, 3) } } });
    if (wide.mode !== "search") throw new Error("not a search");
    expect(wide.result.more).toBe(total > 50);
    expect(wide.result.rows.length).toBe(Math.min(total, 50));
  });

  it("lists the newest customers without a query, page after page without gaps or repeats", async () => {
    const first = await listCustomers(db, officer, "", null, request);
    if (first.mode !== "newest") throw new Error("not the newest list");
    expect(first.page.prev).toBeNull();
    const second = await listCustomers(db, officer, "", decodeNewestCursor(first.page.next!, "after"), request);
    if (second.mode !== "newest") throw new Error("not the newest list");
    const all = await db.customer.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 100, select: { id: true } });
    expect([...first.page.rows, ...second.page.rows].map((r) => r.id)).toEqual(all.map((r) => r.id));
    const back = await listCustomers(db, officer, "", decodeNewestCursor(second.page.prev!, "before"), request);
    if (back.mode !== "newest") throw new Error("not the newest list");
    expect(back.page.rows.map((r) => r.id)).toEqual(first.page.rows.map((r) => r.id));
  });

  it("lists only the customers whose wallet has the chosen status, newest first, across pages", async () => {
    for (const status of ["ACTIVE", "FROZEN", "PENDING_KYC"] as const) {
      const expected = await db.customer.findMany({ where: { wallet: { status } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
      expect(expected.length, `the population has ${status} wallets`).toBeGreaterThan(0);
      const seen: string[] = [];
      let cursor: ReturnType<typeof decodeNewestCursor> = null;
      for (let page = 0; page < 10; page++) {
        const listing = await listCustomers(db, officer, "", cursor, request, status);
        if (listing.mode !== "newest") throw new Error("not the newest list");
        for (const row of listing.page.rows) expect(row.wallet?.status).toBe(status);
        seen.push(...listing.page.rows.map((r) => r.id));
        if (!listing.page.next) break;
        cursor = decodeNewestCursor(listing.page.next, "after");
      }
      expect(seen).toEqual(expected.map((r) => r.id).slice(0, seen.length));
      expect(seen.length).toBe(Math.min(expected.length, 500));
    }
  });

  it("says why it did not search a query it cannot use, instead of listing the newest customers as if none was typed", async () => {
    // What the page does with ?q=: read it, then list for it.
    const pasted = await listCustomers(db, officer, readCustomerQuery({ q: `${target.name}${"的".repeat(199)}` }), null, request);
    expect(pasted).toEqual({ mode: "invalid", reason: "tooLong" });
    const stray = await listCustomers(db, officer, readCustomerQuery({ q: "%$#!" }), null, request);
    expect(stray).toEqual({ mode: "invalid", reason: "unrecognised" });
  });

  it("names the parameters of a /customers link it cannot read (a cursor, a wallet status), so the page can say it ignored them", async () => {
    const newest = await listCustomers(db, officer, "", null, request);
    const token = newest.mode === "newest" ? newest.page.next : null;
    expect(token).toBeTruthy();
    expect(unusableCustomerParams({ after: token!, wallet: "FROZEN" })).toEqual([]);
    expect(unusableCustomerParams({ after: "not-a-cursor", wallet: "ASLEEP" })).toEqual(["wallet", "after"]);
  });

  it("refuses a role without customer:view", async () => {
    await expect(listCustomers(db, marketing, target.phone, null, request)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listCustomers(db, marketing, "", null, request)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("customer search plans", () => {
  const plan = async (sql: Prisma.Sql) => (await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${sql}`)).map((r) => r["QUERY PLAN"]).join("\n");

  it("answers every kind of search from its index on customer, never by reading the whole table", async () => {
    await db.$executeRawUnsafe("ANALYZE customer");
    const queries: Record<string, string> = {
      customerId: target.id,
      walletId: target.walletId,
      idNumber: target.idNumber,
      maskedIdNumber: `${target.idNumber.slice(0, 6)}********${target.idNumber.slice(-4)}`,
      phone: target.phone,
      phonePrefix: target.phone.slice(0, 7),
      email: target.email,
      emailPrefix: `${target.email.split("@")[0]}@`,
      name: target.name,
      pinyin: target.namePinyin,
    };
    const indexes: Record<string, RegExp> = {
      customerId: /customer_pkey/,
      walletId: /customer_pkey/,
      idNumber: /customer_id_number_idx/,
      maskedIdNumber: /customer_id_number_idx/,
      phone: /customer_phone_idx/,
      phonePrefix: /customer_phone_idx/,
      email: /customer_email_idx/,
      emailPrefix: /customer_email_idx/,
      name: /customer_name_idx/,
      pinyin: /customer_pinyin_key_idx/,
    };
    // A 150-row table fits in a few pages, where a sequential scan is honestly cheapest: make it look big.
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      for (const [name, query] of Object.entries(queries)) {
        const classified = classifyQuery(query);
        if (!classified.ok) throw new Error(`${name} not classified`);
        const text = (await tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${customerSearchSql(classified.search, 51)}`)).map((r) => r["QUERY PLAN"]).join("\n");
        expect(text, name).toMatch(indexes[name]!);
        expect(text, name).not.toMatch(/Seq Scan on customer\b/);
      }
    });
    expect(await plan(newestCustomersSql(null, 51))).toMatch(/customer_created_at_idx/);
  });
});
