// The alert queue against the database: filters and sorts return exactly what a plain Prisma query returns,
// keyset pages tile the result with no gap or repeat in either direction, counts per status agree, taking
// alerts is atomic, audited and refused where it must be, and the live feed reads the database once per
// tick however many pages listen.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { runAsStaff } from "@/lib/actions/context";
import { assignAlertToMeAction, takeNextAlertAction } from "@/lib/fraud/queue/actions";
import { AlertFeed, feedStream, type FeedEvent } from "@/lib/fraud/queue/live";
import { readAlertCounts, readAlertPage, readAlertsSince, readNewestAlert, type AlertRow } from "@/lib/fraud/queue/read";
import { ALERT_STATUSES, alertFiltersSchema, decodeAlertCursor, tabStatuses, type AlertFilters, type AlertSort } from "@/lib/fraud/queue/schemas";
import { demoSession } from "@/tests/support/staff";
import { freshPopulation, testDb } from "@/tests/support/database";

let db: Db;
let now: Date;

const officer = demoSession("staff_officer");
const officer2 = demoSession("staff_officer2");
const lead = demoSession("staff_lead");
const viewer = { viewerId: officer.id };
const view = (partial: Record<string, unknown>): AlertFilters => alertFiltersSchema.parse(partial);
const CODES = ["VELOCITY", "AMOUNT_SPIKE", "STRUCTURING", "FAN_IN"];

/** Synthetic alerts over the seeded transactions: every status, severity and rule, ties on time and amount. */
async function plantAlerts(count: number): Promise<void> {
  await db.$executeRaw`DELETE FROM alert_note`;
  await db.$executeRaw`DELETE FROM fraud_alert`;
  for (const code of CODES) {
    const id = `rule_${code.toLowerCase()}`;
    await db.$executeRaw`
      INSERT INTO fraud_rule (id, code, name, description, severity, enabled) VALUES (${id}, ${code}, ${code}, ${code}, 'HIGH', true)
      ON CONFLICT (id) DO NOTHING`;
    await db.$executeRaw`
      INSERT INTO fraud_rule_version (id, rule_id, version, params, severity, enabled, status)
      VALUES (${`qv_${id}`}, ${id}, 900, '{}'::jsonb, 'HIGH', true, 'RETIRED') ON CONFLICT (id) DO NOTHING`;
  }
  await db.$executeRaw`
    WITH tx AS (
      SELECT t.id, t.wallet_id, w.customer_id, t.amount_fen, row_number() OVER (ORDER BY t.id) AS n
      FROM "transaction" t JOIN wallet w ON w.id = t.wallet_id
      ORDER BY t.id LIMIT ${count}
    )
    INSERT INTO fraud_alert (id, rule_id, rule_version_id, transaction_id, customer_id, wallet_id, amount_fen, score, severity, status,
                             explanation, evidence, characteristic, assignee_id, assigned_at, created_at)
    SELECT 'qa' || lpad(n::text, 6, '0'),
           'rule_' || lower((ARRAY['VELOCITY','AMOUNT_SPIKE','STRUCTURING','FAN_IN'])[n % 4 + 1]),
           'qv_rule_' || lower((ARRAY['VELOCITY','AMOUNT_SPIKE','STRUCTURING','FAN_IN'])[n % 4 + 1]),
           id, customer_id, wallet_id,
           CASE WHEN n % 7 = 0 THEN 100000 ELSE amount_fen END,
           (n * 13) % 100,
           (ARRAY['LOW','MEDIUM','HIGH','CRITICAL'])[(n * 7) % 4 + 1]::"AlertSeverity",
           (CASE WHEN n % 10 < 4 THEN 'OPEN' WHEN n % 10 < 6 THEN 'INVESTIGATING' WHEN n % 10 = 6 THEN 'ESCALATED' WHEN n % 10 < 9 THEN 'FALSE_POSITIVE' ELSE 'CONFIRMED' END)::"AlertStatus",
           '{"zh-CN":"测试","en":"test"}'::jsonb, '{}'::jsonb, 'test',
           CASE WHEN n % 10 < 4 THEN NULL ELSE (ARRAY['staff_officer','staff_officer2','staff_lead'])[n % 3 + 1] END,
           CASE WHEN n % 10 < 4 THEN NULL ELSE ${now}::timestamptz END,
           -- every fifth alert shares its time with the next one: only the id tells them apart
           ${now}::timestamptz - ((n / 2) * 37) * interval '1 second'
    FROM tx`;
}

beforeAll(async () => {
  db = testDb();
  ({ now } = await freshPopulation(db, { customers: 150, days: 10 }));
  await plantAlerts(700);
});

afterAll(async () => {
  await db.$disconnect();
});

async function walk(filters: AlertFilters, sort: AlertSort, pageSize: number): Promise<AlertRow[][]> {
  const pages: AlertRow[][] = [];
  let cursor = null;
  for (let guard = 0; guard < 500; guard++) {
    const page = await readAlertPage(db, { filters, sort, cursor }, viewer, pageSize);
    pages.push(page.rows);
    if (!page.next) return pages;
    cursor = decodeAlertCursor(page.next, sort, "after");
  }
  throw new Error("pagination did not end");
}

/** Forward to the last page, then every page back from there by "prev" cursors. */
async function walkBack(filters: AlertFilters, sort: AlertSort, pageSize: number): Promise<AlertRow[][]> {
  let cursor = null;
  let page = await readAlertPage(db, { filters, sort, cursor }, viewer, pageSize);
  while (page.next) {
    cursor = decodeAlertCursor(page.next, sort, "after");
    page = await readAlertPage(db, { filters, sort, cursor }, viewer, pageSize);
  }
  const pages = [page.rows];
  let prev = page.prev;
  while (prev) {
    const back = await readAlertPage(db, { filters, sort, cursor: decodeAlertCursor(prev, sort, "before") }, viewer, pageSize);
    pages.unshift(back.rows);
    prev = back.prev;
  }
  return pages;
}

/** The same view as Prisma would query it, written independently of the queue's SQL. */
async function expected(filters: AlertFilters, sort: AlertSort): Promise<string[]> {
  const where: Prisma.FraudAlertWhereInput = {
    status: { in: tabStatuses(filters.status) },
    ...(filters.severity ? { severity: filters.severity } : {}),
    ...(filters.rule ? { ruleId: `rule_${filters.rule.toLowerCase()}` } : {}),
    ...(filters.customer ? { customerId: filters.customer } : {}),
    ...(filters.assignee ? { assigneeId: filters.assignee === "none" ? null : filters.assignee === "me" ? officer.id : filters.assignee } : {}),
  };
  const orderBy: Prisma.FraudAlertOrderByWithRelationInput[] =
    sort === "newest" ? [{ createdAt: "desc" }, { id: "desc" }] : sort === "severity" ? [{ severity: "desc" }, { createdAt: "desc" }, { id: "desc" }] : [{ amountFen: "desc" }, { id: "desc" }];
  return (await db.fraudAlert.findMany({ where, orderBy, select: { id: true } })).map((row) => row.id);
}

describe("alert queue pages", () => {
  const VIEWS: [string, Record<string, unknown>, AlertSort][] = [
    ["unresolved, newest first", {}, "newest"],
    ["unresolved, most severe first", {}, "severity"],
    ["unresolved, largest amount first (ties on amount)", {}, "amount"],
    ["open only, by severity", { status: "OPEN" }, "severity"],
    ["false positives, newest", { status: "FALSE_POSITIVE" }, "newest"],
    ["critical, newest", { severity: "CRITICAL" }, "newest"],
    ["one rule, by amount", { rule: "structuring" }, "amount"],
    ["mine", { assignee: "me" }, "newest"],
    ["unassigned", { assignee: "none" }, "severity"],
    ["another officer's, confirmed", { status: "CONFIRMED", assignee: "staff_officer2" }, "newest"],
  ];

  it.each(VIEWS)("%s: pages tile the Prisma result forwards", async (_name, partial, sort) => {
    const filters = view(partial);
    const pages = await walk(filters, sort, 17);
    const ids = pages.flat().map((row) => row.id);
    expect(ids).toEqual(await expected(filters, sort));
    expect(ids.length).toBeGreaterThan(0);
    expect(pages.slice(0, -1).every((page) => page.length === 17)).toBe(true);
  });

  it.each(VIEWS.slice(0, 4))("%s: and backwards from the last page", async (_name, partial, sort) => {
    const filters = view(partial);
    const pages = await walkBack(filters, sort, 23);
    expect(pages.flat().map((row) => row.id)).toEqual(await expected(filters, sort));
  });

  it("filters one customer's alerts, as the 360 links to them", async () => {
    const [some] = await db.fraudAlert.findMany({ take: 1, orderBy: { id: "asc" }, select: { customerId: true } });
    const filters = view({ customer: some!.customerId, status: "OPEN" });
    const ids = (await walk(filters, "newest", 5)).flat().map((row) => row.id);
    expect(ids).toEqual(await expected(filters, "newest"));
  });

  it("shows customers' names masked", async () => {
    const page = await readAlertPage(db, { filters: view({}), sort: "newest", cursor: null }, viewer);
    const names = await db.customer.findMany({ where: { id: { in: page.rows.map((row) => row.customerId) } }, select: { id: true, name: true } });
    for (const row of page.rows) {
      const whole = names.find((n) => n.id === row.customerId)!.name;
      expect(row.customerName).not.toBe(whole);
      expect(row.customerName.startsWith(whole[0]!)).toBe(true);
      expect(row.customerName).toContain("*");
    }
  });

  it("a malformed or foreign cursor starts from the first page", () => {
    expect(decodeAlertCursor("garbage", "newest", "after")).toBeNull();
    const severity = readAlertPage(db, { filters: view({}), sort: "severity", cursor: null }, viewer);
    return severity.then((page) => expect(decodeAlertCursor(page.next!, "amount", "after")).toBeNull());
  });

  it("counts each status under the other filters", async () => {
    for (const partial of [{}, { severity: "HIGH" }, { assignee: "me" }, { rule: "FAN_IN", assignee: "none" }]) {
      const filters = view(partial);
      const counts = await readAlertCounts(db, filters, viewer);
      for (const status of ALERT_STATUSES) {
        expect(counts[status], `${JSON.stringify(partial)} ${status}`).toBe((await expected({ ...filters, status }, "newest")).length);
      }
    }
    const capped = await readAlertCounts(db, view({}), viewer, 10);
    expect(capped.OPEN).toBe(11);
  });
});

describe("taking alerts", () => {
  it("assign to me moves an open alert under investigation, once, audited; a second taker is told who has it", async () => {
    const target = await db.fraudAlert.findFirstOrThrow({ where: { status: "OPEN", assigneeId: null }, orderBy: { id: "asc" } });
    const mine = await runAsStaff(officer, () => assignAlertToMeAction({ alertId: target.id, version: target.version }));
    expect(mine).toMatchObject({ ok: true, data: { id: target.id, version: target.version + 1 } });
    const after = await db.fraudAlert.findUniqueOrThrow({ where: { id: target.id } });
    expect(after).toMatchObject({ status: "INVESTIGATING", assigneeId: officer.id, version: target.version + 1 });
    const events = await db.auditEvent.findMany({ where: { action: "alert.assign", entityId: target.id } });
    expect(events).toHaveLength(1);
    expect(events[0]!.after).toMatchObject({ status: "INVESTIGATING", assigneeId: officer.id, via: "self" });

    const late = await runAsStaff(officer2, () => assignAlertToMeAction({ alertId: target.id, version: target.version }));
    expect(late).toMatchObject({ ok: false, error: "conflict" });
    if (!late.ok) expect(late.message).toContain(officer.name);
    // Asking again for one's own alert is a no-op, not an error.
    expect(await runAsStaff(officer, () => assignAlertToMeAction({ alertId: target.id, version: target.version }))).toMatchObject({ ok: true });
    expect(await db.auditEvent.count({ where: { action: "alert.assign", entityId: target.id } })).toBe(1);
  });

  it("refuses a stale version, a resolved alert, an escalated one to an officer, and roles without alert:resolve", async () => {
    const open = await db.fraudAlert.findFirstOrThrow({ where: { status: "OPEN", assigneeId: null }, orderBy: { id: "desc" } });
    expect(await runAsStaff(officer, () => assignAlertToMeAction({ alertId: open.id, version: open.version + 5 }))).toMatchObject({ ok: false, error: "conflict" });
    const resolved = await db.fraudAlert.findFirstOrThrow({ where: { status: "CONFIRMED" } });
    await db.fraudAlert.update({ where: { id: resolved.id }, data: { assigneeId: null } });
    expect(await runAsStaff(officer, () => assignAlertToMeAction({ alertId: resolved.id, version: resolved.version }))).toMatchObject({ ok: false, error: "state" });
    const escalated = await db.fraudAlert.findFirstOrThrow({ where: { status: "ESCALATED" } });
    await db.fraudAlert.update({ where: { id: escalated.id }, data: { assigneeId: null } });
    expect(await runAsStaff(officer, () => assignAlertToMeAction({ alertId: escalated.id, version: escalated.version }))).toMatchObject({ ok: false, error: "state" });
    expect(await runAsStaff(lead, () => assignAlertToMeAction({ alertId: escalated.id, version: escalated.version }))).toMatchObject({ ok: true });
    expect(await runAsStaff(demoSession("staff_manager"), () => assignAlertToMeAction({ alertId: open.id, version: open.version }))).toMatchObject({ ok: false, error: "forbidden" });
    expect(await runAsStaff(officer, () => assignAlertToMeAction({ alertId: "nope", version: 0 }))).toMatchObject({ ok: false, error: "not-found" });
  });

  it("next alert takes the most severe, then oldest, unassigned open alert; two at once get different ones", async () => {
    const expectedOrder = await db.fraudAlert.findMany({
      where: { status: "OPEN", assigneeId: null },
      orderBy: [{ severity: "desc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true },
      take: 3,
    });
    const first = await runAsStaff(officer, () => takeNextAlertAction({ filters: {} }));
    expect(first).toMatchObject({ ok: true, data: { id: expectedOrder[0]!.id } });
    const [a, b] = await Promise.all([runAsStaff(officer, () => takeNextAlertAction({ filters: {} })), runAsStaff(officer2, () => takeNextAlertAction({ filters: {} }))]);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) {
      expect(a.data.id).not.toBe(b.data.id);
      expect(new Set([a.data.id, b.data.id])).toEqual(new Set([expectedOrder[1]!.id, expectedOrder[2]!.id]));
    }
    const taken = await db.fraudAlert.findUniqueOrThrow({ where: { id: expectedOrder[0]!.id } });
    expect(taken).toMatchObject({ status: "INVESTIGATING", assigneeId: officer.id });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "alert.assign", entityId: taken.id } });
    expect(event.after).toMatchObject({ via: "next" });
  });

  it("next alert keeps the view's severity and rule, and says when there is nothing to take", async () => {
    const low = await runAsStaff(officer, () => takeNextAlertAction({ filters: { severity: "LOW", rule: "VELOCITY" } }));
    expect(low.ok).toBe(true);
    if (low.ok) expect(await db.fraudAlert.findUniqueOrThrow({ where: { id: low.data.id } })).toMatchObject({ severity: "LOW", ruleId: "rule_velocity" });
    expect(await runAsStaff(officer, () => takeNextAlertAction({ filters: { customer: "C99999999" } }))).toMatchObject({ ok: false, error: "not-found" });
  });
});

describe("live feed", () => {
  it("reads the newest alert once per tick for any number of listeners, and tells each of a new alert", async () => {
    const feed = new AlertFeed({ newest: () => readNewestAlert(db) }, { intervalMs: 50 });
    const heard: FeedEvent[][] = [[], [], [], [], []];
    const stops = heard.map((events) => feed.subscribe((event) => events.push(event)));
    await new Promise((resolve) => setTimeout(resolve, 320));
    const reads = feed.reads;
    expect(reads).toBeGreaterThanOrEqual(3);
    expect(reads).toBeLessThanOrEqual(9);
    const before = await readNewestAlert(db);
    for (const events of heard) expect(events).toEqual([{ type: "newest", newest: { id: before!.id, createdAt: before!.createdAt.toISOString() } }]);

    const tx = await db.transaction.findFirstOrThrow({ orderBy: { id: "desc" }, select: { id: true, walletId: true, amountFen: true, wallet: { select: { customerId: true } } } });
    const raised = new Date(before!.createdAt.getTime() + 1000);
    await db.fraudAlert.create({
      data: {
        id: "qz_new", ruleId: "rule_velocity", ruleVersionId: "qv_rule_velocity", transactionId: tx.id, customerId: tx.wallet.customerId, walletId: tx.walletId,
        amountFen: tx.amountFen, score: 90, severity: "CRITICAL", explanation: {}, evidence: {}, characteristic: "test", createdAt: raised,
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const events of heard) expect(events.at(-1)).toEqual({ type: "newest", newest: { id: "qz_new", createdAt: raised.toISOString() } });
    expect(await readAlertsSince(db, before!)).toEqual([{ id: "qz_new", severity: "CRITICAL", createdAt: raised }]);

    for (const stop of stops) stop();
    expect(feed.listenerCount).toBe(0);
    const stopped = feed.reads;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(feed.reads).toBeLessThanOrEqual(stopped + 1);
  });

  it("streams server-sent events and lets go of the feed when the page goes", async () => {
    const feed = new AlertFeed({ newest: () => readNewestAlert(db), lag: async () => ({ lagSeconds: 3, pendingTransactions: 12 }) }, { intervalMs: 50 });
    const abort = new AbortController();
    const reader = feedStream(feed, abort.signal).getReader();
    let text = "";
    while (!text.includes("event: lag")) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain("retry: 1000");
    expect(text).toContain(`event: newest\ndata: {"id":"qz_new"`);
    expect(text).toContain(`event: lag\ndata: {"lagSeconds":3,"pendingTransactions":12}`);
    expect(feed.listenerCount).toBe(1);
    abort.abort();
    expect(feed.listenerCount).toBe(0);
    expect((await reader.read()).done).toBe(true);
  });
});
