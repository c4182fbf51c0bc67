// npm run test:e2e - builds the console once, then runs Playwright in Debian's Chromium against the two
// consoles playwright.config.ts starts (fresh demo data each). Never downloads a browser.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("/usr/bin/chromium")) {
  console.error("Chromium is missing: install Debian's package (apt-get install -y chromium), or run .ci/run.");
  process.exit(1);
}
const build = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts", "--build-only"], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

const result = spawnSync(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" },
});
process.exit(result.status ?? 1);
