// npm run test:e2e - builds the console once, then runs Playwright in Debian's Chromium against the
// consoles playwright.config.ts starts (fresh demo data each). Never downloads a browser.
//
// The whole suite (no spec named) runs as E2E_SHARDS (default 2) Playwright shards at once, each with its
// own pair of consoles on its own ports and databases, so independent journeys run side by side while
// each journey still has a console to itself. Naming specs or filters runs one Playwright, as before.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";

if (!existsSync("/usr/bin/chromium")) {
  console.error("Chromium is missing: install Debian's package (apt-get install -y chromium), or run .ci/run.");
  process.exit(1);
}
const build = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts", "--build-only"], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

const args = process.argv.slice(2);
const playwright = ["node_modules/@playwright/test/cli.js", "test"];
const baseEnv = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" };
const wholeSuite = args.every((arg) => arg.startsWith("-")) && !args.some((arg) => arg.startsWith("--shard"));
const shards = wholeSuite ? Math.max(1, Number(process.env.E2E_SHARDS ?? 2)) : 1;

if (shards === 1) {
  const result = spawnSync(process.execPath, [...playwright, ...args], { stdio: "inherit", env: baseEnv });
  process.exit(result.status ?? 1);
}

/** A real PostgreSQL URL with its database renamed for shard k (CI creates them: .ci/run). */
function forShard(url: string | undefined, shard: number): string | undefined {
  if (!url) return url;
  const parsed = new URL(url);
  parsed.pathname = `${parsed.pathname}_e2e${shard}`;
  return parsed.toString();
}

const portBase = Number(process.env.E2E_PORT_BASE ?? 3100);
const runs = Array.from({ length: shards }, (_, index) => {
  const shard = index + 1;
  const env: NodeJS.ProcessEnv = { ...baseEnv, E2E_PORT_BASE: String(portBase + index * 10) };
  if (process.env.DATABASE_URL) {
    for (const name of ["DATABASE_URL", "DATABASE_MIGRATION_URL", "E2E_STRICT_DATABASE_URL", "E2E_STRICT_DATABASE_MIGRATION_URL"]) {
      env[name] = forShard(process.env[name], shard);
    }
  }
  const child = spawn(process.execPath, [...playwright, ...args, `--shard=${shard}/${shards}`, `--output=test-results/shard-${shard}`], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on("line", (line) => console.log(`[shard ${shard}] ${line}`));
  }
  return new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
});
const codes = await Promise.all(runs);
codes.forEach((code, index) => console.log(`[shard ${index + 1}] ${code === 0 ? "passed" : `failed (exit ${code})`}`));
process.exit(codes.every((code) => code === 0) ? 0 : 1);
