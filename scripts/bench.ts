// npm run bench [-- --customers N] [--kyc-rows N] [--tx-rows N] [--only seed|kyc|transactions|customers|pages|bundles|fraud|promotions|analytics|reports] - the console's
// performance targets, measured and written to docs/bench-*.md. Runs against DATABASE_URL when set, otherwise against an embedded database served
// by a separate process (so the numbers of this process are the console's, not the database's).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { benchKycQueue, kycQueueBenchReport } from "@/scripts/bench/kyc-queue";
import { benchCustomerSearch, customerSearchBenchReport } from "@/scripts/bench/customer-search";
import { benchFraud } from "@/scripts/bench/fraud";
import { benchPromotions } from "@/scripts/bench/promotions";
import { benchAnalytics } from "@/scripts/bench/analytics";
import { benchReports } from "@/scripts/bench/reports";
import { benchPages, pagesBenchReport } from "@/scripts/bench/pages";
import { firstLoadJsReport, measureFirstLoadJs } from "@/scripts/bench/first-load-js";
import { benchSeed } from "@/scripts/bench/seed";
import { benchTransactions } from "@/scripts/bench/transactions";
import { transactionBenchReport } from "@/scripts/bench/transactions-report";

const { values } = parseArgs({
  options: {
    customers: { type: "string", default: "21000" },
    "kyc-rows": { type: "string", default: "1000000" },
    "tx-rows": { type: "string", default: "10000000" },
    "csv-rows": { type: "string", default: "1000000" },
    "customer-rows": { type: "string", default: "1000000" },
    /** `--only fraud`: fraud_alert rows for the queue's deep page, planted frauds for the alert latency. */
    "alert-rows": { type: "string", default: "1000000" },
    frauds: { type: "string", default: "200" },
    /** `--only pages`: page loads against a console already running at --url (default http://localhost:3000). */
    url: { type: "string", default: process.env.BENCH_URL ?? "http://localhost:3000" },
    concurrency: { type: "string", default: "10" },
    seconds: { type: "string", default: "20" },
    /** One benchmark only; without it, all of them (the KYC queue needs the seed's population). */
    only: { type: "string" },
  },
});
const only = values.only;
if (only !== undefined && !["seed", "kyc", "transactions", "customers", "pages", "bundles", "fraud", "promotions", "analytics", "reports"].includes(only)) {
  throw new Error(`--only: seed, kyc, transactions, customers, pages, bundles, fraud, promotions, analytics or reports, not ${only}`);
}

if (only === "bundles") {
  // First-load JavaScript of a finished production build (NEXT_DIST_DIR or .next): no database needed.
  console.log(firstLoadJsReport(measureFirstLoadJs(process.env.NEXT_DIST_DIR ?? ".next"), 150));
  process.exit(0);
}

if (only === "pages") {
  // Measures a running console (its own database), so no database is started here; see scripts/bench/pages.ts.
  const pages = await benchPages(values.url, { concurrency: Number(values.concurrency), seconds: Number(values.seconds), email: "auditor@wallet.bank" });
  console.log(pagesBenchReport(pages, "Console pages"));
  process.exit(pages.errorPages + pages.non200 === 0 ? 0 : 1);
}

const runs = (name: "seed" | "kyc" | "transactions" | "customers" | "fraud" | "promotions" | "analytics" | "reports") => only === undefined || only === name || (only === "kyc" && name === "seed");

async function embeddedServer(): Promise<{ url: string; stop: () => void }> {
  const dir = mkdtempSync(path.join(tmpdir(), "wallet-bench-"));
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/db-serve.ts"], {
    env: { ...process.env, EMBEDDED_DB_DIR: path.join(dir, "pglite"), EMBEDDED_DB_PORT: "0", DATABASE_URL: "" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      const match = chunk.toString().match(/DATABASE_URL=(\S+)/);
      if (match) resolve(match[1]!);
    });
    child.on("exit", () => reject(new Error("the embedded database did not start")));
  });
  return { url, stop: () => { child.kill("SIGTERM"); setTimeout(() => rmSync(dir, { recursive: true, force: true }), 2000); } };
}

const server = env.DATABASE_URL ? { url: env.DATABASE_URL, stop: () => {} } : await embeddedServer();
const target = env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : "embedded PGlite";
try {
  if (runs("seed")) {
    console.log(`seeding ${values.customers} customers into ${target}…`);
    const seed = await benchSeed(server.url, Number(values.customers));
    const report = [
      `### Simulator: streaming ${seed.transactions.toLocaleString("en")} transactions into ${target}`,
      "",
      `- ${seed.customers.toLocaleString("en")} customers, ${seed.transactions.toLocaleString("en")} transactions in ${seed.seconds.toFixed(1)} s (${seed.rowsPerSecond.toLocaleString("en")} transactions/s, documents and rollups included)`,
      `- seeding process memory (RSS) by progress: ${seed.rssMbAt.map((s) => `${s.percent}%: ${s.rssMb} MB`).join(", ")}; peak ${seed.peakRssMb} MB`,
      `- measured ${new Date().toISOString().slice(0, 10)} on ${process.platform}/${process.arch}, Node ${process.version}`,
      "",
    ].join("\n");
    console.log(report);
    // Only the full-size run (about 1,000,000 transactions) replaces the recorded figures.
    if (seed.transactions >= 1_000_000) writeFileSync(path.join("docs", `bench-seed-${env.DATABASE_URL ? "postgres" : "pglite"}.md`), report);
  }
  if (runs("kyc")) {
    // The KYC review queue, on the seeded population grown to a million submissions.
    const queue = kycQueueBenchReport(await benchKycQueue(server.url, { rows: Number(values["kyc-rows"]) }), target);
    console.log(queue);
    writeFileSync(path.join("docs", `bench-kyc-queue-${env.DATABASE_URL ? "postgres" : "pglite"}.md`), queue);
  }
  if (runs("transactions")) {
    // The transaction search and its export, in a table grown to ten million rows (reseeds its own population).
    const transactions = transactionBenchReport(
      await benchTransactions(server.url, { rows: Number(values["tx-rows"]), csvRows: Number(values["csv-rows"]) }),
      target,
    );
    console.log(transactions);
    writeFileSync(path.join("docs", `bench-transactions-${env.DATABASE_URL ? "postgres" : "pglite"}.md`), transactions);
  }
  if (runs("customers")) {
    // The customer search, on the population grown to a million customers (seeds a small one if there is none).
    const customers = customerSearchBenchReport(await benchCustomerSearch(server.url, { rows: Number(values["customer-rows"]) }), target);
    console.log(customers);
    writeFileSync(path.join("docs", `bench-customer-search-${env.DATABASE_URL ? "postgres" : "pglite"}.md`), customers);
  }
  if (runs("fraud")) {
    // The fraud area: worker throughput, commit-to-alert latency, the alert queue's deep page, the decision API.
    await benchFraud({ url: server.url, target, alertRows: Number(values["alert-rows"]), frauds: Number(values.frauds), consolePort: 3990 });
  }
  if (runs("promotions")) {
    // Rewards' share of the worker's cost with 20 active promotions; one simulation over 90 days of the table grown to --tx-rows.
    await benchPromotions({ url: server.url, target, simulationRows: Number(values["tx-rows"]) });
  }
  if (runs("analytics")) {
    // The analytics page's data for 90 days of the 10,000,000-transaction table (the promotions population), rollups against raw GROUP BY.
    await benchAnalytics({ url: server.url, target, postgres: Boolean(env.DATABASE_URL), minRows: Number(values["tx-rows"]) });
  }
  if (runs("reports")) {
    // The large-value detector on five days of the 10,000,000-transaction table, and the report lists with 500,000 synthetic reports.
    await benchReports({ url: server.url, target, postgres: Boolean(env.DATABASE_URL), minRows: Number(values["tx-rows"]) });
  }
} finally {
  server.stop();
}
