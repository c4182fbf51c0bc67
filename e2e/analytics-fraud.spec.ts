// Issue 13's fraud report: a compliance lead opens /analytics/fraud for a range (the last 14 Beijing days, a
// custom range) and the page's alert count per rule and its confirmed-fraud count equal what this spec
// computes with SQL over fraud_alert; the false-positive table's CSV downloads. Marketing (analytics:view but
// not analytics:fraud) gets the recorded 403.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import type { Client } from "pg";
import { withConsoleDb } from "./support/console-database";
import { signIn } from "./support/staff";

const DAY_MS = 86_400_000;

function shanghaiDay(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

const IN_RANGE = `a.created_at >= ($1::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
  AND a.created_at < ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`;

async function alertsPerRule(db: Client, range: { from: string; to: string }): Promise<Map<string, number>> {
  const { rows } = await db.query<{ code: string; alerts: number }>(
    `SELECT r.code, count(*)::int AS alerts FROM fraud_alert a JOIN fraud_rule r ON r.id = a.rule_id WHERE ${IN_RANGE} GROUP BY r.code`,
    [range.from, range.to],
  );
  return new Map(rows.map((r) => [r.code, r.alerts]));
}

async function confirmedCount(db: Client, range: { from: string; to: string }): Promise<{ alerts: number; confirmed: number }> {
  const { rows } = await db.query<{ alerts: number; confirmed: number }>(
    `SELECT count(*)::int AS alerts, count(*) FILTER (WHERE a.status = 'CONFIRMED')::int AS confirmed FROM fraud_alert a WHERE ${IN_RANGE}`,
    [range.from, range.to],
  );
  return rows[0]!;
}

test("compliance lead: the fraud report's alerts per rule and confirmed fraud equal SQL over fraud_alert; its CSV downloads", async ({ page }) => {
  test.setTimeout(120_000);
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  const to = shanghaiDay(new Date());
  const range = { from: addDays(to, -13), to };
  const { perRule, totals } = await withConsoleDb(async (db) => ({ perRule: await alertsPerRule(db, range), totals: await confirmedCount(db, range) }));

  await signIn(page, "lead");
  const response = await page.goto(`/analytics/fraud?range=custom&from=${range.from}&to=${range.to}`);
  expect(response?.status()).toBe(200);
  const report = page.getByTestId("fraud-report");
  await expect(report).toHaveAttribute("data-from", range.from);
  await expect(report).toHaveAttribute("data-to", range.to);
  // The server's time for the streamed document (the frame first, then every card), for the report.
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    return { firstByteMs: Math.round(nav.responseStart - nav.requestStart), lastByteMs: Math.round(nav.responseEnd - nav.requestStart) };
  });
  test.info().annotations.push({ type: "server time", description: JSON.stringify(timing) });
  console.log(`fraud report server time: ${JSON.stringify(timing)}`);

  // KPI tiles: the period's alerts and confirmed fraud.
  const kpis = page.getByTestId("fraud-kpis");
  await expect(kpis.getByTestId("kpi-alerts").getByTestId("kpi-alerts-value")).toHaveAttribute("data-value", String(totals.alerts));
  await expect(kpis.getByTestId("kpi-confirmed").getByTestId("kpi-confirmed-value")).toHaveAttribute("data-value", String(totals.confirmed));

  // The per-rule table (behind the false-positive chart) lists every rule that fired, with its count.
  const table = page.getByTestId("fraud-false-positives").getByTestId("chart-table");
  expect(perRule.size, "the demo data has alerts in the last two weeks").toBeGreaterThan(0);
  const shown = await table.locator('[data-col="alerts"]').evaluateAll((nodes) => nodes.map((n) => [n.getAttribute("data-rule"), Number(n.getAttribute("data-value"))] as const));
  expect(new Map(shown)).toEqual(perRule);
  const confirmedShown = await table.locator('[data-col="confirmed"]').evaluateAll((nodes) => nodes.reduce((sum, n) => sum + Number(n.getAttribute("data-value")), 0));
  expect(confirmedShown).toBe(totals.confirmed);

  // The stacked by-rule chart's table: one row per day of the range.
  await expect(page.getByTestId("fraud-by-rule").getByTestId("chart-table").locator("tbody tr")).toHaveCount(14);

  // The alerts-per-day CSV.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("fraud-by-rule").getByTestId("chart-csv").click()]);
  const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
  const lines = csv.split(/\r?\n/).filter(Boolean);
  expect(lines[0]).toContain("rule_code");
  const csvTotal = lines.slice(1).reduce((sum, line) => sum + Number(line.split(",").at(-1)), 0);
  expect(csvTotal).toBe(totals.alerts);
  expect(pageErrors, "errors thrown in the page").toEqual([]);
});

test("marketing (analytics without analytics:fraud) gets 403 on the fraud report", async ({ page }) => {
  await signIn(page, "marketing");
  const refused = await page.goto("/analytics/fraud");
  expect(refused?.status()).toBe(403);
  await expect(page.getByTestId("forbidden")).toBeVisible();
});
