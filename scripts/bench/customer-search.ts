// Benchmark: the customer search on 1,000,000 customers. Grows customer (and wallet) by cloning the seeded
// customers with SQL under new ids, phones, emails and ID numbers, then times each kind of search through
// the code the page runs (lib/customers/search/read.ts): median and fastest of several runs, the time
// inside the database (EXPLAIN ANALYZE) and the index each plan used. Also the newest-customers list, on
// page 1 and 500,000 rows deep (keyset, so the two should cost alike).
import { performance } from "node:perf_hooks";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { classifyQuery, type CustomerSearch } from "@/lib/customers/search/classify";
import { readCustomerSearch, readNewestCustomers } from "@/lib/customers/search/read";
import { CUSTOMER_PAGE_SIZE } from "@/lib/customers/search/schemas";
import { customerSearchSql, newestCustomersSql, type NewestCursor } from "@/lib/customers/search/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { maskIdNumber } from "@/lib/privacy/mask";
import { migrate } from "@/lib/db/migrate";
import { simOptions } from "@/lib/sim/options";
import { seedDatabase } from "@/lib/sim/seed";
import { timeInTurns } from "@/scripts/bench/measure";

const CHUNK = 50_000;
const RUNS = 9;
const SEARCHER = { actor: { id: null, email: "bench@wallet.bank" }, request: null };

export interface CustomerSearchScenario {
  name: string;
  query: string;
  kind: string;
  found: number;
  more: boolean;
  medianMs: number;
  bestMs: number;
  serverMs: number;
  indexes: string[];
  seqScan: boolean;
  plan: string;
}

export interface CustomerSearchBenchResult {
  rows: number;
  inserted: number;
  fillSeconds: number;
  runs: number;
  scenarios: CustomerSearchScenario[];
}

const count = async (db: Db, table: "customer" | "wallet") => Number((await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);

async function withoutSecondaryIndexes(db: Db, tables: string[], fill: () => Promise<void>): Promise<void> {
  // Bulk-load as one would restore a table: secondary indexes dropped, rebuilt once exactly as defined.
  const indexes = await db.$queryRaw<{ name: string; definition: string }[]>`
    SELECT indexname AS name, indexdef AS definition FROM pg_indexes
    WHERE schemaname = current_schema() AND tablename = ANY(${tables}) AND indexname NOT LIKE '%_pkey'`;
  for (const index of indexes) await db.$executeRawUnsafe(`DROP INDEX "${index.name}"`);
  try {
    await fill();
  } finally {
    for (const index of indexes) await db.$executeRawUnsafe(index.definition);
  }
}

async function grow(db: Db, target: number): Promise<{ inserted: number; seconds: number }> {
  const started = performance.now();
  const existing = await count(db, "customer");
  // The seeded customers are C00000001… in a row; clones continue the numbering (as the app would).
  const seeded = await db.$queryRaw<{ n: bigint; last: string }[]>`SELECT count(*) AS n, max(id) AS last FROM customer WHERE id <= 'C00100000'`;
  const templates = Number(seeded[0]!.n);
  if (templates === 0) throw new Error("no seeded customers to clone");
  const lastTemplate = seeded[0]!.last;
  await withoutSecondaryIndexes(db, ["customer", "wallet"], async () => {
    for (let from = existing + 1; from <= target; from += CHUNK) {
      const to = Math.min(target, from + CHUNK - 1);
      await db.$transaction((tx) => insertClones(tx, from, to, templates, lastTemplate), { timeout: 600_000 });
    }
  });
  await db.$executeRawUnsafe(`VACUUM ANALYZE customer`);
  await db.$executeRawUnsafe(`VACUUM ANALYZE wallet`);
  return { inserted: (await count(db, "customer")) - existing, seconds: (performance.now() - started) / 1000 };
}

async function insertClones(tx: Prisma.TransactionClient, from: number, to: number, templates: number, lastTemplate: string): Promise<void> {
  // Clone n copies template n % templates: same name, pinyin, region and birth date, so the name and
  // pinyin searches meet realistic runs of namesakes; new ids, mobile numbers, emails and ID numbers
  // (area code and birth date kept, new sequence digits), so those searches stay selective as in life.
  await tx.$executeRaw`
    WITH template AS (
      SELECT row_number() OVER (ORDER BY id) - 1 AS n, * FROM customer WHERE id <= ${lastTemplate}
    ), g AS (
      SELECT g, abs(hashint8(g * 5 + 1)::bigint) AS h FROM generate_series(${from}::bigint, ${to}::bigint) AS g
    )
    INSERT INTO customer (id, name, name_pinyin, pinyin_key, phone, email, id_number, birth_date, gender, province, city, risk_level, created_at)
    SELECT 'C' || lpad(g.g::text, 8, '0'), t.name, t.name_pinyin, t.pinyin_key,
           (ARRAY['13', '15', '17', '18', '19'])[g.h % 5 + 1] || lpad((g.h / 5 % 1000000000)::text, 9, '0'),
           CASE WHEN t.email IS NULL THEN NULL ELSE t.pinyin_key || g.g || '@' || split_part(t.email, '@', 2) END,
           left(t.id_number, 14) || lpad((g.h / 7 % 1000)::text, 3, '0') || substr('0123456789X', (g.h % 11)::int + 1, 1),
           t.birth_date, t.gender, t.province, t.city, t.risk_level,
           t.created_at - (g.g % 1000) * interval '1 day' - (g.h % 86400) * interval '1 second'
    FROM g JOIN template t ON t.n = g.g % ${templates}`;
  await tx.$executeRaw`
    INSERT INTO wallet (id, customer_id, status, tier, balance_fen, single_limit_fen, daily_limit_fen, annual_limit_fen, created_at)
    SELECT 'W' || lpad(g::text, 8, '0'), 'C' || lpad(g::text, 8, '0'), 'ACTIVE', 2, 0, 500000, 1000000, 20000000, now()
    FROM generate_series(${from}::bigint, ${to}::bigint) AS g`;
}

async function explain(db: Db, sql: Prisma.Sql): Promise<{ plan: string; indexes: string[]; serverMs: number; seqScan: boolean }> {
  const plan = (await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, COSTS OFF) ${sql}`)).map((row) => row["QUERY PLAN"]).join("\n");
  const indexes = [...new Set([...plan.matchAll(/(?:Index (?:Only )?Scan(?: Backward)? using|Bitmap Index Scan on) (\S+)/g)].map((m) => m[1]!))];
  const serverMs = [...plan.matchAll(/(?:Planning|Execution) Time: ([\d.]+) ms/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  return { plan, indexes, serverMs, seqScan: /Seq Scan on customer\b/.test(plan) };
}

/** Median and fastest of `runs` runs after one warm-up. */
async function time(runs: number, query: () => Promise<unknown>): Promise<{ median: number; best: number }> {
  const timed = await timeInTurns(runs, [query]);
  return { median: timed.median[0]!, best: timed.best[0]! };
}

/** The queries: one customer deep in the clones (its values are unique) and their namesakes. */
async function queries(db: Db): Promise<{ name: string; query: string }[]> {
  const [c] = await db.$queryRaw<{ id: string; name: string; name_pinyin: string; phone: string; email: string; id_number: string; wallet_id: string }[]>`
    SELECT c.id, c.name, c.name_pinyin, c.phone, c.email, c.id_number, w.id AS wallet_id
    FROM customer c JOIN wallet w ON w.customer_id = c.id WHERE c.id >= 'C00777777' AND c.email IS NOT NULL ORDER BY c.id LIMIT 1`;
  if (!c) throw new Error("no cloned customer to search for");
  const [local] = c.email.split("@");
  return [
    { name: "customer id", query: c.id },
    { name: "wallet id", query: c.wallet_id },
    { name: "whole ID number (audited)", query: c.id_number },
    { name: "masked ID number", query: `${c.id_number.slice(0, 6)}********${c.id_number.slice(-4)}` },
    { name: "whole mobile number", query: c.phone },
    { name: "mobile prefix (7 digits)", query: c.phone.slice(0, 7) },
    { name: "mobile prefix (3 digits)", query: c.phone.slice(0, 3) },
    { name: "whole email", query: c.email },
    { name: "email prefix (local part and @)", query: `${local}@` },
    { name: "name (Chinese characters)", query: c.name },
    { name: "surname only", query: c.name.slice(0, 1) },
    { name: "pinyin, typed with spaces", query: c.name_pinyin.replace(/\b\w/g, (ch) => ch.toUpperCase()) },
    { name: "pinyin prefix (2 letters)", query: c.name_pinyin.replace(/ /g, "").slice(0, 2) },
  ];
}

export async function benchCustomerSearch(url: string, options: { rows: number }): Promise<CustomerSearchBenchResult> {
  await migrate(url);
  const db = createPrismaClient(url);
  try {
    // Run alone (--only customers) on an empty database: a small seeded population to clone from.
    if ((await count(db, "customer")) === 0) await seedDatabase(db, simOptions({ customers: 3000, days: 2, seed: 1, now: new Date("2026-11-27T04:00:00Z") }));
    const filled = await grow(db, options.rows);
    const scenarios: CustomerSearchScenario[] = [];
    for (const { name, query } of await queries(db)) {
      const classified = classifyQuery(query);
      if (!classified.ok) throw new Error(`"${query}" is not a search: ${classified.reason}`);
      const search: CustomerSearch = classified.search;
      const result = await readCustomerSearch(db, search, SEARCHER);
      const timing = await time(RUNS, () => readCustomerSearch(db, search, SEARCHER));
      const plan = await explain(db, customerSearchSql(search, CUSTOMER_PAGE_SIZE + 1));
      scenarios.push({ name, query, kind: search.kind, found: result.rows.length, more: result.more, medianMs: timing.median, bestMs: timing.best, ...plan });
    }
    const [deep] = await db.$queryRaw<{ created_at: Date; id: string }[]>`SELECT created_at, id FROM customer ORDER BY created_at DESC, id DESC OFFSET 500000 LIMIT 1`;
    const deepCursor: NewestCursor = { direction: "after", createdAt: deep!.created_at.toISOString(), id: deep!.id };
    for (const [name, cursor] of [["newest customers, page 1", null], ["newest customers, 500,000 rows deep", deepCursor]] as const) {
      const page = await readNewestCustomers(db, cursor);
      const timing = await time(RUNS, () => readNewestCustomers(db, cursor));
      const plan = await explain(db, newestCustomersSql(cursor, CUSTOMER_PAGE_SIZE + 1));
      scenarios.push({ name, query: "", kind: "newest", found: page.rows.length, more: page.next !== null, medianMs: timing.median, bestMs: timing.best, ...plan });
    }
    return { rows: await count(db, "customer"), inserted: filled.inserted, fillSeconds: filled.seconds, runs: RUNS, scenarios };
  } finally {
    await db.$disconnect();
  }
}

export function customerSearchBenchReport(result: CustomerSearchBenchResult, target: string): string {
  const ms = (value: number) => value.toFixed(1);
  const lines = [
    `### Customer search on ${result.rows.toLocaleString("en")} customers (${target})`,
    "",
    `${result.inserted.toLocaleString("en")} customers cloned from the seeded ones in ${result.fillSeconds.toFixed(0)} s, then VACUUM ANALYZE. Each search runs through lib/customers/search/read.ts (the page's code: SQL, masking, one page of ${CUSTOMER_PAGE_SIZE} and one more to know whether to say "refine"); median and fastest of ${result.runs} runs, client-side, plus the database's own planning + execution time from EXPLAIN ANALYZE. The whole-ID-number search includes its audit event, written in the same transaction.`,
    "",
    "| search | kind | rows shown | more? | median ms | fastest ms | in database ms | index used | seq scan on customer |",
    "|---|---|---:|---|---:|---:|---:|---|---|",
    ...result.scenarios.map((s) => `| ${s.name} | ${s.kind} | ${s.found} | ${s.more ? "yes" : "no"} | ${ms(s.medianMs)} | ${ms(s.bestMs)} | ${ms(s.serverMs)} | ${s.indexes.join(", ") || "—"} | ${s.seqScan ? "**yes**" : "no"} |`),
    "",
    `Measured ${new Date().toISOString().slice(0, 10)} on ${process.platform}/${process.arch}, Node ${process.version}.`,
    "",
    "<details><summary>Plans</summary>",
    "",
    // Whole ID numbers (simulated, but a report is no place for them) are masked, as everywhere else.
    ...result.scenarios.flatMap((s) => {
      const shown = (text: string) => (s.kind === "idNumber" ? text.replaceAll(s.query, maskIdNumber(s.query)) : text);
      return [`**${s.name}** (\`${shown(s.query) || "no query"}\`)`, "", "```", shown(s.plan), "```", ""];
    }),
    "</details>",
    "",
  ];
  return lines.join("\n");
}
