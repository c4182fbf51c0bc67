// A rule change under four eyes, as the compliance team works it: an officer lowers a threshold in a
// draft, backtests it over two past days (the worker runs it; the page shows progress, then the draft
// beside the live version), and submits it; the officer has no way to approve it. A compliance lead in a
// second browser sees the difference from the live version and the backtest comparison first, approves,
// and the new version is live while the old one is retired.
import { expect, test } from "@playwright/test";
import { straysOnPage, type UiLocale } from "./support/language";
import { signIn } from "./support/staff";

/** The Beijing calendar day `daysAgo` days before now. */
function beijingDay(daysAgo: number): string {
  return new Date(Date.now() + 8 * 3_600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);
}

test.describe("rule changes", () => {
  test("an officer drafts and backtests a lower threshold; a lead sees the diff and the backtest, then approves", async ({ page, browser }) => {
    await signIn(page, "officer");
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "风控规则" }).click();
    await expect(page).toHaveURL(/\/rules$/);
    const row = page.getByTestId("rule-row-VELOCITY");
    await expect(row).toContainText("短时高频交易");
    await row.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/rules\/VELOCITY$/);
    await expect(page.getByTestId("active-param-minCount")).toHaveText("8");

    // The draft: a bound the spec refuses is caught in the form, then a lower threshold is saved.
    const editor = page.getByTestId("draft-editor");
    const minCount = editor.getByTestId("param-minCount");
    await minCount.fill("1");
    await expect(editor).toContainText("不能小于 2。");
    await expect(editor.getByTestId("draft-save")).toBeDisabled();
    await minCount.fill("5");
    await editor.getByTestId("draft-note").fill("短时高频漏报较多，笔数阈值下调");
    await editor.getByTestId("draft-save").click();
    await expect(page.getByTestId("draft-saved")).toContainText("草稿 v2 已保存");
    await expect(page.getByTestId("draft-editor")).toContainText("编辑草稿 v2");

    // A backtest over two past days: queued, run by the worker, then the comparison.
    const panel = page.locator("[data-testid^=backtest-panel-]").first();
    await panel.getByTestId("backtest-from").fill(beijingDay(2));
    await panel.getByTestId("backtest-to").fill(beijingDay(1));
    await panel.getByTestId("backtest-start").click();
    await expect(panel.getByTestId("backtest-latest")).toBeVisible();
    await expect(panel.getByTestId("backtest-latest")).toHaveAttribute("data-status", "DONE", { timeout: 60_000 });
    const result = panel.getByTestId("backtest-result");
    await expect(result.getByTestId("backtest-table")).toContainText("草稿 v2");
    await expect(result.getByTestId("backtest-table")).toContainText("生效版本 v1");
    await expect(result.getByTestId("backtest-table")).toContainText("精确率");
    await expect(result.locator(".recharts-surface").first()).toBeVisible();

    // Submit: the officer waits for someone else and has no approve button.
    await page.getByTestId("draft-submit").click();
    const review = page.getByTestId("review-2");
    await expect(review).toBeVisible();
    await expect(review.getByTestId("review-own")).toContainText("草稿 v2 正在等待审批");
    await expect(page.getByTestId("approve-version")).toHaveCount(0);

    // The lead, in a second browser: the diff and the backtest come first, then the decision.
    const leadContext = await browser.newContext();
    const lead = await leadContext.newPage();
    await signIn(lead, "lead");
    await lead.goto("/rules");
    await expect(lead.getByTestId("rule-row-VELOCITY").getByTestId("pending-count")).toHaveText("1");
    await lead.goto("/rules/VELOCITY");
    const leadReview = lead.getByTestId("review-2");
    await expect(leadReview.getByTestId("review-diff")).toContainText("笔数阈值");
    await expect(leadReview.getByTestId("review-diff")).toContainText("8");
    await expect(leadReview.getByTestId("review-diff")).toContainText("5");
    await expect(leadReview.getByTestId("backtest-result")).toBeVisible();
    await expect(leadReview.getByTestId("review-no-backtest")).toHaveCount(0);
    const order = await leadReview.evaluate((card) => {
      const at = (id: string) => [...card.querySelectorAll("[data-testid]")].findIndex((el) => el.getAttribute("data-testid") === id);
      return { diff: at("review-diff"), backtest: at("backtest-result"), approve: at("approve-version") };
    });
    expect(order.diff).toBeLessThan(order.backtest);
    expect(order.backtest).toBeLessThan(order.approve);
    await leadReview.getByTestId("approve-version").click();
    await expect(lead.getByTestId("active-version")).toContainText("生效版本 v2", { timeout: 15_000 });
    await expect(lead.getByTestId("active-param-minCount")).toHaveText("5");
    await expect(lead.getByTestId("version-row-1").getByTestId("version-status")).toHaveText("已停用");
    await expect(lead.getByTestId("version-row-2").getByTestId("version-status")).toHaveText("生效中");
    await leadContext.close();

    // The officer's page, reloaded, shows the new live version and a fresh editor.
    await page.reload();
    await expect(page.getByTestId("active-param-minCount")).toHaveText("5");
    await expect(page.getByTestId("draft-editor")).toContainText("起草参数修改");
  });

  test("the rules pages read in one language at a time, a draft and its backtest included", async ({ page, context, baseURL }) => {
    test.setTimeout(180_000);
    await signIn(page, "officer2");
    // A draft with a finished backtest, so the editor, the chart and the comparison table are walked too.
    await page.goto("/rules/CARD_TESTING");
    const editor = page.getByTestId("draft-editor");
    await editor.locator("input[data-testid^=param-]").first().fill(String(Number(await editor.locator("input[data-testid^=param-]").first().inputValue()) + 1));
    await editor.getByTestId("draft-save").click();
    await expect(page.getByTestId("draft-saved")).toBeVisible();
    const panel = page.locator("[data-testid^=backtest-panel-]").first();
    await panel.getByTestId("backtest-from").fill(beijingDay(1));
    await panel.getByTestId("backtest-to").fill(beijingDay(1));
    await panel.getByTestId("backtest-start").click();
    await expect(panel.getByTestId("backtest-latest")).toHaveAttribute("data-status", "DONE", { timeout: 60_000 });
    const report: string[] = [];
    for (const locale of ["en", "zh-CN"] as UiLocale[]) {
      await context.addCookies([{ name: "wallet-locale", value: locale, url: baseURL! }]);
      for (const url of ["/rules", "/rules/CARD_TESTING", "/rules/VELOCITY"]) {
        await page.goto(url);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
        await page.waitForLoadState("networkidle").catch(() => undefined);
        for (const stray of await straysOnPage(page, locale)) report.push(`${locale} ${url} ${stray.where}: ${JSON.stringify(stray.text.slice(0, 140))}`);
      }
    }
    expect([...new Set(report)].join("\n"), "UI text in the other language on the rules pages").toBe("");
  });
});
