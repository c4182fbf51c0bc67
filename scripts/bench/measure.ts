// Timing and plan reading shared by the benchmarks: medians of queries run in turns, and what EXPLAIN
// ANALYZE says a query read.
import { performance } from "node:perf_hooks";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Median and fastest run of each query, run in turns so that load from elsewhere weighs on all alike. */
export async function timeInTurns(runs: number, queries: (() => Promise<unknown>)[]): Promise<{ median: number[]; best: number[] }> {
  for (const query of queries) await query();
  const samples: number[][] = queries.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [q, query] of queries.entries()) {
      const started = performance.now();
      await query();
      samples[q]!.push(performance.now() - started);
    }
  }
  return { median: samples.map(median), best: samples.map((values) => Math.min(...values)) };
}

export interface PlanSummary {
  plan: string;
  indexes: string[];
  /** Rows the plan's scans of `table` returned or filtered away, all nodes together. */
  rowsRead: number;
  /** Planning plus execution time inside the database. */
  serverMs: number;
}

/** `buffers: false` leaves the buffer counts out of the plan, as the KYC queue's recorded plans have it. */
export async function explainPlan(db: Db, sql: Prisma.Sql, table: string, options: { buffers?: boolean } = {}): Promise<PlanSummary> {
  const explain = Prisma.raw(options.buffers === false ? "EXPLAIN (ANALYZE, COSTS OFF)" : "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)");
  const lines = (await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`${explain} ${sql}`)).map((row) => row["QUERY PLAN"]);
  const plan = lines.join("\n");
  const indexes = [...new Set([...plan.matchAll(/Index (?:Only )?Scan(?: Backward)? using (\S+)/g)].map((m) => m[1]!))];
  const scan = new RegExp(`Scan .*on "?${table}"?\\b`);
  let rowsRead = 0;
  let inScan = false;
  for (const line of lines) {
    if (/->|^\S/.test(line)) {
      inScan = scan.test(line);
      const match = /rows=([\d.]+) loops=(\d+)/.exec(line);
      if (inScan && match) rowsRead += Number(match[1]) * Number(match[2]);
    } else if (inScan) {
      rowsRead += Number(/Rows Removed by (?:Filter|Index Recheck): (\d+)/.exec(line)?.[1] ?? 0);
    }
  }
  const serverMs = [...plan.matchAll(/(?:Planning|Execution) Time: ([\d.]+) ms/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  return { plan, indexes, rowsRead: Math.round(rowsRead), serverMs };
}
