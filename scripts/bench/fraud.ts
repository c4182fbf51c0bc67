// `npm run bench -- --only fraud`: the fraud area's four measurements in one run, on the database the
// bench script serves (PostgreSQL with DATABASE_URL for the recorded figures, else embedded PGlite):
//   1. the scoring worker's throughput (seeds its own population, scores it with one and two workers);
//   2. commit-to-alert latency on an open queue's live feed, over 200 planted frauds, a worker running;
//   3. the alert queue's page 1 against a deep page, fraud_alert grown to 1,000,000 rows;
//   4. the decision API's p50/p99 at 1, 10 and 50 clients, against a console started on the same database
//      from the existing production build (skipped, and said so, when there is no build).
// Each part's report goes to docs/bench-fraud-<part>.md.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { benchAlertLatency } from "@/scripts/bench/alert-latency";
import { benchAlertQueue } from "@/scripts/bench/alert-queue";
import { benchFraudDecisions } from "@/scripts/bench/fraud-decisions";
import { benchFraudWorker } from "@/scripts/bench/fraud-worker";

export interface FraudBenchOptions {
  url: string;
  target: string;
  /** Rows of fraud_alert for the queue's deep-page measurement. */
  alertRows: number;
  frauds: number;
  consolePort: number;
}

function record(part: string, report: string): void {
  const stamp = `\n_Measured ${new Date().toISOString().slice(0, 16)}Z by \`npm run bench -- --only fraud\` on ${process.platform}/${process.arch}, Node ${process.version}._\n`;
  writeFileSync(path.join("docs", `bench-fraud-${part}.md`), `${report.trimEnd()}\n${stamp}`);
  console.log(report);
}

export async function benchFraud(options: FraudBenchOptions): Promise<void> {
  record("worker", await benchFraudWorker({ url: options.url, target: options.target }));
  record("latency", await benchAlertLatency({ url: options.url, frauds: options.frauds }));
  record("queue", await benchAlertQueue({ url: options.url, rows: options.alertRows }));

  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (!existsSync(path.join(distDir, "BUILD_ID"))) {
    console.log(`decision API: skipped, no production build in ${distDir} (run npm run build first)`);
    return;
  }
  const console_ = await startConsole(options.url, options.consolePort);
  try {
    record(
      "decisions",
      await benchFraudDecisions({ url: `http://localhost:${options.consolePort}`, databaseUrl: options.url, serverSecret: serverSecret(), target: options.target }),
    );
  } finally {
    console_.kill("SIGTERM");
  }
}

/** The key `npm start` signs sessions with and derives API-client secrets from. */
function serverSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(".data", "auth-secret");
  if (!existsSync(file)) throw new Error("no NEXTAUTH_SECRET and no .data/auth-secret: start the console once with npm start");
  return readFileSync(file, "utf8").trim();
}

/** A console on the benchmark's database, served from the existing build, ready when its sign-in page answers. */
async function startConsole(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--no-build", "--port", String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://localhost:${port}/login`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  child.kill("SIGTERM");
  throw new Error(`the console did not start on port ${port}`);
}
