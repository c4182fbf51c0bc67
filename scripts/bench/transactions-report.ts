// The transaction benchmark's figures as the Markdown of docs/bench-transactions-*.md.
import { PROPOSED_INDEX, type TransactionBenchResult } from "@/scripts/bench/transactions";

const ms = (value: number) => `${value.toFixed(1)} ms`;
const n = (value: number) => value.toLocaleString("en");

export function transactionBenchReport(result: TransactionBenchResult, target: string): string {
  const { fill, csv } = result;
  const lines = [
    `### Transactions: page 1 and a page deep in ${n(fill.rows)} transactions; a ${n(csv.rows)}-row CSV export (${target})`,
    "",
    "Goals: page 1 and a page deep in 10,000,000 rows answer within 1.5x of each other; a streamed export of 1,000,000 rows keeps peak memory under 300 MB.",
    "",
    `The table: a simulated population (2,100 customers, 90 days, ${fill.seeded ? n(fill.seeded) : "an earlier run's"} transactions through lib/transactions/record.ts), grown with SQL clones of those rows, each copy shifted 90 days further back, so every copy keeps the simulator's mix of types, channels, amounts and cross-border payments; secondary indexes rebuilt after the load, then VACUUM ANALYZE.`,
    "",
    "#### (a) The page query",
    "",
    `Each time is the median of ${result.runs} runs of \`readTransactionPage\` (lib/transactions/read.ts: the very query /transactions and the customer's tab run, 50 rows plus one, joined to their wallets, masked) after one warm-up run, page 1, page 2 and the deep page taking turns. "In the database" is planning plus execution from EXPLAIN ANALYZE; "rows read" what the plan read from \`transaction\` (returned or filtered away).`,
    "",
    "| view | matching rows | page 1: median (best) | page 2 | deep page: median (best) | rows in | deep / page 1 | in the database: page 1 / deep | rows read: page 1 / deep | index the deep page used |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const s of result.scenarios) {
    const index = s.deep.indexes.filter((name) => name.startsWith("transaction")).map((name) => `\`${name}\``).join(", ") || "none (sequential scan)";
    lines.push(
      `| ${s.name} | ${n(s.matching)} | ${ms(s.page1Ms)} (${ms(s.page1BestMs)}) | ${ms(s.page2Ms)} | ${ms(s.deepMs)} (${ms(s.deepBestMs)}) | ${n(s.depth)} | ${(s.deepMs / s.page1Ms).toFixed(2)}x | ${ms(s.page1.serverMs)} / ${ms(s.deep.serverMs)} | ${n(s.page1.rowsRead)} / ${n(s.deep.rowsRead)} | ${index} |`,
    );
  }
  const { proposal } = result;
  const p = proposal.scenario;
  lines.push(
    "",
    `Cross-border payments are rare (${n(p.matching)} of ${n(fill.rows)}), so that view reads about ${n(result.scenarios.find((s) => s.name === p.name)?.deep.rowsRead ?? 0)} index entries for 50 rows, at any depth. With a partial index (proposed, not in the schema: \`${PROPOSED_INDEX}\`, built in ${proposal.indexSeconds.toFixed(1)} s, ${proposal.indexSize}):`,
    `page 1 ${ms(p.page1Ms)}, deep page ${ms(p.deepMs)} (${(p.deepMs / p.page1Ms).toFixed(2)}x), rows read ${n(p.page1.rowsRead)} / ${n(p.deep.rowsRead)}, index \`${p.deep.indexes.join(", ")}\`.`,
    "",
    "#### (b) The CSV export",
    "",
    `\`transactionCsvStream\` (lib/transactions/csv.ts, what GET /api/transactions/export streams: keyset batches of 2,000 over its own pg connection, each written by csv-stringify in one go) for the newest ${n(csv.rows)} transactions (a "from" time filter), written to /dev/null in a fresh Node process, memory sampled every 50 ms.`,
    "",
    `- ${n(csv.rows)} rows, ${(csv.bytes / 1_048_576).toFixed(1)} MB of CSV in ${csv.seconds.toFixed(1)} s (${n(Math.round(csv.rows / csv.seconds))} rows/s)`,
    `- process memory (RSS): ${csv.baselineRssMb} MB before the export, **peak ${csv.peakRssMb} MB** during it; peak V8 heap in use ${csv.peakHeapMb} MB`,
    "",
    "<details><summary>Plans of the deep pages (EXPLAIN ANALYZE, BUFFERS)</summary>",
    "",
  );
  for (const s of result.scenarios) lines.push(`**${s.name}**`, "", "```", s.deep.plan, "```", "");
  lines.push("</details>", "", `- measured ${new Date().toISOString().slice(0, 10)} on ${process.platform}/${process.arch}, Node ${process.version}`, "");
  return lines.join("\n");
}
