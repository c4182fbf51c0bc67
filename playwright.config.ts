import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// Two consoles on fresh demo data, built once by scripts/e2e.ts:
// - "console" (port 3100): the embedded-demo settings most journeys run under;
// - "strict" (port 3101): second factor required and a 30-second idle limit, for the security journeys.
// Without DATABASE_URL each gets its own in-memory embedded database; with it (CI's real PostgreSQL) the
// strict console uses E2E_STRICT_DATABASE_URL. Chromium comes from Debian, never from a download.
const CONSOLE_PORT = Number(process.env.E2E_PORT_BASE ?? 3100);
const STRICT_PORT = CONSOLE_PORT + 1;
// The console's server writes its database URL here (scripts/start.ts), so a spec can point another
// process (the live simulator) at the same database; e2e/alerts-queue.spec.ts reads it.
const CONSOLE_DB_URL_FILE = path.join(tmpdir(), `wallet-e2e-${CONSOLE_PORT}.db-url`);
const realPostgres = Boolean(process.env.DATABASE_URL);
if (realPostgres && !process.env.E2E_STRICT_DATABASE_URL) throw new Error("with DATABASE_URL set, also set E2E_STRICT_DATABASE_URL (a second, empty database)");

const server = (port: number, extraEnv: Record<string, string>) => ({
  command: `node --import tsx scripts/start.ts --no-build --port ${port} --fresh --customers 300 --days 30`,
  url: `http://localhost:${port}/login`,
  // Four consoles seed at once when the suite runs as two shards (scripts/e2e.ts) on a two-core machine.
  timeout: 360_000,
  reuseExistingServer: false,
  stdout: "pipe" as const,
  stderr: "pipe" as const,
  env: { EMBEDDED_DB_DIR: "memory://", EMBEDDED_DB_PORT: "0", NEXT_TELEMETRY_DISABLED: "1", ...extraEnv },
});

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "console", testIgnore: "strict/**", use: { baseURL: `http://localhost:${CONSOLE_PORT}` } },
    { name: "strict", testMatch: "strict/**/*.spec.ts", use: { baseURL: `http://localhost:${STRICT_PORT}` } },
  ],
  webServer: [
    server(CONSOLE_PORT, { WALLET_MFA: "optional", WALLET_DB_URL_FILE: CONSOLE_DB_URL_FILE }),
    server(STRICT_PORT, {
      WALLET_MFA: "required",
      SESSION_IDLE_SECONDS: "30",
      // Its own owner login too (CI runs the consoles on a runtime login): never the first console's.
      ...(realPostgres ? { DATABASE_URL: process.env.E2E_STRICT_DATABASE_URL!, DATABASE_MIGRATION_URL: process.env.E2E_STRICT_DATABASE_MIGRATION_URL ?? "" } : {}),
    }),
  ],
});
