// The simulation before launch, as marketing uses it: a new draft (5 % cashback with a budget of ¥10, so
// the demo's payments spend it within days) run over the last 7 days from its own page. The console's
// worker runs it; the panel shows progress, then the figures, the day the budget runs out (marked on the
// chart of rewards per day) and the merchant categories that took the most. An auditor sees the result
// but has no way to start one. That the figures equal what SQL counts is
// tests/integration/promotion-simulation.test.ts's job.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/staff";

/** A Beijing wall-clock time `minutes` from now, as a datetime-local input takes it. */
function beijingInput(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000 + 8 * 3_600_000).toISOString().slice(0, 16);
}

test("marketing simulates a draft over the last 7 days and sees what it would have cost and when the budget runs out", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const name = `模拟 E2E ${Date.now() % 100_000}`;
  await signIn(page, "marketing");
  await page.goto("/promotions/new");
  const form = page.getByTestId("promotion-form");
  await form.getByLabel("活动名称").fill(name);
  await form.getByLabel("活动总预算（元）").fill("10");
  await form.getByLabel("单笔返现上限（元）").fill("5");
  await form.getByLabel("开始时间（北京时间）").fill(beijingInput(60 * 24));
  await form.getByLabel("结束时间（北京时间）").fill(beijingInput(60 * 24 * 8));
  await page.getByTestId("promotion-save").click();
  await expect(page).toHaveURL(/\/edit\?saved=1$/, { timeout: 30_000 });
  await page.getByTestId("promotion-form-saved").getByRole("link").click();
  await expect(page).toHaveURL(/\/promotions\/[\w-]+$/);
  const promotionUrl = page.url();

  const panel = page.getByTestId("version-card-1").getByTestId("simulation-panel");
  await expect(panel.getByTestId("simulation-none")).toBeVisible();
  await panel.getByTestId("simulation-preset-7").click();
  await expect(panel.getByTestId("simulation-preset-7")).toHaveAttribute("aria-pressed", "true");
  await panel.getByTestId("simulation-start").click();
  await expect(panel.getByTestId("simulation-latest")).toBeVisible();
  await expect(panel.getByTestId("simulation-latest")).toHaveAttribute("data-status", "DONE", { timeout: 120_000 });

  const result = panel.getByTestId("simulation-result");
  await expect(result).toBeVisible();
  await expect(result.getByTestId("simulation-cost")).toHaveText("¥10.00");
  await expect(result.getByTestId("simulation-exhausted")).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  await expect(result.getByTestId("simulation-rewards")).not.toHaveText("0");
  await expect(result.getByTestId("simulation-customers")).not.toHaveText("0");
  await expect(result.getByTestId("simulation-alerted-share")).toContainText("%");
  await expect(result.getByTestId("simulation-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(result.getByTestId("simulation-chart").locator(".recharts-reference-line")).toHaveCount(1);
  await expect(result.getByTestId("simulation-categories")).toBeVisible();

  // An auditor may read promotions: the result, without the controls.
  const auditorContext = await browser.newContext();
  const auditor = await auditorContext.newPage();
  await signIn(auditor, "auditor");
  await auditor.goto(promotionUrl);
  const seen = auditor.getByTestId("version-card-1").getByTestId("simulation-panel");
  await expect(seen.getByTestId("simulation-result")).toBeVisible();
  await expect(seen.getByTestId("simulation-start")).toHaveCount(0);
  await auditorContext.close();
});
