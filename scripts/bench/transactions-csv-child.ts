// The CSV half of the transaction benchmark, run as its own process (scripts/bench/transactions.ts starts
// it): the route's own stream, lib/transactions/csv.ts, written to /dev/null with memory sampled every
// 50 ms. Arguments: the database URL and the export's filters as JSON. Prints its figures as JSON.
import { createWriteStream } from "node:fs";
import { performance } from "node:perf_hooks";
import { pipeline } from "node:stream/promises";
import { translator } from "@/lib/i18n/translate";
import { transactionCsvStream } from "@/lib/transactions/csv";
import { transactionFiltersSchema, type TransactionFilters } from "@/lib/transactions/schemas";

export interface CsvResult {
  rows: number;
  bytes: number;
  seconds: number;
  baselineRssMb: number;
  peakRssMb: number;
  peakHeapMb: number;
}

/**
 * The process loads only the export's own modules (no Prisma client, no fill, no page benchmark), so the
 * memory measured is the export's.
 */
export async function csvChild(url: string, filters: TransactionFilters): Promise<CsvResult> {
  const baselineRssMb = process.memoryUsage().rss / 1_048_576;
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  const timer = setInterval(sample, 50);
  let bytes = 0;
  let lines = 0;
  const started = performance.now();
  const csv = transactionCsvStream({ connectionString: url, filters, t: translator("zh-CN"), locale: "zh-CN" });
  csv.on("data", (chunk: Buffer) => {
    bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  });
  await pipeline(csv, createWriteStream("/dev/null"));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  sample();
  return { rows: lines - 1, bytes, seconds, baselineRssMb: Math.round(baselineRssMb), peakRssMb: Math.round(peakRss / 1_048_576), peakHeapMb: Math.round(peakHeap / 1_048_576) };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  const result = await csvChild(process.argv[2]!, transactionFiltersSchema.parse(JSON.parse(process.argv[3]!)));
  console.log(JSON.stringify(result));
}
