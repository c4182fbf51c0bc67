// npm start - the whole console on one command: the database (embedded PGlite unless DATABASE_URL is
// set), migrations, demo data when the database is empty, a production build when the sources changed,
// and the Next.js server on http://localhost:3000.
//   --dev                 next dev instead of a production build
//   --port N              serve on another port
//   --fresh               empty the database first (end-to-end tests)
//   --customers N --days D --seed S   size of the demo data when seeding
//   --build-only          build when sources changed, then exit (the e2e run builds once for two servers)
//   --no-build            serve the existing build
//   --live                also run the live simulator (npm run sim:live) against the console's database
// Beside the server it runs one fraud scoring worker (npm run worker), restarted if it dies. When
// WALLET_DB_URL_FILE is set, the database's URL is written there once it is ready (e2e specs point other
// processes, such as sim:live, at an e2e console's in-memory database with it).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { backfillRollupsIfEmpty } from "@/lib/analytics/rollups/rebuild";
import { createPrismaClient } from "@/lib/db/client";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { isEmpty, truncateAll } from "@/lib/db/reset";
import { ownerUrlFor } from "@/lib/db/runtime-role";
import { env } from "@/lib/env";
import { DEMO_OPTIONS, simOptions } from "@/lib/sim/options";
import { seedDatabase } from "@/lib/sim/seed";

const { values } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string", default: String(env.PORT) },
    fresh: { type: "boolean", default: false },
    customers: { type: "string", default: String(DEMO_OPTIONS.customers) },
    days: { type: "string", default: String(DEMO_OPTIONS.days) },
    seed: { type: "string", default: String(DEMO_OPTIONS.seed) },
    "build-only": { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
    live: { type: "boolean", default: false },
  },
});

const root = process.cwd();
const log = (line: string) => console.log(`[wallet-console] ${line}`);
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

if (values["build-only"]) {
  process.exit(buildIfChanged({ ...process.env, NEXT_TELEMETRY_DISABLED: "1" }) ? 0 : 1);
}

const database = env.DATABASE_URL
  ? { url: env.DATABASE_URL, owned: false, stop: async () => {} }
  : await startEmbeddedDatabase({ dataDir: env.EMBEDDED_DB_DIR, port: env.EMBEDDED_DB_PORT });
log(env.DATABASE_URL ? "using the Postgres server at DATABASE_URL" : `embedded Postgres (PGlite) in ${env.EMBEDDED_DB_DIR}, served on ${new URL(database.url).host}`);

// Migrations, reset and seeding run as the owner login (DATABASE_MIGRATION_URL, when set); the console
// itself runs as DATABASE_URL, which may only read and append to the audit trail (lib/db/runtime-role.ts).
const ownerUrl = ownerUrlFor(database.url);
if (ownerUrl !== database.url) log("migrating and seeding as DATABASE_MIGRATION_URL; the console runs as DATABASE_URL");
const applied = await migrate(database.url);
if (applied.length) log(`applied migrations: ${applied.join(", ")}`);
if (values.fresh) await truncateAll(database.url);
if (await isEmpty(database.url)) {
  const options = simOptions({ customers: Number(values.customers), days: Number(values.days), seed: Number(values.seed), reports: true });
  log(`the database is empty: seeding demo data (${options.customers} customers, ${options.days} days)`);
  const db = createPrismaClient(ownerUrl);
  const summary = await seedDatabase(db, options);
  await db.$disconnect();
  log(`seeded ${summary.customers} customers and ${summary.transactions} transactions in ${(summary.milliseconds / 1000).toFixed(1)} s`);
}
{
  // A demo database from before the analytics rollups existed gets them once (a no-op otherwise).
  const db = createPrismaClient(ownerUrl);
  try {
    await backfillRollupsIfEmpty(db, log);
  } finally {
    await db.$disconnect();
  }
}

if (process.env.WALLET_DB_URL_FILE) {
  mkdirSync(path.dirname(path.resolve(process.env.WALLET_DB_URL_FILE)), { recursive: true });
  writeFileSync(process.env.WALLET_DB_URL_FILE, database.url);
}

const port = Number(values.port);
const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: database.url,
  // The console never gets the owner login.
  DATABASE_MIGRATION_URL: "",
  WALLET_EMBEDDED_DB: env.DATABASE_URL ? "0" : "1",
  NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? localSecret(),
  NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  PORT: String(port),
};
if (!values.dev && !values["no-build"] && !buildIfChanged(childEnv)) {
  log("the build failed");
  await database.stop();
  process.exit(1);
}

// scripts/server.ts rather than `next start`: only a server that owns the socket knows the client's
// address (lib/http/client-address.ts). --import tsx as for this script; NODE_ENV as `next start`/`dev` set it.
const server = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "server.ts"), ...(values.dev ? ["--dev"] : []), "--port", String(port)], {
  env: { ...childEnv, NODE_ENV: values.dev ? "development" : "production" },
  stdio: "inherit",
});
log(`serving the console on http://localhost:${port}`);

// The scoring worker (and with --live the simulator) run beside the server on the console's login.
const helpers = new Map<string, ChildProcess>();
let stopping = false;
function runHelper(name: string, script: string, args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", script), ...args], {
    env: { ...childEnv, NODE_ENV: "production" },
    stdio: "inherit",
  });
  helpers.set(name, child);
  child.on("exit", (code, signal) => {
    if (helpers.get(name) === child) helpers.delete(name);
    if (stopping) return;
    log(`${name} exited (${signal ?? code}); restarting it in 5 s`);
    setTimeout(() => {
      if (!stopping) runHelper(name, script, args);
    }, 5_000).unref();
  });
}
runHelper("scoring worker", "worker.ts", ["--id", `console-${port}`]);
// `npm start --live` reaches us as npm's own config flag (npm_config_live), `npm start -- --live` as an argument.
if (values.live || process.env.npm_config_live === "true") runHelper("live simulator", "sim-live.ts", []);

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  const children = [server, ...helpers.values()].filter((child) => child.exitCode === null && child.signalCode === null);
  const exited = children.map((child) => new Promise<void>((resolve) => child.once("exit", () => resolve())));
  for (const child of children) child.kill("SIGTERM");
  // The worker finishes its batch (a short transaction) before the database goes away; 10 s at most.
  await Promise.race([Promise.all(exited), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
  await database.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
server.on("exit", (code) => void shutdown(code ?? 0));

/** The embedded demo's session-signing key, made once and kept beside its data. */
function localSecret(): string {
  const file = path.join(root, ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/** Rebuilds only when a source file changed since the last build, so a restart is quick. */
function buildIfChanged(buildEnv: NodeJS.ProcessEnv): boolean {
  const stampFile = path.join(root, env.NEXT_DIST_DIR, "wallet-source-stamp");
  const stamp = sourceStamp();
  if (existsSync(path.join(root, env.NEXT_DIST_DIR, "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) return true;
  log("building the console (next build)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], { env: { ...buildEnv, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "inherit" });
  if (result.status !== 0) return false;
  writeFileSync(stampFile, stamp);
  return true;
}

function sourceStamp(): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (name === "node_modules" || name === "generated" || name.startsWith(".")) continue;
      const info = statSync(file);
      if (info.isDirectory()) walk(file);
      else hash.update(`${path.relative(root, file)}:${info.size}:${info.mtimeMs}\n`);
    }
  };
  for (const dir of ["app", "components", "lib", "public", "prisma"]) if (existsSync(path.join(root, dir))) walk(path.join(root, dir));
  for (const file of ["package-lock.json", "next.config.ts", "proxy.ts", "postcss.config.mjs", "tsconfig.json"]) {
    if (existsSync(path.join(root, file))) hash.update(`${file}:${statSync(path.join(root, file)).mtimeMs}\n`);
  }
  return hash.digest("hex");
}
