import { defineConfig } from "@playwright/test";

const port = 3100;

// One console and one database for the whole run; specs take turns and each builds on fresh demo data
// that the server seeds at start (--fresh). Chromium comes from Debian, never from a download.
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    command: `node --import tsx scripts/start.ts --port ${port} --fresh --customers 300 --days 30`,
    url: `http://localhost:${port}/login`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // Without DATABASE_URL the run gets its own in-memory embedded database.
    env: { EMBEDDED_DB_DIR: "memory://", EMBEDDED_DB_PORT: "0", NEXT_TELEMETRY_DISABLED: "1" },
  },
});
