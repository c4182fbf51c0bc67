// Benchmark: the alert queue over 1,000,000 alerts. Grows fraud_alert with synthetic alerts written by
// generate_series over the stored transactions, then times the queue's own page query (readAlertPage in
// lib/fraud/queue/read.ts, the code the page runs) for page 1, page 2 and a page deep in each view, and keeps
// each deep page's plan to show which index answered it. Target: the deep page within 1.5x of page 1.
import { performance } from "node:perf_hooks";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { FRAUD_RULES } from "@/lib/fraud/rules";
import { readAlertCounts, readAlertPage, alertCursorOf } from "@/lib/fraud/queue/read";
import { ALERT_PAGE_SIZE, alertFiltersFrom, decodeAlertCursor, type AlertCursor, type AlertFilters, type AlertSort } from "@/lib/fraud/queue/view";
import { alertOrderBy, alertPageSql, alertViewWhere, type AlertViewer } from "@/lib/fraud/queue/sql";
import { explainPlan, timeInTurns } from "@/scripts/bench/measure";

const VIEWER: AlertViewer = { viewerId: "staff_officer" };
const DEPTH = 500_000;
const CHUNK = 100_000;

interface Scenario {
  name: string;
  filters: Record<string, string>;
  sort: AlertSort;
}

const SCENARIOS: Scenario[] = [
  { name: "unresolved, newest first (the default view)", filters: {}, sort: "newest" },
  { name: "unresolved, most severe first", filters: {}, sort: "severity" },
  { name: "unresolved, largest amount first", filters: {}, sort: "amount" },
  { name: "open, critical, newest first", filters: { status: "OPEN", severity: "CRITICAL" }, sort: "newest" },
  { name: "false positives, newest first", filters: { status: "FALSE_POSITIVE" }, sort: "newest" },
  { name: "assigned to 林晓雯, newest first", filters: { assignee: "me" }, sort: "newest" },
  { name: "all statuses, newest first", filters: { status: "all" }, sort: "newest" },
];

export interface AlertQueueBenchOptions {
  /** The database to grow and measure (PostgreSQL for the recorded numbers). */
  url: string;
  rows?: number;
  runs?: number;
  /** The clock the synthetic alerts are spread back from (three years). */
  now?: Date;
}

interface ScenarioResult {
  name: string;
  matching: number;
  depth: number;
  page1Ms: number;
  page2Ms: number;
  deepMs: number;
  page1BestMs: number;
  deepBestMs: number;
  page1RowsRead: number;
  deepRowsRead: number;
  page1ServerMs: number;
  deepServerMs: number;
  indexes: string[];
  plan: string;
}

async function count(db: Db, sql: Prisma.Sql): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>(sql);
  return Number(row!.n);
}

/** The rules the alerts name: the registry's, created as the seed would if the database has none yet. */
async function ensureRules(db: Db): Promise<{ ruleId: string; versionId: string }[]> {
  const out: { ruleId: string; versionId: string }[] = [];
  for (const rule of FRAUD_RULES) {
    const ruleId = `rule_${rule.code.toLowerCase()}`;
    await db.$executeRaw`
      INSERT INTO fraud_rule (id, code, name, description, severity, enabled)
      VALUES (${ruleId}, ${rule.code}, ${rule.name["zh-CN"]}, ${rule.description["zh-CN"]}, ${rule.defaultSeverity}::"AlertSeverity", true)
      ON CONFLICT (id) DO NOTHING`;
    const [version] = await db.$queryRaw<{ id: string }[]>`SELECT id FROM fraud_rule_version WHERE rule_id = ${ruleId} ORDER BY version DESC LIMIT 1`;
    const versionId = version?.id ?? `bench_${ruleId}`;
    if (!version) {
      await db.$executeRaw`
        INSERT INTO fraud_rule_version (id, rule_id, version, params, severity, enabled, status)
        VALUES (${versionId}, ${ruleId}, 1, '{}'::jsonb, ${rule.defaultSeverity}::"AlertSeverity", true, 'ACTIVE')`;
    }
    out.push({ ruleId, versionId });
  }
  return out;
}

/**
 * Grows fraud_alert to `target` rows. Alert g names rule g mod R on stored transaction (g div R) mod T, so
 * (rule, transaction) stays unique while T x R covers the target; bulk-loaded the way one restores a table
 * (secondary indexes dropped and rebuilt once at the end, exactly as they were defined).
 */
async function fill(db: Db, target: number, now: Date): Promise<{ inserted: number; seconds: number }> {
  const started = performance.now();
  const existing = await count(db, Prisma.sql`SELECT count(*)::int AS n FROM fraud_alert`);
  if (existing >= target) return { inserted: 0, seconds: 0 };
  const rules = await ensureRules(db);
  const transactions = await count(db, Prisma.sql`SELECT count(*)::int AS n FROM "transaction"`);
  const needed = target - existing;
  if (transactions * rules.length < needed + existing) throw new Error(`${transactions} stored transactions x ${rules.length} rules cannot carry ${target} alerts: seed more transactions first`);
  const indexes = await db.$queryRaw<{ name: string; definition: string }[]>`
    SELECT indexname AS name, indexdef AS definition FROM pg_indexes
    WHERE schemaname = current_schema() AND tablename = 'fraud_alert' AND indexname <> 'fraud_alert_pkey' AND indexdef NOT LIKE 'CREATE UNIQUE%'`;
  for (const index of indexes) await db.$executeRawUnsafe(`DROP INDEX "${index.name}"`);
  const ruleIds = rules.map((rule) => rule.ruleId);
  const versionIds = rules.map((rule) => rule.versionId);
  try {
    // Numbered after the existing alerts, so a second run continues where the first stopped.
    for (let from = existing + 1; from <= target; from += CHUNK) {
      const to = Math.min(target, from + CHUNK - 1);
      await db.$executeRaw`
        WITH tx AS (
          SELECT row_number() OVER (ORDER BY t.id) - 1 AS n, t.id, t.wallet_id, w.customer_id, t.amount_fen
          FROM "transaction" t JOIN wallet w ON w.id = t.wallet_id
          WHERE t.id IN (SELECT id FROM "transaction" ORDER BY id LIMIT ${Math.min(transactions, Math.ceil(to / rules.length) + 1)})
        ), g AS (
          SELECT g, abs(hashint8(g * 11 + 1)::bigint) % 100 AS s, abs(hashint8(g * 11 + 2)::bigint) % 100 AS v,
                 ${now}::timestamptz - (abs(hashint8(g * 11 + 3)::bigint) % (3 * 365 * 86400)) * interval '1 second' AS at,
                 abs(hashint8(g * 11 + 4)::bigint) % 3 AS who
          FROM generate_series(${from}::bigint, ${to}::bigint) AS g
        )
        INSERT INTO fraud_alert (id, rule_id, rule_version_id, transaction_id, customer_id, wallet_id, amount_fen, score, severity, status,
                                 explanation, evidence, characteristic, assignee_id, assigned_at, resolved_at, created_at)
        SELECT 'ba' || lpad(g.g::text, 9, '0'),
               (${ruleIds}::text[])[(g.g % ${rules.length}) + 1], (${versionIds}::text[])[(g.g % ${rules.length}) + 1],
               tx.id, tx.customer_id, tx.wallet_id, tx.amount_fen, 40 + g.v % 60,
               (CASE WHEN g.v < 50 THEN 'LOW' WHEN g.v < 80 THEN 'MEDIUM' WHEN g.v < 95 THEN 'HIGH' ELSE 'CRITICAL' END)::"AlertSeverity",
               (CASE WHEN g.s < 8 THEN 'OPEN' WHEN g.s < 12 THEN 'INVESTIGATING' WHEN g.s < 13 THEN 'ESCALATED' WHEN g.s < 88 THEN 'FALSE_POSITIVE' ELSE 'CONFIRMED' END)::"AlertStatus",
               '{"zh-CN":"基准测试预警","en":"benchmark alert"}'::jsonb, '{}'::jsonb, 'benchmark',
               CASE WHEN g.s < 8 THEN NULL ELSE (ARRAY['staff_officer', 'staff_officer2', 'staff_lead'])[g.who + 1] END,
               CASE WHEN g.s < 8 THEN NULL ELSE g.at + interval '10 minutes' END,
               CASE WHEN g.s >= 13 THEN g.at + interval '2 hours' END,
               g.at
        FROM g JOIN tx ON tx.n = (g.g / ${rules.length}) % ${transactions}
        ON CONFLICT (rule_id, transaction_id) DO NOTHING`;
      if ((to - existing) % 500_000 < CHUNK) console.log(`  ${to.toLocaleString("en")} alerts`);
    }
  } finally {
    for (const index of indexes) await db.$executeRawUnsafe(index.definition);
  }
  await db.$executeRawUnsafe(`VACUUM ANALYZE fraud_alert`);
  const total = await count(db, Prisma.sql`SELECT count(*)::int AS n FROM fraud_alert`);
  return { inserted: total - existing, seconds: (performance.now() - started) / 1000 };
}

/** The cursor of the row `depth` rows into the view, placed directly (setup only; the queue never OFFSETs). */
async function deepCursor(db: Db, filters: AlertFilters, sort: AlertSort, depth: number): Promise<AlertCursor> {
  const [row] = await db.$queryRaw<{ id: string; created_at: Date; severity_name: "LOW" | "MEDIUM" | "HIGH" | "CRITICAL"; amount_fen: bigint }[]>`
    SELECT id, created_at, severity::text AS severity_name, amount_fen FROM fraud_alert WHERE ${alertViewWhere(filters, VIEWER)} ORDER BY ${alertOrderBy(sort)} OFFSET ${depth} LIMIT 1`;
  if (!row) throw new Error(`the view has fewer than ${depth} rows`);
  return decodeAlertCursor(alertCursorOf({ id: row.id, createdAt: row.created_at, severity: row.severity_name, amountFen: BigInt(row.amount_fen) }, sort), sort, "after")!;
}

async function measure(db: Db, runs: number): Promise<{ scenarios: ScenarioResult[]; countsMs: number }> {
  const scenarios: ScenarioResult[] = [];
  for (const scenario of SCENARIOS) {
    const filters = alertFiltersFrom(scenario.filters);
    const matching = await count(db, Prisma.sql`SELECT count(*)::int AS n FROM fraud_alert WHERE ${alertViewWhere(filters, VIEWER)}`);
    const depth = Math.min(DEPTH, Math.max(0, Math.floor(matching * 0.9)));
    const cursor = await deepCursor(db, filters, scenario.sort, depth);
    const first = await readAlertPage(db, { filters, sort: scenario.sort, cursor: null }, VIEWER);
    const page2 = first.next ? decodeAlertCursor(first.next, scenario.sort, "after") : null;
    const timed = await timeInTurns(runs, [
      () => readAlertPage(db, { filters, sort: scenario.sort, cursor: null }, VIEWER),
      () => readAlertPage(db, { filters, sort: scenario.sort, cursor: page2 }, VIEWER),
      () => readAlertPage(db, { filters, sort: scenario.sort, cursor }, VIEWER),
    ]);
    const planFirst = await explainPlan(db, alertPageSql(filters, scenario.sort, null, VIEWER, ALERT_PAGE_SIZE + 1), "fraud_alert", { buffers: false });
    const planDeep = await explainPlan(db, alertPageSql(filters, scenario.sort, cursor, VIEWER, ALERT_PAGE_SIZE + 1), "fraud_alert", { buffers: false });
    const [page1Ms = 0, page2Ms = 0, deepMs = 0] = timed.median;
    scenarios.push({
      name: scenario.name,
      matching,
      depth,
      page1Ms,
      page2Ms,
      deepMs,
      page1BestMs: timed.best[0]!,
      deepBestMs: timed.best[2]!,
      page1RowsRead: planFirst.rowsRead,
      deepRowsRead: planDeep.rowsRead,
      page1ServerMs: planFirst.serverMs,
      deepServerMs: planDeep.serverMs,
      indexes: planDeep.indexes,
      plan: planDeep.plan,
    });
    console.log(`  ${scenario.name}: page 1 ${page1Ms.toFixed(1)} ms, ${depth.toLocaleString("en")} deep ${deepMs.toFixed(1)} ms (${planDeep.indexes.join(", ") || "no index"})`);
  }
  const countsMs = (await timeInTurns(runs, [() => readAlertCounts(db, alertFiltersFrom({}), VIEWER)])).median[0]!;
  return { scenarios, countsMs };
}

/** Grows fraud_alert to `rows` alerts and measures; returns the markdown for docs/bench-fraud-alerts.md. */
export async function benchAlertQueue(options: AlertQueueBenchOptions): Promise<string> {
  const target = options.rows ?? 1_000_000;
  const runs = options.runs ?? 15;
  const db = createPrismaClient(options.url);
  try {
    const [version] = await db.$queryRaw<{ v: string }[]>`SELECT current_setting('server_version') AS v`;
    console.log(`growing fraud_alert to ${target.toLocaleString("en")} rows…`);
    const filled = await fill(db, target, options.now ?? new Date());
    const rows = await count(db, Prisma.sql`SELECT count(*)::int AS n FROM fraud_alert`);
    console.log(`  ${filled.inserted.toLocaleString("en")} rows in ${filled.seconds.toFixed(1)} s`);
    const { scenarios, countsMs } = await measure(db, runs);
    return report({ rows, inserted: filled.inserted, fillSeconds: filled.seconds, runs, scenarios, countsMs, server: `PostgreSQL ${version?.v ?? "?"}` });
  } finally {
    await db.$disconnect();
  }
}

function report(result: { rows: number; inserted: number; fillSeconds: number; runs: number; scenarios: ScenarioResult[]; countsMs: number; server: string }): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const lines = [
    `### Alert queue: page 1 and a page deep in ${result.rows.toLocaleString("en")} alerts (${result.server})`,
    "",
    `Goal: page 1 and a deep page answer within 1.5x of each other. Each time is the median of ${result.runs} runs of \`readAlertPage\``,
    "(lib/fraud/queue/read.ts, the page's own query through Prisma: 50 rows plus one, customer names masked), after one warm-up run, page 1,",
    "page 2 and the deep page taking turns; \"in the database\" is planning plus execution from EXPLAIN ANALYZE, \"rows read\" what the plan read",
    "from fraud_alert. The deep page is ~90% into the view, at most 500,000 rows in; its cursor is placed once with OFFSET (setup only).",
    result.inserted > 0
      ? `fraud_alert was grown by ${result.inserted.toLocaleString("en")} synthetic alerts (generate_series, ${result.fillSeconds.toFixed(1)} s): 8% open, 4% investigating, 1% escalated, 75% false positive, 12% confirmed; severities 50/30/15/5% low to critical; raised over three years, one per rule per stored transaction.`
      : "fraud_alert already held the rows (an earlier run's).",
    "",
    "| view | matching rows | page 1: median (best) | page 2 | deep page: median (best) | rows in | deep / page 1 | in the database: page 1 / deep | rows read: page 1 / deep | index the deep page used |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const s of result.scenarios) {
    const index = s.indexes.filter((name) => name.startsWith("fraud_alert")).map((name) => `\`${name}\``).join(", ") || "none (sequential scan)";
    lines.push(
      `| ${s.name} | ${s.matching.toLocaleString("en")} | ${ms(s.page1Ms)} (${ms(s.page1BestMs)}) | ${ms(s.page2Ms)} | ${ms(s.deepMs)} (${ms(s.deepBestMs)}) | ${s.depth.toLocaleString("en")} | ${(s.deepMs / s.page1Ms).toFixed(2)}x | ${ms(s.page1ServerMs)} / ${ms(s.deepServerMs)} | ${s.page1RowsRead.toLocaleString("en")} / ${s.deepRowsRead.toLocaleString("en")} | ${index} |`,
    );
  }
  const worst = Math.max(...result.scenarios.map((s) => s.deepMs / s.page1Ms));
  lines.push("", `Worst deep / page 1: ${worst.toFixed(2)}x (${worst <= 1.5 ? "within" : "OVER"} the 1.5x target). Status tab counts (five statuses, each counted up to 10,001): ${ms(result.countsMs)}.`, "");
  const deepest = result.scenarios[1];
  if (deepest) lines.push(`Plan of the deep page, "${deepest.name}":`, "", "```", deepest.plan, "```", "");
  return lines.join("\n");
}
