// Benchmark: fraud scoring throughput. Seeds a population (whose seeding drains the scoring once: that
// time is reported as what scoring adds to a seed), then empties the scoring state and scores the whole
// history again with the worker's own code: one worker, then two at once, all rules on. Reported per
// core: the worker is one Node thread, so transactions per second of wall time per worker, and per
// second of the worker's own CPU; the database's share (a separate process) is measured when it can be
// (the embedded server's process, or the Postgres backends through /proc).
//   node --import tsx scripts/bench/fraud-worker.ts [--customers N] [--days D] [--write]
// runs it against DATABASE_URL or a freshly served embedded database and, with --write, puts the result
// into docs/bench-fraud-worker.md (one section per target).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { truncateAll } from "@/lib/db/reset";
import { drainScoring } from "@/lib/fraud/worker/run";
import type { BatchResult } from "@/lib/fraud/worker/score";
import { simOptions } from "@/lib/sim/options";
import { seedDatabase } from "@/lib/sim/seed";

export interface FraudWorkerBenchOptions {
  /** The database; a running server (the benchmark does not start one). */
  url: string;
  /** How the report names it: "PostgreSQL 15" or "embedded PGlite". */
  target: string;
  customers?: number;
  days?: number;
  batchSize?: number;
  /** pid of the database's server process (the embedded server, or a local postmaster), to count its CPU
   *  and its children's beside the worker's. */
  databasePid?: number;
}

interface Run {
  label: string;
  workers: number;
  scored: number;
  alerts: number;
  seconds: number;
  workerCpuSeconds: number;
  databaseCpuSeconds: number | null;
  read: number;
  evaluate: number;
  write: number;
}

export async function benchFraudWorker(options: FraudWorkerBenchOptions): Promise<string> {
  const customers = options.customers ?? 3_000;
  const days = options.days ?? 60;
  const batchSize = options.batchSize ?? 500;
  await migrate(options.url);
  await truncateAll(options.url);
  const db = createPrismaClient(options.url);
  try {
    const seed = await seedDatabase(db, simOptions({ customers, days, seed: 1, now: new Date("2026-11-27T04:00:00Z") }));
    const [rules] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM fraud_rule_version WHERE status = 'ACTIVE' AND enabled`;
    const runs: Run[] = [];
    const second = createPrismaClient(options.url);
    let live: { added: number; wallets: number };
    try {
      runs.push(await measure(db, options, "seeded history, one worker", [db], batchSize, 0n));
      runs.push(await measure(db, options, "seeded history, two workers at once", [db, second], batchSize, 0n));
      // Live traffic: consecutive ids from many wallets, so each batch loads hundreds of wallets' histories
      // (the seed writes a customer's rows together, so its batches touch few wallets: the easy case).
      const [before] = await db.$queryRaw<{ id: bigint }[]>`SELECT max(id) AS id FROM "transaction"`;
      live = await addLiveTraffic(db, seed.transactions > 40_000 ? 20_000 : Math.round(seed.transactions / 2));
      runs.push(await measure(db, options, "live-like traffic, one worker", [db], batchSize, before!.id));
      runs.push(await measure(db, options, "live-like traffic, two workers at once", [db, second], batchSize, before!.id));
    } finally {
      await second.$disconnect();
    }
    const one = runs[0]!;
    const liveOne = runs[2]!;
    const lines = [
      `### Fraud scoring worker on ${options.target}`,
      "",
      `${customers.toLocaleString("en")} customers over ${days} days: ${seed.transactions.toLocaleString("en")} transactions, ` +
        `${one.scored.toLocaleString("en")} of them in the scored scope; ${Number(rules!.n)} active rule versions (all rules on); ` +
        `batches of ${batchSize} ids; ${one.alerts.toLocaleString("en")} alerts. Live-like traffic: ${live.added.toLocaleString("en")} more transactions ` +
        `copied from random wallets' last 30 days after the seed's end, in random wallet order (a batch of ${batchSize} touches about ${live.wallets} wallets).`,
      "",
      "| run | transactions/s (wall) | per worker core (tx per worker CPU-second) | database CPU-seconds | read / evaluate / write (ms per batch) |",
      "|---|---:|---:|---:|---|",
      ...runs.map(
        (r) =>
          `| ${r.label} | ${fmt(r.scored / r.seconds)} | ${fmt(r.scored / r.workerCpuSeconds)} | ${r.databaseCpuSeconds === null ? "n/a" : r.databaseCpuSeconds.toFixed(1)} | ${r.read.toFixed(1)} / ${r.evaluate.toFixed(1)} / ${r.write.toFixed(1)} |`,
      ),
      "",
      ...[one, liveOne].map(
        (r) =>
          `- Whole-machine rate, ${r.label}: ${fmt(r.scored / (r.workerCpuSeconds + (r.databaseCpuSeconds ?? 0)))} transactions per CPU-second, worker and database together` +
          (r.databaseCpuSeconds === null ? " (database CPU not measurable here: worker only)" : "") +
          ". Target: >= 5,000 per core.",
      ),
      `- Scoring added ${(seed.scoringMilliseconds / 1000).toFixed(1)} s to this seed of ${(seed.milliseconds / 1000).toFixed(1)} s (drainScoring after the rows are written).`,
      `- measured ${new Date().toISOString().slice(0, 10)} on ${process.platform}/${process.arch}, Node ${process.version}, 2 cores shared with other work`,
      "",
    ];
    return lines.join("\n");
  } finally {
    await db.$disconnect();
  }
}

/** Copies `count` random transactions of the last 30 days to just after the newest one, in random order. */
async function addLiveTraffic(db: Db, count: number): Promise<{ added: number; wallets: number }> {
  const added = await db.$executeRaw`
    INSERT INTO "transaction" (wallet_id, type, status, amount_fen, currency, channel, merchant_name, mcc, counterparty_wallet_id,
      counterparty_name, card_id, country, cross_border, device_id, ip, created_at)
    SELECT wallet_id, type, status, amount_fen, currency, channel, merchant_name, mcc, counterparty_wallet_id, counterparty_name,
      card_id, country, cross_border, device_id, ip, newest + n * interval '20 milliseconds'
    FROM (
      SELECT t.*, row_number() OVER (ORDER BY random()) AS n, max(t.created_at) OVER () AS newest
      FROM "transaction" t WHERE t.created_at > (SELECT max(created_at) - interval '30 days' FROM "transaction")
      ORDER BY random() LIMIT ${count}
    ) x ORDER BY n`;
  await db.$executeRaw`ANALYZE "transaction"`;
  const [row] = await db.$queryRaw<{ wallets: number }[]>`
    SELECT round(avg(n))::int AS wallets FROM (
      SELECT count(DISTINCT wallet_id) AS n FROM "transaction"
      WHERE id > (SELECT max(id) FROM "transaction") - ${count} GROUP BY id / 500) b`;
  return { added, wallets: row?.wallets ?? 0 };
}

/** Empties the scoring state after `fromId` (the cursor starts there) and drains it with `clients`. */
async function measure(db: Db, options: FraudWorkerBenchOptions, label: string, clients: Db[], batchSize: number, fromId: bigint): Promise<Run> {
  await db.$executeRaw`DELETE FROM fraud_alert WHERE transaction_id > ${fromId}`;
  await db.$executeRaw`DELETE FROM scoring_batch`;
  await db.$executeRaw`DELETE FROM scoring_cursor`;
  await db.$executeRaw`INSERT INTO scoring_cursor (name, last_id, updated_at) VALUES ('fraud', ${fromId}, now())`;
  await db.$executeRaw`VACUUM ANALYZE fraud_alert`.catch(() => {});
  const timings = { read: 0, evaluate: 0, write: 0, batches: 0 };
  const onBatch = (result: BatchResult) => {
    timings.read += result.timings.read;
    timings.evaluate += result.timings.evaluate;
    timings.write += result.timings.write;
    timings.batches += 1;
  };
  const databaseBefore = databaseCpu(options);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const totals = await Promise.all(clients.map((client, i) => drainScoring(client, { workerId: `bench-${i}`, batchSize, idlePollMs: 5, onBatch })));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const databaseAfter = databaseCpu(options);
  const per = (ms: number) => ms / Math.max(1, timings.batches);
  return {
    label,
    workers: clients.length,
    scored: totals.reduce((n, t) => n + t.scored, 0),
    alerts: totals.reduce((n, t) => n + t.alerts, 0),
    seconds,
    // Several workers in one process share its CPU: their sum is what the workers cost.
    workerCpuSeconds: (cpu.user + cpu.system) / 1e6,
    databaseCpuSeconds: databaseBefore === null || databaseAfter === null ? null : databaseAfter - databaseBefore,
    read: per(timings.read),
    evaluate: per(timings.evaluate),
    write: per(timings.write),
  };
}

/**
 * CPU-seconds used so far by the database: its server process and that process's children (the embedded
 * server's one process; a Postgres postmaster and its backends, whose pid BENCH_DB_PID names), from /proc.
 * Backends stay open through a run (the pools keep their connections), so their time is all counted.
 */
function databaseCpu(options: FraudWorkerBenchOptions): number | null {
  const root = options.databasePid;
  if (!root || !existsSync(`/proc/${root}/stat`)) return null;
  let total = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      // fields[1] is the parent pid; 11 and 12 the user and system clock ticks (100 per second).
      if (Number(pid) === root || Number(fields[1]) === root) total += (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      // exited in between
    }
  }
  return total;
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString("en");
}

async function embeddedServer(): Promise<{ url: string; pid: number; stop: () => void }> {
  const dir = mkdtempSync(path.join(tmpdir(), "wallet-bench-fraud-"));
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
  return {
    url,
    pid: child.pid!,
    stop: () => {
      child.kill("SIGTERM");
      setTimeout(() => rmSync(dir, { recursive: true, force: true }), 2000);
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values } = parseArgs({
    options: {
      customers: { type: "string", default: "3000" },
      days: { type: "string", default: "60" },
      "batch-size": { type: "string", default: "500" },
      write: { type: "boolean", default: false },
    },
  });
  const onPostgres = Boolean(process.env.DATABASE_URL);
  const server = onPostgres
    ? { url: process.env.DATABASE_URL!, pid: process.env.BENCH_DB_PID ? Number(process.env.BENCH_DB_PID) : undefined, stop: () => {} }
    : await embeddedServer();
  try {
    const report = await benchFraudWorker({
      url: server.url,
      target: onPostgres ? "PostgreSQL (DATABASE_URL)" : "embedded PGlite",
      customers: Number(values.customers),
      days: Number(values.days),
      batchSize: Number(values["batch-size"]),
      databasePid: server.pid,
    });
    console.log(report);
    if (values.write) writeSection("docs/bench-fraud-worker.md", onPostgres ? "PostgreSQL" : "PGlite", report);
  } finally {
    server.stop();
  }
}

/** Replaces (or appends) the section of `file` between `<!-- name -->` markers. */
function writeSection(file: string, name: string, body: string) {
  const start = `<!-- ${name} -->`;
  const end = `<!-- /${name} -->`;
  const text = existsSync(file) ? readFileSync(file, "utf8") : "# Fraud scoring worker benchmark\n\n`node --import tsx scripts/bench/fraud-worker.ts --write` (or `npm run bench -- --only fraud`).\n\n";
  const section = `${start}\n${body}\n${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  writeFileSync(file, from >= 0 && to > from ? text.slice(0, from) + section + text.slice(to + end.length) : `${text.trimEnd()}\n\n${section}\n`);
}
