// `npm run bench -- --only reports`: the regulatory reports on PostgreSQL with 10,000,000 transactions.
//
// 1. The large-value detector (lib/reports/large-value/scan.ts scanDay) on five days of the table that it has
//    not scanned yet (the newest such days in the window): the first scan of each day and a re-run (which
//    must create nothing), the reports created, and the EXPLAIN of the day's aggregate (the prefilter; a copy
//    of scan.ts's statement, which must read the transaction table by its (created_at, id) index range). The
//    simulated population never crosses a threshold (its largest transaction is ¥500), so before the first
//    scan a few crossing transactions are planted on two of the days through the one transaction writer
//    (lib/transactions/record.ts recordTransactions), so the numbers include the writing path.
// 2. The report lists, read by the functions the /reports pages call (lib/reports/list/read.ts
//    readReportPage, readReportCounts), with 500,000 SYNTHETIC large-value reports added by one INSERT ...
//    SELECT generate_series (references LVR-19990101-nnnnnn, created_at six years back so that the retention
//    trigger lets them be deleted afterwards, which this bench does): page 1, a page 2,000 rows deep and the
//    deepest page by keyset cursor, the status-count chips and a customer filter, in turns; median, p95 and
//    the plans.
//
// Reports the detector creates are real rows inside retention: they stay (nothing deletes a report), and
// the next run scans the next five unscanned days. Each run replaces the measured part of docs/bench-reports.md
// (between its markers), keeping the text written around it.
import { register } from "node:module";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { explainPlan, type PlanSummary } from "@/scripts/bench/measure";
import { addDaysToDay, shanghaiDay, startOfShanghaiDay } from "@/lib/time";
import type { NewTransaction } from "@/lib/transactions/record";
import type { ReportListCursor, ReportListFilters } from "@/lib/reports/list/view";

export interface ReportsBenchOptions {
  url: string;
  target: string;
  postgres: boolean;
  /** Least transactions in the table (default 10,000,000). */
  minRows?: number;
  /** Synthetic reports for the list (default 500,000). */
  syntheticReports?: number;
  /** Timed runs of each list read (default 30). */
  runs?: number;
}

const DAYS_SCANNED = 5;
const PLANT_MARK = "bench: large-value plant";
const SYNTHETIC_PREFIX = "LVR-19990101-";
const DOC = path.join("docs", "bench-reports.md");

const fmt = (n: number) => n.toLocaleString("en");
const ms = (n: number) => (n >= 1000 ? `${fmt(Math.round(n))} ms` : `${n.toFixed(1)} ms`);
const load = () => loadavg().map((l) => l.toFixed(1)).join(" / ");

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}

/** Runs each query in turns (after one warm-up each), so load from elsewhere weighs on all alike; all samples kept. */
async function samplesInTurns(runs: number, queries: (() => Promise<unknown>)[]): Promise<number[][]> {
  for (const query of queries) await query();
  const samples: number[][] = queries.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [q, query] of queries.entries()) samples[q]!.push((await timed(query)).ms);
  }
  return samples;
}

/** "server-only" resolves to an empty module here, as in the tests (the list's app wrapper imports it). */
async function reportFunctions() {
  register(
    `data:text/javascript,${encodeURIComponent(
      `export async function resolve(specifier, context, next) { return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context); }`,
    )}`,
  );
  const scan = await import("@/lib/reports/large-value/scan");
  const list = await import("@/lib/reports/list/read");
  const sql = await import("@/lib/reports/list/sql");
  const record = await import("@/lib/transactions/record");
  return { scanDay: scan.scanDay, dayCrossingsSql: scan.dayCrossingsSql, ...list, reportPageSql: sql.reportPageSql, reportCountsSql: sql.reportCountsSql, SORT_KEY: sql.SORT_KEY, recordTransactions: record.recordTransactions };
}
type Fns = Awaited<ReturnType<typeof reportFunctions>>;

// ---------------------------------------------------------------------------------------------------------
// 1. The detector


/**
 * Crossing activity on one day, on wallets picked by a hash of the day: cash top-ups cumulating past ¥50,000
 * (two of ¥26,000), a single ¥50,000 withdrawal, and cross-border USD payments past USD 10,000. Marked by
 * merchant name; planted once per day (a re-run finds them).
 */
async function plantDay(db: Db, f: Fns, day: string, perKind: number): Promise<{ rows: number; ms: number }> {
  const [already] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*)::bigint AS n FROM "transaction"
    WHERE created_at >= ${startOfShanghaiDay(day).toISOString()}::timestamptz AND created_at < ${startOfShanghaiDay(addDaysToDay(day, 1)).toISOString()}::timestamptz
      AND merchant_name = ${PLANT_MARK}`;
  if (Number(already?.n ?? 0n) > 0) return { rows: 0, ms: 0 };
  // Each wallet's own device and address (its latest transaction's), as its other activity has them.
  const wallets = await db.$queryRaw<{ id: string; device_id: string; ip: string }[]>`
    SELECT w.id, t.device_id, t.ip FROM (SELECT id FROM wallet ORDER BY md5(id || ${day}) LIMIT ${perKind * 3}) w
    CROSS JOIN LATERAL (SELECT device_id, ip FROM "transaction" WHERE wallet_id = w.id ORDER BY created_at DESC, id DESC LIMIT 1) t`;
  const at = (hour: number, minute: number) => new Date(startOfShanghaiDay(day).getTime() + (hour * 60 + minute) * 60_000);
  const rows: NewTransaction[] = [];
  wallets.forEach((wallet, i) => {
    const base = { walletId: wallet.id, deviceId: wallet.device_id, ip: wallet.ip, status: "SUCCEEDED" as const, merchantName: PLANT_MARK };
    if (i % 3 === 0) {
      rows.push({ ...base, type: "TOP_UP", channel: "BANK_TRANSFER", amountFen: 2_600_000n, createdAt: at(10, i % 50) });
      rows.push({ ...base, type: "TOP_UP", channel: "BANK_TRANSFER", amountFen: 2_600_000n, createdAt: at(15, i % 50) });
    } else if (i % 3 === 1) {
      rows.push({ ...base, type: "WITHDRAWAL", channel: "BANK_TRANSFER", amountFen: 5_000_000n, createdAt: at(11, i % 50) });
    } else {
      for (const [hour, usd] of [[9, 600_000n], [16, 550_000n]] as const) {
        rows.push({
          ...base,
          type: "PAYMENT",
          channel: "ONLINE",
          amountFen: (usd * 71n) / 10n,
          currency: "USD",
          originalAmountMinor: usd,
          fxRate: new Prisma.Decimal("7.1"),
          country: "US",
          crossBorder: true,
          createdAt: at(hour, i % 50),
        });
      }
    }
  });
  const t = await timed(() => db.$transaction((tx) => f.recordTransactions(tx, rows), { timeout: 60_000 }));
  return { rows: rows.length, ms: t.ms };
}

interface DayResult {
  day: string;
  transactions: number;
  planted: number;
  plantMs: number;
  first: { ms: number; crossings: number; created: number };
  rerun: { ms: number[]; created: number[] };
}

async function benchDetector(db: Db, f: Fns, lastDay: string, firstDay: string): Promise<{ days: DayResult[]; plan: PlanSummary; loadBefore: string; loadAfter: string }> {
  // The newest DAYS_SCANNED days of the window that large_value_scan does not hold yet.
  const scanned = new Set((await db.$queryRaw<{ day: string }[]>`SELECT to_char(day, 'YYYY-MM-DD') AS day FROM large_value_scan`).map((r) => r.day));
  const days: string[] = [];
  for (let day = lastDay; day >= firstDay && days.length < DAYS_SCANNED; day = addDaysToDay(day, -1)) if (!scanned.has(day)) days.push(day);
  if (days.length < DAYS_SCANNED) throw new Error(`fewer than ${DAYS_SCANNED} unscanned days left in ${firstDay}..${lastDay}`);
  const loadBefore = load();
  const results: DayResult[] = [];
  for (const [i, day] of days.entries()) {
    const planted = i < 2 ? await plantDay(db, f, day, 8) : { rows: 0, ms: 0 };
    const [count] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*)::bigint AS n FROM "transaction"
      WHERE created_at >= ${startOfShanghaiDay(day).toISOString()}::timestamptz AND created_at < ${startOfShanghaiDay(addDaysToDay(day, 1)).toISOString()}::timestamptz`;
    const first = await timed(() => f.scanDay(db, day));
    const rerun: DayResult["rerun"] = { ms: [], created: [] };
    for (let r = 0; r < 3; r++) {
      const again = await timed(() => f.scanDay(db, day));
      rerun.ms.push(again.ms);
      rerun.created.push(again.value.created);
    }
    const result = { day, transactions: Number(count?.n ?? 0n), planted: planted.rows, plantMs: planted.ms, first: { ms: first.ms, crossings: first.value.crossings, created: first.value.created }, rerun };
    console.log(`  scan ${day}: ${fmt(result.transactions)} tx, planted ${planted.rows}, first ${ms(first.ms)} (created ${first.value.created}), re-runs ${rerun.ms.map(ms).join(", ")} (created ${rerun.created.join(", ")})`);
    results.push(result);
  }
  const [rules] = await db.$queryRaw<{ thresholds: unknown; rate: string }[]>`
    SELECT thresholds, usd_cny_rate::text AS rate FROM reporting_rule_set WHERE effective_from <= ${days[0]}::date ORDER BY effective_from DESC, version DESC LIMIT 1`;
  const thresholds = JSON.stringify(rules!.thresholds);
  const plan = await explainPlan(db, f.dayCrossingsSql(days[0]!, thresholds, Number(rules!.rate).toFixed(6)), "transaction");
  return { days: results, plan, loadBefore, loadAfter: load() };
}

// ---------------------------------------------------------------------------------------------------------
// 2. The lists

/** 500,000 synthetic large-value reports: statuses as a year of filing leaves them, due days over two years, real customers. */
async function insertSynthetic(db: Db, count: number): Promise<number> {
  await db.$executeRaw`
    INSERT INTO regulatory_report (id, reference, kind, status, customer_id, rule_set_version, basis_day, due_day,
      threshold_code, direction, detection_key, total_fen, total_usd_cents, transaction_count, created_at, updated_at)
    SELECT 'bench_lvr_' || g,
           ${SYNTHETIC_PREFIX} || lpad(g::text, 6, '0'),
           'LARGE_VALUE',
           (CASE WHEN g % 100 < 78 THEN 'ACKNOWLEDGED' WHEN g % 100 < 84 THEN 'EXPORTED' WHEN g % 100 < 87 THEN 'APPROVED'
                 WHEN g % 100 < 91 THEN 'SUBMITTED_FOR_REVIEW' WHEN g % 100 < 97 THEN 'DRAFT' WHEN g % 100 < 99 THEN 'RETURNED'
                 ELSE 'REJECTED_BY_REGULATOR' END)::"RegulatoryReportStatus",
           c.id,
           1,
           DATE '2025-01-01' + (g % 730),
           DATE '2025-01-01' + (g % 730) + 7,
           (ARRAY['CASH', 'NATURAL_DOMESTIC_TRANSFER', 'NATURAL_CROSS_BORDER'])[1 + g % 3],
           (ARRAY['IN', 'OUT'])[1 + (g / 3) % 2],
           'bench-synthetic|' || g,
           5000000 + (g % 1000) * 1000, 704000 + (g % 1000) * 140, 1 + g % 5,
           now() - interval '6 years', now()
    FROM generate_series(1, ${count}::int) AS g
    JOIN (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS k FROM customer) AS c
      ON c.k = (g::bigint * 7919) % (SELECT count(*) FROM customer)`;
  await db.$executeRawUnsafe(`ANALYZE regulatory_report`);
  return count;
}

/** Deletes the synthetic reports (outside retention, so the trigger lets them go; the foreign key's check reads regulatory_report_corrects_report_id_idx). */
async function deleteSynthetic(db: Db): Promise<number> {
  return db.$executeRaw`DELETE FROM regulatory_report WHERE reference LIKE ${`${SYNTHETIC_PREFIX}%`}`;
}

interface ListCase {
  name: string;
  samples: number[];
  rows: number;
  plan: PlanSummary;
}

async function benchLists(db: Db, f: Fns, runs: number, synthetic: number): Promise<{ cases: ListCase[]; total: number; loadBefore: string; loadAfter: string; insertMs: number; deleted: number; deleteMs: number }> {
  // An interrupted run leaves its synthetic reports: the same number is reused, another replaced.
  const existing = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*)::bigint AS n FROM regulatory_report WHERE reference LIKE ${`${SYNTHETIC_PREFIX}%`}`;
  const left = Number(existing[0]?.n ?? 0n);
  if (left > 0 && left !== synthetic) await deleteSynthetic(db);
  const inserted = left === synthetic ? { value: synthetic, ms: Number.NaN } : await timed(() => insertSynthetic(db, synthetic));
  console.log(`  ${fmt(synthetic)} synthetic reports ${left === synthetic ? "left by an earlier run, reused" : `inserted in ${ms(inserted.ms)}`}`);
  try {
    const today = shanghaiDay(new Date());
    const view = (filters: ReportListFilters) => ({ kind: "LARGE_VALUE" as const, filters, today });
    const [{ n: totalBig } = { n: 0n }] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*)::bigint AS n FROM regulatory_report WHERE kind = 'LARGE_VALUE'`;
    const total = Number(totalBig);
    // The cursor at a row, as the page's "next" link would carry it (found once with OFFSET, outside the timing).
    const cursorAt = async (offset: number): Promise<ReportListCursor> => {
      const [row] = await db.$queryRaw<{ key: number; reference: string }[]>`
        SELECT ${f.SORT_KEY}::int AS key, r.reference FROM regulatory_report r WHERE r.kind = 'LARGE_VALUE'
        ORDER BY ${f.SORT_KEY}, r.reference OFFSET ${offset} LIMIT 1`;
      return { direction: "after", key: Number(row!.key), reference: row!.reference };
    };
    const deep = await cursorAt(2000 - 1);
    const deepest = await cursorAt(total - 51);
    const [viewer] = await db.$queryRaw<{ id: string }[]>`SELECT id FROM staff_user ORDER BY id LIMIT 1`;
    const viewerId = viewer?.id ?? "nobody";
    // A customer holding synthetic reports, by phone (the population's names carry digits, which the customer
    // search does not read as names): the whole number, and its first seven digits.
    const [customer] = await db.$queryRaw<{ name: string; n: bigint }[]>`
      SELECT c.phone AS name, count(*)::bigint AS n FROM regulatory_report r JOIN customer c ON c.id = r.customer_id
      WHERE r.reference LIKE ${`${SYNTHETIC_PREFIX}%`} AND r.customer_id = (SELECT customer_id FROM regulatory_report WHERE reference = ${`${SYNTHETIC_PREFIX}123457`})
      GROUP BY c.phone`;
    const customerFilter: ReportListFilters = { customer: customer!.name };
    const prefixFilter: ReportListFilters = { customer: customer!.name.slice(0, 7) };
    const customerSearch = f.customerSearchOf(customerFilter);
    const prefixSearch = f.customerSearchOf(prefixFilter);
    if (customerSearch === "invalid" || prefixSearch === "invalid") throw new Error(`the customer filter ${customer!.name} does not classify`);

    const specs: { name: string; read: () => Promise<{ rows: number }>; sql: Prisma.Sql }[] = [
      { name: "page 1 (no filter)", read: async () => ({ rows: (await f.readReportPage(db, view({}), null)).rows.length }), sql: f.reportPageSql({ kind: "LARGE_VALUE", filters: {}, customer: null, today }, null, 51) },
      { name: "page 2,000 rows deep (keyset)", read: async () => ({ rows: (await f.readReportPage(db, view({}), deep)).rows.length }), sql: f.reportPageSql({ kind: "LARGE_VALUE", filters: {}, customer: null, today }, deep, 51) },
      { name: `deepest page (after row ${fmt(total - 51)}, keyset)`, read: async () => ({ rows: (await f.readReportPage(db, view({}), deepest)).rows.length }), sql: f.reportPageSql({ kind: "LARGE_VALUE", filters: {}, customer: null, today }, deepest, 51) },
      { name: "status chip DRAFT, page 1", read: async () => ({ rows: (await f.readReportPage(db, view({ status: "DRAFT" }), null)).rows.length }), sql: f.reportPageSql({ kind: "LARGE_VALUE", filters: { status: "DRAFT" }, customer: null, today }, null, 51) },
      { name: "overdue chip, page 1", read: async () => ({ rows: (await f.readReportPage(db, view({ due: "overdue" }), null)).rows.length }), sql: f.reportPageSql({ kind: "LARGE_VALUE", filters: { due: "overdue" }, customer: null, today }, null, 51) },
      { name: "status-count chips (readReportCounts)", read: async () => ({ rows: Object.keys(await f.readReportCounts(db, view({}), viewerId)).length }), sql: f.reportCountsSql({ kind: "LARGE_VALUE", filters: {}, customer: null, today }, viewerId) },
      { name: `customer filter: one customer's whole phone number (${fmt(Number(customer!.n))} reports), page 1`, read: async () => ({ rows: (await f.readReportPage(db, view(customerFilter), null)).rows.length }), sql: f.reportPageSql({ kind: "LARGE_VALUE", filters: customerFilter, customer: customerSearch, today }, null, 51) },
      { name: "customer filter: the same customer, its chip counts", read: async () => ({ rows: Object.keys(await f.readReportCounts(db, view(customerFilter), viewerId)).length }), sql: f.reportCountsSql({ kind: "LARGE_VALUE", filters: customerFilter, customer: customerSearch, today }, viewerId) },
      { name: "customer filter: a phone prefix (7 digits), page 1", read: async () => ({ rows: (await f.readReportPage(db, view(prefixFilter), null)).rows.length }), sql: f.reportPageSql({ kind: "LARGE_VALUE", filters: prefixFilter, customer: prefixSearch, today }, null, 51) },
    ];
    const loadBefore = load();
    const rows = await Promise.all(specs.map((s) => s.read()));
    const samples = await samplesInTurns(runs, specs.map((s) => s.read));
    const loadAfter = load();
    const cases: ListCase[] = [];
    for (const [i, spec] of specs.entries()) {
      cases.push({ name: spec.name, samples: samples[i]!, rows: rows[i]!.rows, plan: await explainPlan(db, spec.sql, "regulatory_report") });
      console.log(`  ${spec.name}: median ${ms(median(samples[i]!))}, p95 ${ms(percentile(samples[i]!, 95))}`);
    }
    const deleted = await timed(() => deleteSynthetic(db));
    return { cases, total, loadBefore, loadAfter, insertMs: inserted.ms, deleted: deleted.value, deleteMs: deleted.ms };
  } catch (error) {
    await deleteSynthetic(db).catch(() => 0);
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------------

const START = "<!-- measured: written by npm run bench -- --only reports -->";
const END = "<!-- end of measured -->";

/** Replaces the measured part of docs/bench-reports.md (between the markers), keeping the written text around it. */
function recordReport(report: string): void {
  const block = `${START}\n${report.trimEnd()}\n${END}`;
  const current = existsSync(DOC) ? readFileSync(DOC, "utf8") : "";
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  writeFileSync(DOC, start >= 0 && end > start ? `${current.slice(0, start)}${block}${current.slice(end + END.length)}` : `${block}\n`);
}

function planBlock(title: string, plan: PlanSummary): string[] {
  return [`${title} (indexes: ${plan.indexes.join(", ") || "none"}; ${fmt(plan.rowsRead)} rows read from the table; ${ms(plan.serverMs)} in the server):`, "", "```", plan.plan, "```", ""];
}

export async function benchReports(options: ReportsBenchOptions): Promise<void> {
  const minRows = options.minRows ?? 10_000_000;
  const synthetic = options.syntheticReports ?? Number(process.env.BENCH_REPORTS_SYNTHETIC ?? 500_000);
  const runs = options.runs ?? Number(process.env.BENCH_REPORTS_RUNS ?? 30);
  if (!options.postgres) {
    console.log("reports bench: needs PostgreSQL with the 10,000,000-transaction population (DATABASE_URL); nothing measured, docs/bench-reports.md unchanged.");
    return;
  }
  const db = createPrismaClient(options.url);
  try {
    const [present] = await db.$queryRaw<{ r: string | null }[]>`SELECT to_regclass('regulatory_report')::text AS r`;
    if (!present?.r) {
      console.log("reports bench: the database has no regulatory_report table: run `npm run db:migrate` against it first. Nothing measured.");
      return;
    }
    const [estimate] = await db.$queryRaw<{ n: number }[]>`SELECT reltuples::float8 AS n FROM pg_class WHERE oid = '"transaction"'::regclass`;
    if ((estimate?.n ?? 0) < minRows * 0.9) {
      console.log(`reports bench: the transaction table holds about ${fmt(Math.round(estimate?.n ?? 0))} rows, fewer than ${fmt(minRows)}. Nothing measured.`);
      return;
    }
    const [meta] = await db.$queryRaw<{ version: string; newest: Date; oldest: Date; shared_buffers: string; rows: number }[]>`
      SELECT version() AS version, (SELECT max(created_at) FROM "transaction") AS newest, (SELECT min(created_at) FROM "transaction") AS oldest,
        current_setting('shared_buffers') AS shared_buffers, (SELECT reltuples::float8 FROM pg_class WHERE oid = '"transaction"'::regclass) AS rows`;
    const lastDay = shanghaiDay(meta!.newest);
    const firstDay = shanghaiDay(meta!.oldest);
    const f = await reportFunctions();

    console.log("reports bench: the large-value detector…");
    const detector = await benchDetector(db, f, lastDay, firstDay);
    console.log("reports bench: the lists…");
    const lists = await benchLists(db, f, runs, synthetic);

    const page1 = median(lists.cases[0]!.samples);
    const deepRatio = median(lists.cases[1]!.samples) / page1;
    const deepestRatio = median(lists.cases[2]!.samples) / page1;
    const firstTimes = detector.days.map((d) => d.first.ms);
    const rerunTimes = detector.days.flatMap((d) => d.rerun.ms);
    const lines = [
      `## Measured (${options.target})`,
      "",
      `_Measured ${new Date().toISOString().slice(0, 16)}Z by \`npm run bench -- --only reports\` (scripts/bench/reports.ts); each run replaces this part, between the markers._`,
      "",
      `${meta!.version.split(" (")[0]}, shared_buffers ${meta!.shared_buffers}; about ${fmt(Math.round(meta!.rows))} transactions over ${firstDay}..${lastDay}; Node ${process.version}, ${process.platform}/${process.arch}, 2 cores shared with other work.`,
      "",
      "### 1. The large-value detector (scanDay)",
      "",
      `Five days the detector had not scanned (the newest such days of the table), each scanned once (the first scan: the day's aggregate, the crossing groups' transactions, the pure detector, and for each new report its reference, row, transactions and audit event in the one transaction) and then re-run three times (idempotent: a re-run must create 0). The simulated population never crosses a threshold (its largest transaction is ¥500), so before the first scan the bench planted crossing activity on the first two days through recordTransactions (the one transaction writer, rollups included; merchant name "${PLANT_MARK}"): 8 wallets with two ¥26,000 cash top-ups, 8 with one ¥50,000 withdrawal, 8 with two cross-border USD payments totalling USD 11,500.`,
      "",
      `| day | transactions that day | planted rows (write time) | first scan | crossings | reports created | re-runs (3) | created on re-run |`,
      `|---|---:|---:|---:|---:|---:|---|---|`,
      ...detector.days.map((d) => `| ${d.day} | ${fmt(d.transactions)} | ${d.planted ? `${d.planted} (${ms(d.plantMs)})` : "-"} | ${ms(d.first.ms)} | ${d.first.crossings} | ${d.first.created} | ${d.rerun.ms.map(ms).join(", ")} | ${d.rerun.created.join(", ")} |`),
      "",
      `- **First scan: median ${ms(median(firstTimes))}, slowest ${ms(Math.max(...firstTimes))}** over the five days; **re-run: median ${ms(median(rerunTimes))}, p95 ${ms(percentile(rerunTimes, 95))}** (${rerunTimes.length} re-runs), creating ${detector.days.every((d) => d.rerun.created.every((c) => c === 0)) ? "0 reports every time" : "**reports on a re-run (a defect)**"}.`,
      `- Load average (1/5/15 min): ${detector.loadBefore} before, ${detector.loadAfter} after.`,
      "",
      ...planBlock(`The day's aggregate (scan.ts's prefilter, for ${detector.days[0]!.day})`, detector.plan),
      `It ${detector.plan.plan.includes("transaction_created_at_id_idx") ? "reads the day by the transaction_created_at_id_idx range (a bitmap index scan of the day's range, then its heap pages)" : "does NOT read the day by the (created_at, id) index"}; the wallet join ${detector.plan.plan.includes("wallet_pkey") ? "goes through wallet_pkey" : "hashes the wallet table"}.`,
      "",
      "### 2. The report lists",
      "",
      `The list functions the /reports page calls (lib/reports/list/read.ts readReportPage, 50 rows a page plus one, and readReportCounts), with **${fmt(synthetic)} SYNTHETIC large-value reports** added for the run (one INSERT ... SELECT generate_series${Number.isNaN(lists.insertMs) ? ", left by an interrupted run and reused" : `, ${ms(lists.insertMs)}`}: references ${SYNTHETIC_PREFIX}000001.., statuses 78% acknowledged, 6% exported, 3% approved, 4% submitted, 6% drafts, 2% returned, 1% rejected; basis days over 2025-01-01 + 730 days, due 7 days later; customers of the table; created_at six years back, outside retention, so that the bench could delete them afterwards: ${fmt(lists.deleted)} deleted in ${ms(lists.deleteMs)}). ${fmt(lists.total)} large-value reports in all during the run. Each read ${runs} times in turns after a warm-up; the viewer is a staff user of the table; today = ${shanghaiDay(new Date())}.`,
      "",
      `| read | rows | median | p95 | best |`,
      `|---|---:|---:|---:|---:|`,
      ...lists.cases.map((c) => `| ${c.name} | ${c.rows} | ${ms(median(c.samples))} | ${ms(percentile(c.samples, 95))} | ${ms(Math.min(...c.samples))} |`),
      "",
      `- **Deep pages against page 1 (medians): 2,000 rows deep ${deepRatio.toFixed(2)}x, the deepest page ${deepestRatio.toFixed(2)}x** (budget: within 1.5x: ${deepRatio <= 1.5 && deepestRatio <= 1.5 ? "met" : "NOT met"}).`,
      `- Load average (1/5/15 min): ${lists.loadBefore} before the timed reads, ${lists.loadAfter} after.`,
      "",
      ...lists.cases.flatMap((c) => planBlock(c.name, c.plan)),
    ];
    const report = lines.join("\n");
    console.log(report);
    recordReport(report);
  } finally {
    await db.$disconnect();
  }
}
