// Benchmark: the transaction search and its CSV export in a 10,000,000-row table (grown by
// transactions-fill.ts). (a) times the page's own query (lib/transactions/read.ts readTransactionPage,
// what /transactions runs) for page 1, page 2 and a page millions of rows deep, for a few realistic
// views, and keeps each deep page's plan and the rows it read; (b) streams a 1,000,000-row export through
// the route's own code (lib/transactions/csv.ts) to /dev/null in a fresh process, sampling its memory.
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { shanghaiIsoString } from "@/lib/time";
import { transactionPageSql, transactionWhere } from "@/lib/transactions/page-sql";
import { readTransactionPage } from "@/lib/transactions/read";
import { decodeTransactionCursor, type TransactionCursor } from "@/lib/transactions/cursor";
import { TRANSACTION_PAGE_SIZE, transactionFiltersSchema, type TransactionFilters } from "@/lib/transactions/schemas";
import { explainPlan, timeInTurns, type PlanSummary } from "@/scripts/bench/measure";
import { fillTransactions, type TransactionFill } from "@/scripts/bench/transactions-fill";

const DEPTH = 5_000_000;
const CSV_CHILD = fileURLToPath(new URL("./transactions-csv-child.ts", import.meta.url));

export interface TransactionScenarioResult {
  name: string;
  matching: number;
  depth: number;
  page1Ms: number;
  page2Ms: number;
  deepMs: number;
  page1BestMs: number;
  deepBestMs: number;
  page1: PlanSummary;
  deep: PlanSummary;
}

import type { CsvResult } from "@/scripts/bench/transactions-csv-child";

/** A partial index proposed for the cross-border view (not in the schema): built, measured, dropped. */
export const PROPOSED_INDEX = `CREATE INDEX "transaction_cross_border_created_at_id_idx" ON "transaction" ("created_at", "id") WHERE "cross_border"`;

export interface TransactionBenchResult {
  fill: TransactionFill;
  runs: number;
  scenarios: TransactionScenarioResult[];
  /** The cross-border view again, with PROPOSED_INDEX in place. */
  proposal: { indexSeconds: number; indexSize: string; scenario: TransactionScenarioResult };
  csv: CsvResult;
}

async function scenarios(db: Db): Promise<{ name: string; filters: Partial<Record<string, string>> }[]> {
  // The busiest wallet: what a customer's tab reads, on (wallet_id, created_at, id).
  const [busiest] = await db.$queryRaw<{ wallet_id: string }[]>`SELECT wallet_id FROM "transaction" WHERE id <= 200000 GROUP BY wallet_id ORDER BY count(*) DESC LIMIT 1`;
  return [
    { name: "no filter (the default view)", filters: {} },
    { name: "payments by QR code", filters: { type: "PAYMENT", channel: "QR" } },
    { name: "cross-border only", filters: { crossBorder: "1" } },
    { name: "amount 1,000 to 5,000 yuan", filters: { min: "1000", max: "5000" } },
    { name: "one wallet (a customer's tab)", filters: { wallet: busiest!.wallet_id } },
  ];
}

async function count(db: Db, filters: TransactionFilters): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "transaction" WHERE ${transactionWhere(filters)}`;
  return Number(row!.n);
}

/** The cursor of the row `depth` rows into the view, placed directly (setup only; the list never OFFSETs). */
async function deepCursor(db: Db, filters: TransactionFilters, depth: number): Promise<TransactionCursor> {
  const [row] = await db.$queryRaw<{ id: bigint; created_at: Date }[]>`
    SELECT id, created_at FROM "transaction" WHERE ${transactionWhere(filters)} ORDER BY created_at DESC, id DESC OFFSET ${depth} LIMIT 1`;
  return { direction: "after", createdAt: row!.created_at, id: BigInt(row!.id) };
}

async function measureProposal(db: Db, runs: number): Promise<TransactionBenchResult["proposal"]> {
  const started = performance.now();
  await db.$executeRawUnsafe(PROPOSED_INDEX);
  await db.$executeRawUnsafe(`ANALYZE "transaction"`);
  const indexSeconds = (performance.now() - started) / 1000;
  try {
    const [size] = await db.$queryRaw<{ size: string }[]>`SELECT pg_size_pretty(pg_relation_size('transaction_cross_border_created_at_id_idx')) AS size`;
    const [scenario] = await measurePages(db, runs, (name) => name === "cross-border only");
    return { indexSeconds, indexSize: size!.size, scenario: scenario! };
  } finally {
    await db.$executeRawUnsafe(`DROP INDEX "transaction_cross_border_created_at_id_idx"`);
  }
}

async function measurePages(db: Db, runs: number, only: (name: string) => boolean = () => true): Promise<TransactionScenarioResult[]> {
  const results: TransactionScenarioResult[] = [];
  for (const scenario of (await scenarios(db)).filter((s) => only(s.name))) {
    const filters = transactionFiltersSchema.parse(scenario.filters);
    const matching = await count(db, filters);
    const depth = Math.min(DEPTH, Math.floor(matching * 0.9));
    const cursor = await deepCursor(db, filters, depth);
    const first = await readTransactionPage(db, filters, null);
    const second = decodeTransactionCursor(first.next!, "after");
    const timed = await timeInTurns(runs, [
      () => readTransactionPage(db, filters, null),
      () => readTransactionPage(db, filters, second),
      () => readTransactionPage(db, filters, cursor),
    ]);
    const page1 = await explainPlan(db, transactionPageSql(filters, null, TRANSACTION_PAGE_SIZE + 1), "transaction");
    const deep = await explainPlan(db, transactionPageSql(filters, cursor, TRANSACTION_PAGE_SIZE + 1), "transaction");
    const [page1Ms = 0, page2Ms = 0, deepMs = 0] = timed.median;
    results.push({ name: scenario.name, matching, depth, page1Ms, page2Ms, deepMs, page1BestMs: timed.best[0]!, deepBestMs: timed.best[2]!, page1, deep });
    console.log(`  ${scenario.name}: page 1 ${page1Ms.toFixed(1)} ms, ${depth.toLocaleString("en")} deep ${deepMs.toFixed(1)} ms (${deep.indexes.join(", ")})`);
  }
  return results;
}

/** The newest `rows` transactions as a filter a person could type: from the minute the row `rows` deep falls in. */
async function exportFilters(db: Db, rows: number): Promise<TransactionFilters> {
  const [row] = await db.$queryRaw<{ created_at: Date }[]>`SELECT created_at FROM "transaction" ORDER BY created_at DESC, id DESC OFFSET ${rows} LIMIT 1`;
  const minute = new Date(Math.ceil(row!.created_at.getTime() / 60_000) * 60_000);
  return transactionFiltersSchema.parse({ from: shanghaiIsoString(minute).slice(0, 16) });
}

async function measureCsv(db: Db, url: string, rows: number): Promise<CsvResult> {
  const filters = await exportFilters(db, rows);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CSV_CHILD, url, JSON.stringify(filters)], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").at(-1)!) as CsvResult) : reject(new Error(`csv child exited ${code}`))));
  });
}

export async function benchTransactions(url: string, options: { rows?: number; customers?: number; csvRows?: number; runs?: number } = {}): Promise<TransactionBenchResult> {
  const rows = options.rows ?? 10_000_000;
  const runs = options.runs ?? 15;
  console.log(`growing "transaction" to ${rows.toLocaleString("en")} rows…`);
  const fill = await fillTransactions(url, { customers: options.customers ?? 2_100, rows });
  console.log(`  ${fill.rows.toLocaleString("en")} rows (seeded ${fill.seeded.toLocaleString("en")} in ${fill.seedSeconds.toFixed(1)} s, cloned in ${fill.fillSeconds.toFixed(1)} s)`);
  const db = createPrismaClient(url);
  try {
    const pages = await measurePages(db, runs);
    console.log("the cross-border view with a partial index (proposed):");
    const proposal = await measureProposal(db, runs);
    console.log(`streaming a ${(options.csvRows ?? 1_000_000).toLocaleString("en")}-row CSV export…`);
    const csv = await measureCsv(db, url, options.csvRows ?? 1_000_000);
    console.log(`  ${csv.rows.toLocaleString("en")} rows, ${(csv.bytes / 1_048_576).toFixed(0)} MB in ${csv.seconds.toFixed(1)} s; peak RSS ${csv.peakRssMb} MB`);
    return { fill, runs, scenarios: pages, proposal, csv };
  } finally {
    await db.$disconnect();
  }
}
