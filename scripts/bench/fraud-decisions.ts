// Benchmark: the decision API under load. Against a console that is already running (on PostgreSQL for the
// issue's figures), registers a benchmark API client straight in the console's database (same secret
// derivation as the admin page, so it needs the console's NEXTAUTH_SECRET), then runs 1, 10 and 50
// concurrent HTTP clients (node:http with keep-alive, each its own connection) for a fixed time, each
// sending correctly signed POST /api/v1/decisions for random demo wallets, one after the other. Reports
// p50/p90/p99/max latency and throughput per level; the client is revoked at the end.
//   node --import tsx scripts/bench/fraud-decisions.ts --url http://localhost:3000 [--database-url postgres://…]
//     [--seconds 15] [--levels 1,10,50] [--write]
// Without --database-url: DATABASE_URL. The server secret: NEXTAUTH_SECRET, else .data/auth-secret (what
// `npm start` generates). --write puts the report into docs/bench-fraud-decisions.md.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { createPrismaClient } from "@/lib/db/client";
import { newClientKey } from "@/lib/fraud/decisions/keys";
import { signedHeaders } from "@/lib/fraud/decisions/signing";

export interface FraudDecisionsBenchOptions {
  /** The running console, e.g. http://localhost:3000. */
  url: string;
  /** The console's database, where the benchmark client is registered. */
  databaseUrl: string;
  /** The console's NEXTAUTH_SECRET (the client secret is derived from it). */
  serverSecret: string;
  /** How the report names the database: "PostgreSQL 15". */
  target: string;
  levels?: number[];
  seconds?: number;
  warmupSeconds?: number;
}

interface Level {
  concurrency: number;
  requests: number;
  seconds: number;
  latencies: number[];
  statuses: Record<string, number>;
  decisions: Record<string, number>;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

function post(agent: http.Agent, base: URL, body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    const request = http.request(
      { agent, host: base.hostname, port: base.port, method: "POST", path: "/api/v1/decisions", headers: { ...headers, "content-length": Buffer.byteLength(body) }, timeout: 30_000 },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      },
    );
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", (error) => resolve({ status: 0, text: String(error) }));
    request.end(body);
  });
}

export async function benchFraudDecisions(options: FraudDecisionsBenchOptions): Promise<string> {
  const levels = options.levels ?? [1, 10, 50];
  const seconds = options.seconds ?? 15;
  const warmupSeconds = options.warmupSeconds ?? 3;
  const base = new URL(options.url);
  const db = createPrismaClient(options.databaseUrl);
  const key = newClientKey(options.serverSecret);
  const admin = await db.staffUser.findFirstOrThrow({ where: { roles: { has: "ADMIN" } }, select: { id: true } });
  const client = await db.apiClient.create({
    data: { name: `benchmark ${new Date().toISOString()}`, keyId: key.keyId, secretHash: key.stored, rateLimitPerMinute: 100_000, createdById: admin.id },
    select: { id: true },
  });
  // Each wallet pays from its own latest device and address, as the wallet app would: ordinary traffic, not a
  // stream of new-device alarms.
  const wallets = await db.$queryRaw<{ id: string; device_id: string; ip: string }[]>`
    SELECT DISTINCT ON (t.wallet_id) t.wallet_id AS id, t.device_id, t.ip
    FROM transaction t JOIN wallet w ON w.id = t.wallet_id
    WHERE w.status = 'ACTIVE' ORDER BY t.wallet_id, t.created_at DESC LIMIT 2000`;
  const [{ n: transactions } = { n: 0n }] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM transaction`;
  const [{ n: rules } = { n: 0n }] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM fraud_rule_version WHERE status = 'ACTIVE' AND enabled`;
  if (wallets.length === 0) throw new Error("no active wallets: seed the console first");

  let sequence = 0;
  const oneRequest = async (agent: http.Agent) => {
    const wallet = wallets[(sequence++ * 7919) % wallets.length]!;
    const body = JSON.stringify({
      walletId: wallet.id,
      type: "PAYMENT",
      amountFen: String(500 + ((sequence * 104729) % 200_000)),
      channel: "QR",
      merchantName: "全家便利店",
      mcc: "5411",
      deviceId: wallet.device_id,
      ip: wallet.ip,
    });
    const started = performance.now();
    const response = await post(agent, base, body, signedHeaders({ keyId: key.keyId, secret: key.secret, body }));
    return { ms: performance.now() - started, status: response.status, decision: response.status === 200 ? (JSON.parse(response.text) as { decision: string }).decision : null, text: response.text };
  };

  const run = async (concurrency: number, forSeconds: number): Promise<Level> => {
    const level: Level = { concurrency, requests: 0, seconds: forSeconds, latencies: [], statuses: {}, decisions: {} };
    const agents = Array.from({ length: concurrency }, () => new http.Agent({ keepAlive: true, maxSockets: 1 }));
    const ends = performance.now() + forSeconds * 1000;
    const started = performance.now();
    await Promise.all(
      agents.map(async (agent) => {
        while (performance.now() < ends) {
          const result = await oneRequest(agent);
          level.requests++;
          level.latencies.push(result.ms);
          level.statuses[result.status] = (level.statuses[result.status] ?? 0) + 1;
          if (result.decision) level.decisions[result.decision] = (level.decisions[result.decision] ?? 0) + 1;
          else if ((level.statuses[result.status] ?? 0) <= 2) console.error(`HTTP ${result.status}: ${result.text.slice(0, 200)}`);
        }
      }),
    );
    level.seconds = (performance.now() - started) / 1000;
    for (const agent of agents) agent.destroy();
    return level;
  };

  const results: Level[] = [];
  try {
    for (const concurrency of levels) {
      await run(concurrency, warmupSeconds);
      results.push(await run(concurrency, seconds));
      const last = results.at(-1)!;
      console.error(`decisions: ${concurrency} concurrent: ${last.requests} requests, p99 ${percentile([...last.latencies].sort((a, b) => a - b), 99).toFixed(1)} ms`);
    }
  } finally {
    await db.apiClient.update({ where: { id: client.id }, data: { active: false, revokedAt: new Date(), revokeReason: "benchmark finished" } });
    await db.$disconnect();
  }

  const lines = [
    `### Decision API on ${options.target}`,
    "",
    `${new Date().toISOString().slice(0, 10)}; one console instance (${options.url}, production build, scripts/server.ts) on ${os.cpus().length} cores shared with the database and the load generator; ` +
      `${Number(transactions).toLocaleString("en")} transactions, ${wallets.length.toLocaleString("en")} active wallets drawn in turn, ${Number(rules)} active rule versions. ` +
      `Each concurrent client is one keep-alive connection sending signed POST /api/v1/decisions one after another for ${seconds} s (after ${warmupSeconds} s of warm-up), all under one API client ` +
      "(its rate counter is one row every request updates: the worst case for that row). Every answered request is scored, stored in decision_request and audited.",
    "",
    "| concurrent clients | requests | requests/s | p50 ms | p90 ms | p99 ms | max ms | not 200 | allow / review / block |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ...results.map((level) => {
      const sorted = [...level.latencies].sort((a, b) => a - b);
      const bad = Object.entries(level.statuses).filter(([status]) => status !== "200").reduce((sum, [, n]) => sum + n, 0);
      return `| ${level.concurrency} | ${level.requests.toLocaleString("en")} | ${(level.requests / level.seconds).toFixed(0)} | ${percentile(sorted, 50).toFixed(1)} | ${percentile(sorted, 90).toFixed(1)} | ${percentile(sorted, 99).toFixed(1)} | ${sorted.at(-1)!.toFixed(1)} | ${bad} | ${level.decisions.allow ?? 0} / ${level.decisions.review ?? 0} / ${level.decisions.block ?? 0} |`;
    }),
    "",
    "Target: p99 under 50 ms at 10 concurrent clients.",
    "",
  ];
  return lines.join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({
    options: {
      url: { type: "string", default: "http://localhost:3000" },
      "database-url": { type: "string" },
      seconds: { type: "string", default: "15" },
      levels: { type: "string", default: "1,10,50" },
      target: { type: "string" },
      write: { type: "boolean", default: false },
    },
  });
  const databaseUrl = values["database-url"] ?? process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("--database-url or DATABASE_URL: the running console's database");
  const secretFile = path.join(process.cwd(), ".data", "auth-secret");
  const serverSecret = process.env.NEXTAUTH_SECRET ?? (existsSync(secretFile) ? readFileSync(secretFile, "utf8").trim() : undefined);
  if (!serverSecret) throw new Error("NEXTAUTH_SECRET (or .data/auth-secret): the running console's secret");
  const target = values.target ?? (databaseUrl.includes("127.0.0.1:5432") || databaseUrl.includes("localhost:5432") ? "PostgreSQL" : "the console's database");
  const report = await benchFraudDecisions({ url: values.url, databaseUrl, serverSecret, target, seconds: Number(values.seconds), levels: values.levels.split(",").map(Number) });
  console.log(report);
  if (values.write) {
    const file = path.join(process.cwd(), "docs", "bench-fraud-decisions.md");
    const header = "# Decision API: latency under concurrent clients\n\n`npm run bench -- --only fraud` (scripts/bench/fraud-decisions.ts) against a running console.\n\n";
    writeFileSync(file, header + report);
  }
  process.exit(0);
}
