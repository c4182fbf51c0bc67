// Marketing opens a running promotion's performance page: the figures, the three charts and their tables
// (which hold the same numbers as the database), the spend comparison with its method, in both languages.
// If the seed paid the running promotion too few rewards, the spec writes some on seeded payments first, as
// the reward worker would (the page only reads).
import path from "node:path";
import { expect, test } from "@playwright/test";
import type { Client } from "pg";
import { withConsoleDb } from "./support/console-database";
import { signIn } from "./support/staff";

const PROMOTION = "promo_winter";

/** At least 40 rewards (¥3 each) on the promotion's own window's payments, budget counted. */
async function ensureRewards(db: Client): Promise<void> {
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM promotion_reward WHERE promotion_id = $1`, [PROMOTION]);
  if (rows[0]!.n >= 40) return;
  await db.query("BEGIN");
  const inserted = await db.query<{ cost_fen: string }>(
    `INSERT INTO promotion_reward (id, promotion_id, version_id, source, source_key, transaction_id, customer_id, wallet_id, day, amount_fen, points, cost_fen, status, created_at)
     SELECT 'e2e_' || t.id, p.id, p.live_version_id, 'PAYMENT', 'tx:' || t.id, t.id, w.customer_id, t.wallet_id,
            (t.created_at AT TIME ZONE 'Asia/Shanghai')::date, 300, 0, 300, 'PAID', t.created_at
     FROM promotion p
     JOIN "transaction" t ON t.type = 'PAYMENT' AND t.status = 'SUCCEEDED' AND t.created_at >= p.starts_at AND t.created_at < now()
     JOIN wallet w ON w.id = t.wallet_id
     WHERE p.id = $1
     ORDER BY t.created_at, t.id LIMIT 60
     ON CONFLICT (promotion_id, source_key) DO NOTHING
     RETURNING cost_fen`,
    [PROMOTION],
  );
  await db.query(`UPDATE promotion SET spent_fen = spent_fen + $2 WHERE id = $1`, [PROMOTION, inserted.rows.length * 300]);
  await db.query("COMMIT");
}

test("marketing reads a running promotion's performance: figures, charts and tables that match the database", async ({ page }) => {
  test.setTimeout(120_000);
  const expected = await withConsoleDb(async (db) => {
    await ensureRewards(db);
    const { rows } = await db.query<{ rewards: number; customers: number; days: number }>(
      `SELECT count(*)::int AS rewards, count(DISTINCT customer_id)::int AS customers, count(DISTINCT day)::int AS days
       FROM promotion_reward WHERE promotion_id = $1 AND status <> 'FORFEITED'`,
      [PROMOTION],
    );
    return rows[0]!;
  });
  expect(expected.rewards).toBeGreaterThan(0);

  await signIn(page, "marketing");
  await page.goto(`/promotions/${PROMOTION}/performance`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("活动效果");
  await expect(page.getByTestId("performance-stats")).toBeVisible();
  await expect(page.getByTestId("stat-participants")).toHaveText(expected.customers.toLocaleString("zh-CN"));

  // Charts drawn (recharts' SVG) and each with its table.
  for (const id of ["performance-burn", "performance-daily", "performance-participants"]) {
    await expect(page.getByTestId(id).locator("svg.recharts-surface").first()).toBeVisible();
  }
  // The daily table: one row per day with rewards, its counts summing to the database's.
  const dailyRows = page.getByTestId("performance-daily-table").locator("tbody tr");
  await expect(dailyRows).toHaveCount(expected.days);
  const counts = await dailyRows.locator("td:nth-child(2)").allTextContents();
  expect(counts.reduce((sum, text) => sum + Number(text.replaceAll(",", "")), 0)).toBe(expected.rewards);
  // The participants' table ends at the number of distinct customers rewarded.
  await expect(page.getByTestId("performance-participants-table").locator("tbody tr").last().locator("td").last()).toHaveText(expected.customers.toLocaleString("zh-CN"));
  // The burn table has the plan and the actual through today.
  await expect(page.getByTestId("performance-burn-table").locator("tbody tr").first().locator("td").nth(2)).toContainText("¥");
  // The comparison explains its method and shows both groups.
  await expect(page.getByTestId("performance-comparison")).toContainText("双重差分");
  await expect(page.getByTestId("comparison-participants")).toContainText("参与客户");
  await expect(page.getByTestId("comparison-group")).toContainText("对照客户");
  await page.screenshot({ path: path.join(process.env.E2E_SCREENSHOT_DIR ?? "test-results", "promotion-performance-zh-CN.png"), fullPage: true });

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("performance");
  await expect(page.getByTestId("performance-comparison")).toContainText("difference in differences");
  await expect(page.getByTestId("stat-participants")).toHaveText(expected.customers.toLocaleString("en"));
  await page.screenshot({ path: path.join(process.env.E2E_SCREENSHOT_DIR ?? "test-results", "promotion-performance-en.png"), fullPage: true });
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("活动效果");
});
