// Benchmark: the KYC review queue in a 1,000,000-submission table. Grows kyc_submission by cloning the
// seeded submissions with SQL, then times the queue's own page query (lib/kyc/queue/read.ts, the code the
// page runs) for page 1, page 2 and a page ~500,000 rows deep, first with the indexes the table had before
// the queue and then with the queue's own (as the migrations leave it), and keeps each deep page's plan
// to show which index answered it.
import { performance } from "node:perf_hooks";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { readQueueCounts, readQueuePage } from "@/lib/kyc/queue/read";
import { decodeQueueCursor, encodeQueueCursor, QUEUE_PAGE_SIZE, queueFiltersSchema, type QueueCursor, type QueueFilters, type QueueSort } from "@/lib/kyc/queue/schemas";
import { queueOrderBy, queuePageSql, queueViewWhere, type QueueViewer } from "@/lib/kyc/queue/sql";
import { explainPlan, timeInTurns } from "@/scripts/bench/measure";

/** The seed bench's "now", so the clones' ages and due times sit around the seeded ones. */
const NOW = new Date("2026-11-27T04:00:00Z");
const VIEWER: QueueViewer = { viewerId: "staff_officer", now: NOW };
const DEPTH = 500_000;
const CHUNK = 50_000;

interface Scenario {
  name: string;
  filters: Partial<QueueFilters>;
  sort: QueueSort;
}

const SCENARIOS: Scenario[] = [
  { name: "open queue, oldest first (the default view)", filters: {}, sort: "submitted" },
  { name: "open queue, highest risk score first", filters: {}, sort: "risk" },
  { name: "open, high risk, soonest due first", filters: { risk: "HIGH" }, sort: "due" },
  { name: "approved by 陈子豪's hand, oldest first", filters: { status: "APPROVED", assignee: "staff_officer2" }, sort: "submitted" },
];

/** The queue's indexes (prisma/schema.prisma, migration 20261128014424_kyc_queue_indexes), as Prisma names them. */
export const QUEUE_INDEXES = [
  { prisma: "@@index([status, dueAt, id])", name: "kyc_submission_status_due_at_id_idx", columns: "status, due_at, id" },
  { prisma: "@@index([status, riskScore(sort: Desc), submittedAt, id])", name: "kyc_submission_status_risk_score_submitted_at_id_idx", columns: "status, risk_score DESC, submitted_at, id" },
  { prisma: "@@index([status, riskLevel, submittedAt, id])", name: "kyc_submission_status_risk_level_submitted_at_id_idx", columns: "status, risk_level, submitted_at, id" },
  { prisma: "@@index([assigneeId, status, submittedAt, id])", name: "kyc_submission_assignee_id_status_submitted_at_id_idx", columns: "assignee_id, status, submitted_at, id" },
] as const;

/** The ones they replaced (migration 20261127234602_init), for the "before" measurement. */
const REPLACED_INDEXES = [
  { name: "kyc_submission_status_due_at_idx", columns: "status, due_at" },
  { name: "kyc_submission_status_risk_level_submitted_at_idx", columns: "status, risk_level, submitted_at" },
  { name: "kyc_submission_assignee_id_status_idx", columns: "assignee_id, status" },
] as const;

/** Drops one set of indexes and builds the other; seconds taken. */
async function switchIndexes(db: Db, drop: readonly { name: string }[], build: readonly { name: string; columns: string }[]): Promise<number> {
  const started = performance.now();
  for (const index of drop) await db.$executeRawUnsafe(`DROP INDEX IF EXISTS "${index.name}"`);
  for (const index of build) await db.$executeRawUnsafe(`CREATE INDEX IF NOT EXISTS "${index.name}" ON kyc_submission (${index.columns})`);
  await db.$executeRawUnsafe(`ANALYZE kyc_submission`);
  return (performance.now() - started) / 1000;
}

export interface ScenarioResult {
  name: string;
  matching: number;
  depth: number;
  /** Medians of the runs; "best" is the fastest run, the cost with the least interference. */
  page1Ms: number;
  deepMs: number;
  page2Ms: number;
  page1BestMs: number;
  deepBestMs: number;
  /** Rows page 1's plan read from kyc_submission, for comparison with the deep page's. */
  page1RowsRead: number;
  /** Planning + execution time inside the database, from EXPLAIN ANALYZE of each page. */
  page1ServerMs: number;
  deepServerMs: number;
  /** Indexes the deep page's plan scanned. */
  indexes: string[];
  /** Rows the deep page's plan read from kyc_submission (returned or filtered away). */
  rowsRead: number;
  plan: string;
}

export interface KycQueueBenchResult {
  rows: number;
  inserted: number;
  fillSeconds: number;
  runs: number;
  phases: { name: string; indexSeconds: number; scenarios: ScenarioResult[]; countsMs: number }[];
}

async function count(db: Db, sql: Prisma.Sql): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>(sql);
  return row!.n;
}

async function fill(db: Db, target: number): Promise<{ inserted: number; seconds: number }> {
  const started = performance.now();
  const existing = await count(db, Prisma.sql`SELECT count(*)::int AS n FROM kyc_submission`);
  const templates = await count(db, Prisma.sql`SELECT count(*)::int AS n FROM kyc_submission WHERE id >= 'K' AND id < 'L'`);
  if (templates === 0) throw new Error("no seeded submissions to clone: run the seed bench first");
  // Bulk-load the way one would restore a table: secondary indexes dropped and rebuilt once at the end
  // (exactly as they were defined), and foreign-key triggers skipped where the role may do that (the
  // clones reuse existing customers and staff, so every reference holds by construction).
  const indexes = await db.$queryRaw<{ name: string; definition: string }[]>`
    SELECT indexname AS name, indexdef AS definition FROM pg_indexes
    WHERE schemaname = current_schema() AND tablename = 'kyc_submission' AND indexname <> 'kyc_submission_pkey'`;
  for (const index of indexes) await db.$executeRawUnsafe(`DROP INDEX "${index.name}"`);
  const [role] = await db.$queryRaw<{ superuser: boolean }[]>`SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`;
  try {
    for (let from = existing + 1; from <= target; from += CHUNK) {
      const to = Math.min(target, from + CHUNK - 1);
      await db.$transaction(
        async (tx) => {
          if (role?.superuser) await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
          await insertClones(tx, from, to, templates);
        },
        { timeout: 600_000 },
      );
    }
  } finally {
    for (const index of indexes) await db.$executeRawUnsafe(index.definition);
  }
  await db.$executeRawUnsafe(`VACUUM ANALYZE kyc_submission`);
  const total = await count(db, Prisma.sql`SELECT count(*)::int AS n FROM kyc_submission`);
  return { inserted: total - existing, seconds: (performance.now() - started) / 1000 };
}

async function insertClones(tx: Prisma.TransactionClient, from: number, to: number, templates: number): Promise<void> {
  // Pseudo-random but repeatable columns from hashes of the row number; the seeded submissions give the
  // customers, provinces and the entered data (the list reads the name from it). The OCR data and check
  // results, which the queue never reads, stay empty: a million of them would only slow the fill.
  await tx.$executeRaw`
    WITH template AS (
      SELECT row_number() OVER (ORDER BY id) - 1 AS n, customer_id, entered_data, id_number, province
      FROM kyc_submission WHERE id >= 'K' AND id < 'L'
    ), g AS (
      SELECT g, abs(hashint8(g * 7 + 1)::bigint) % 100 AS s, abs(hashint8(g * 7 + 2)::bigint) % 101 AS risk,
             ${NOW}::timestamptz - (abs(hashint8(g * 7 + 3)::bigint) % (3 * 365 * 86400)) * interval '1 second' AS at,
             abs(hashint8(g * 7 + 4)::bigint) % 3 AS who
      FROM generate_series(${from}::bigint, ${to}::bigint) AS g
    )
    INSERT INTO kyc_submission (id, customer_id, tier_requested, status, entered_data, document_data, check_results, risk_score, risk_level,
                                id_number, province, assignee_id, assigned_at, submitted_at, due_at, decided_by_id, decided_at, approval_pending)
    SELECT 'B' || lpad(g.g::text, 9, '0'), t.customer_id, CASE WHEN g.g % 10 < 3 THEN 3 ELSE 2 END,
           (CASE WHEN g.s < 40 THEN 'PENDING' WHEN g.s < 55 THEN 'IN_REVIEW' WHEN g.s < 60 THEN 'NEEDS_INFO' WHEN g.s < 92 THEN 'APPROVED' ELSE 'REJECTED' END)::"KycStatus",
           t.entered_data, '{}'::jsonb, '[]'::jsonb, g.risk,
           (CASE WHEN g.risk >= 70 THEN 'HIGH' WHEN g.risk >= 40 THEN 'MEDIUM' ELSE 'LOW' END)::"RiskLevel",
           t.id_number, t.province,
           CASE WHEN g.s < 40 THEN NULL ELSE (ARRAY['staff_officer', 'staff_officer2', 'staff_lead'])[g.who + 1] END,
           CASE WHEN g.s < 40 THEN NULL ELSE g.at + interval '30 minutes' END,
           g.at, g.at + interval '24 hours',
           CASE WHEN g.s >= 55 THEN (ARRAY['staff_officer', 'staff_officer2', 'staff_lead'])[g.who + 1] END,
           CASE WHEN g.s >= 55 THEN g.at + interval '5 hours' END,
           g.s BETWEEN 40 AND 54 AND g.g % 50 = 0
    FROM g JOIN template t ON t.n = g.g % ${templates}`;
}

/** The cursor of the row `depth` rows into the view, placed directly (setup only; the queue never OFFSETs). */
async function deepCursor(db: Db, filters: QueueFilters, sort: QueueSort, depth: number): Promise<QueueCursor> {
  const [row] = await db.$queryRaw<{ id: string; submitted_at: Date; due_at: Date; risk_score: number }[]>`
    SELECT id, submitted_at, due_at, risk_score FROM kyc_submission WHERE ${queueViewWhere(filters, VIEWER)} ORDER BY ${queueOrderBy(sort)} OFFSET ${depth} LIMIT 1`;
  if (!row) throw new Error(`the view has fewer than ${depth} rows`);
  const values = sort === "submitted" ? [row.submitted_at.toISOString()] : sort === "due" ? [row.due_at.toISOString()] : [row.risk_score, row.submitted_at.toISOString()];
  return decodeQueueCursor(encodeQueueCursor({ sort, values, id: row.id }), sort, "after")!;
}

async function measure(db: Db, runs: number, depthFor: Map<string, number>): Promise<{ scenarios: ScenarioResult[]; countsMs: number }> {
  const scenarios: ScenarioResult[] = [];
  for (const scenario of SCENARIOS) {
    const filters = queueFiltersSchema.parse(scenario.filters);
    const matching = await count(db, Prisma.sql`SELECT count(*)::int AS n FROM kyc_submission WHERE ${queueViewWhere(filters, VIEWER)}`);
    const depth = depthFor.get(scenario.name) ?? Math.min(DEPTH, Math.max(0, Math.floor(matching * 0.9)));
    depthFor.set(scenario.name, depth);
    const cursor = await deepCursor(db, filters, scenario.sort, depth);
    // Page 2 too: it already carries a cursor, so "deep / page 2" isolates what depth itself costs.
    const second = await readQueuePage(db, { filters, sort: scenario.sort, cursor: null }, VIEWER);
    const page2 = decodeQueueCursor(second.next!, scenario.sort, "after");
    const timed = await timeInTurns(runs, [
      () => readQueuePage(db, { filters, sort: scenario.sort, cursor: null }, VIEWER),
      () => readQueuePage(db, { filters, sort: scenario.sort, cursor: page2 }, VIEWER),
      () => readQueuePage(db, { filters, sort: scenario.sort, cursor }, VIEWER),
    ]);
    const first = await explainPlan(db, queuePageSql(filters, scenario.sort, null, VIEWER, QUEUE_PAGE_SIZE + 1)!, "kyc_submission", { buffers: false });
    const deep = await explainPlan(db, queuePageSql(filters, scenario.sort, cursor, VIEWER, QUEUE_PAGE_SIZE + 1)!, "kyc_submission", { buffers: false });
    const [page1Ms = 0, page2Ms = 0, deepMs = 0] = timed.median;
    scenarios.push({
      name: scenario.name,
      matching,
      depth,
      page1Ms,
      deepMs,
      page2Ms,
      page1BestMs: timed.best[0]!,
      deepBestMs: timed.best[2]!,
      page1RowsRead: first.rowsRead,
      page1ServerMs: first.serverMs,
      deepServerMs: deep.serverMs,
      plan: deep.plan,
      indexes: deep.indexes,
      rowsRead: deep.rowsRead,
    });
    console.log(`  ${scenario.name}: page 1 ${page1Ms.toFixed(1)} ms, ${depth.toLocaleString("en")} deep ${deepMs.toFixed(1)} ms (${deep.indexes.join(", ") || "no index"})`);
  }
  const countsMs = (await timeInTurns(runs, [() => readQueueCounts(db, queueFiltersSchema.parse({}), VIEWER)])).median[0]!;
  return { scenarios, countsMs };
}

export async function benchKycQueue(url: string, options: { rows?: number; runs?: number } = {}): Promise<KycQueueBenchResult> {
  const target = options.rows ?? 1_000_000;
  const runs = options.runs ?? 15;
  const db = createPrismaClient(url);
  try {
    console.log(`growing kyc_submission to ${target.toLocaleString("en")} rows…`);
    const filled = await fill(db, target);
    console.log(`  ${filled.inserted.toLocaleString("en")} rows in ${filled.seconds.toFixed(1)} s`);
    const depthFor = new Map<string, number>();
    await switchIndexes(db, QUEUE_INDEXES, REPLACED_INDEXES);
    console.log("before the queue's indexes:");
    const before = await measure(db, runs, depthFor);
    // Back to the indexes the migrations describe, measured as the console runs.
    const indexSeconds = await switchIndexes(db, REPLACED_INDEXES, QUEUE_INDEXES);
    console.log(`with the queue's indexes (built in ${indexSeconds.toFixed(1)} s):`);
    const after = await measure(db, runs, depthFor);

    return {
      rows: target,
      inserted: filled.inserted,
      fillSeconds: filled.seconds,
      runs,
      phases: [
        { name: "before the queue's indexes (those of the first migration)", indexSeconds: 0, ...before },
        { name: "with the queue's indexes (prisma/schema.prisma now)", indexSeconds, ...after },
      ],
    };
  } finally {
    await db.$disconnect();
  }
}

export function kycQueueBenchReport(result: KycQueueBenchResult, target: string): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const lines = [
    `### KYC review queue: page 1 and a page ~${DEPTH.toLocaleString("en")} rows deep in ${result.rows.toLocaleString("en")} submissions (${target})`,
    "",
    `Goal: page 1 and a page deep in a 1,000,000-submission table answer within 1.5x of each other. Each time is the median of ${result.runs} runs of`,
    "`readQueuePage` (lib/kyc/queue/read.ts, the page's own query through Prisma: 50 rows plus one, masked), after one warm-up run, page 1, page 2 and the deep page taking turns (medians compared);",
    "\"in the database\" is planning plus execution time from EXPLAIN ANALYZE, \"rows read\" what the plan read from kyc_submission (returned or filtered away).",
    `The table was grown by ${result.inserted.toLocaleString("en")} cloned submissions in ${result.fillSeconds.toFixed(1)} s (40% pending, 15% in review, 5% needs info, 32% approved, 8% rejected; submitted over three years; risk scores 0-100; the customers' entered data cloned, OCR data and check results left empty).`,
    "",
  ];
  for (const phase of result.phases) {
    lines.push(`#### ${phase.name}${phase.indexSeconds ? ` (built in ${phase.indexSeconds.toFixed(1)} s)` : ""}`, "");
    lines.push(
      "| view | matching rows | page 1: median (best) | page 2 | deep page: median (best) | rows in | deep / page 1 | deep / page 2 | in the database: page 1 / deep | rows read: page 1 / deep | index the deep page used |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    );
    for (const s of phase.scenarios) {
      const index = s.indexes.filter((name) => name.startsWith("kyc_submission")).map((name) => `\`${name}\``).join(", ") || "none (sequential scan)";
      lines.push(
        `| ${s.name} | ${s.matching.toLocaleString("en")} | ${ms(s.page1Ms)} (${ms(s.page1BestMs)}) | ${ms(s.page2Ms)} | ${ms(s.deepMs)} (${ms(s.deepBestMs)}) | ${s.depth.toLocaleString("en")} | ${(s.deepMs / s.page1Ms).toFixed(2)}x | ${(s.deepMs / s.page2Ms).toFixed(2)}x | ${ms(s.page1ServerMs)} / ${ms(s.deepServerMs)} | ${s.page1RowsRead.toLocaleString("en")} / ${s.rowsRead.toLocaleString("en")} | ${index} |`,
      );
    }
    lines.push("", `Status tab counts (five statuses, each counted up to 10,001): ${ms(phase.countsMs)}.`, "");
  }
  const last = result.phases.at(-1)!;
  lines.push("<details><summary>Plans of the deep pages with the queue's indexes (EXPLAIN ANALYZE)</summary>", "");
  for (const s of last.scenarios) lines.push(`**${s.name}**`, "", "```", s.plan, "```", "");
  lines.push("</details>", "", `The queue's indexes in prisma/schema.prisma (model KycSubmission): ${QUEUE_INDEXES.map((i) => `\`${i.prisma}\``).join(", ")}.`);
  lines.push(`- measured ${new Date().toISOString().slice(0, 10)} on ${process.platform}/${process.arch}, Node ${process.version}`, "");
  return lines.join("\n");
}
