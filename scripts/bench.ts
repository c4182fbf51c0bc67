// npm run bench [-- --customers N] [--kyc-rows N] - the console's performance targets, measured and written to
// docs/benchmarks.md. Runs against DATABASE_URL when set, otherwise against an embedded database served
// by a separate process (so the numbers of this process are the console's, not the database's).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { benchKycQueue, kycQueueBenchReport } from "@/scripts/bench/kyc-queue";
import { benchSeed } from "@/scripts/bench/seed";

const { values } = parseArgs({ options: { customers: { type: "string", default: "21000" }, "kyc-rows": { type: "string", default: "1000000" } } });

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

  // The KYC review queue, on the seeded population grown to a million submissions.
  const queue = kycQueueBenchReport(await benchKycQueue(server.url, { rows: Number(values["kyc-rows"]) }), target);
  console.log(queue);
  writeFileSync(path.join("docs", `bench-kyc-queue-${env.DATABASE_URL ? "postgres" : "pglite"}.md`), queue);
} finally {
  server.stop();
}
