// npm run test:e2e - Playwright in Debian's Chromium against a console that playwright.config.ts starts
// (fresh demo data, embedded database unless DATABASE_URL is set). Never downloads a browser.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("/usr/bin/chromium")) {
  console.error("Chromium is missing: install Debian's package (apt-get install -y chromium), or run .ci/run.");
  process.exit(1);
}
const result = spawnSync(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" },
});
process.exit(result.status ?? 1);
