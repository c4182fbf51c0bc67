// The promotion report (/analytics/promotions): marketing opens the last 30 days; the running promotion's
// reward cost and reach equal SQL over promotion_reward computed here; the charts are drawn with their tables
// behind them; its name opens its performance page. A manager sees the report; a compliance lead (analytics
// without analytics:promotions) gets the recorded 403.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { formatCny } from "@/lib/money";
import { withConsoleDb } from "./support/console-database";
import { signIn } from "./support/staff";

const PROMOTION = "promo_winter";

test("marketing reads the last 30 days: the running promotion's cost and reach equal SQL, and it links to its performance", async ({ page }) => {
  test.setTimeout(120_000);
  const expected = await withConsoleDb(async (db) => {
    const { rows } = await db.query<{ cost_fen: string; reach: number; rewards: number }>(
      `WITH today AS (SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date AS d)
       SELECT coalesce(sum(r.cost_fen - r.clawed_back_fen - r.clawed_back_points), 0)::text AS cost_fen,
              count(DISTINCT r.customer_id)::int AS reach, count(*)::int AS rewards
       FROM promotion_reward r, today
       WHERE r.promotion_id = $1 AND r.status IN ('PAID', 'HELD', 'CLAWED_BACK') AND r.day BETWEEN today.d - 29 AND today.d`,
      [PROMOTION],
    );
    return rows[0]!;
  });

  await signIn(page, "marketing");
  const response = await page.goto("/analytics/promotions?range=30d");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("link", { name: "营销活动报告" })).toHaveAttribute("aria-current", "page");
  const row = page.locator(`[data-testid="promotions-ranking-row"][data-promotion="${PROMOTION}"]`);
  await expect(row.getByTestId("row-cost")).toHaveText(formatCny(BigInt(expected.cost_fen), "zh-CN"));
  await expect(row.getByTestId("row-reach")).toHaveText(expected.reach.toLocaleString("zh-CN"));
  await expect(row.getByTestId("row-rewards")).toHaveText(expected.rewards.toLocaleString("zh-CN"));
  await expect(row.getByTestId("promotion-status")).toHaveAttribute("data-status", "ACTIVE");
  await expect(page.getByTestId("kpi-reach")).not.toBeEmpty();

  // The charts are drawn, each with its data table behind it and a CSV link.
  for (const id of ["promotions-cost-vs-incremental", "promotions-daily-cost"]) {
    const card = page.getByTestId(id);
    await expect(card.locator("svg.recharts-surface").first()).toBeVisible({ timeout: 30_000 });
    await expect(card.getByTestId("chart-table").locator("tbody tr").first()).toBeAttached();
    await expect(card.getByTestId("chart-csv")).toHaveAttribute("href", /dataset=promotions-/);
  }
  // Sorting by reach puts it in the URL.
  await page.getByTestId("sort-reach").click();
  await expect(page).toHaveURL(/sort=reach/);
  await page.screenshot({ path: path.join(process.env.E2E_SCREENSHOT_DIR ?? "test-results", "analytics-promotions-zh-CN.png"), fullPage: true });

  await row.getByTestId("promotion-performance-link").click();
  await expect(page).toHaveURL(new RegExp(`/promotions/${PROMOTION}/performance$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("活动效果");
});

test("a manager sees the promotion report", async ({ page }) => {
  await signIn(page, "manager");
  const response = await page.goto("/analytics/promotions");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("promotions-report")).toBeVisible();
  await expect(page.getByTestId("promotions-ranking")).toBeVisible();
  await expect(page.getByTestId("promotions-kpis")).toBeVisible();
});

test("a compliance lead (analytics without analytics:promotions) gets 403 on the promotion report", async ({ page }) => {
  await signIn(page, "lead");
  const refused = await page.goto("/analytics/promotions");
  expect(refused?.status()).toBe(403);
  await expect(page.getByTestId("forbidden")).toBeVisible();
});
