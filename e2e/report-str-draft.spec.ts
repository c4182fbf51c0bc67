// An officer turns a fraud case into a suspicious-transaction report: opens a case from an alert, opens the
// STR from the case on the alert page, finds it pre-drafted (narrative in Chinese, the alerts' transactions
// picked, running totals), rewrites the analysis and saves; back on the alert the case links to the report,
// and it closes without asking for an exclusion reason (it has an STR).
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/staff";

/** Opens alerts of the queue's first OPEN page in turn until one in no case, on an active wallet, that can gather a case. */
async function openCaseableAlert(page: Page): Promise<string> {
  await page.goto("/alerts?status=OPEN");
  const links = page.getByTestId("alert-queue-table").locator('a[data-testid="alert-rule"]');
  await expect(links.first(), "the demo data has open alerts").toBeVisible();
  const hrefs = [...new Set((await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))).filter((h) => /^\/alerts\/[\w-]+$/.test(h)))];
  for (const href of hrefs) {
    await page.goto(href);
    if ((await page.getByTestId("alert-summary").getAttribute("data-status")) !== "OPEN") continue;
    const wallet = page.getByTestId("alert-wallet-status");
    if ((await wallet.count()) === 0 || (await wallet.getAttribute("data-status")) !== "ACTIVE") continue;
    if ((await page.getByTestId("case-open").count()) === 0) continue;
    return href;
  }
  throw new Error("no open alert in no case on an active wallet among the queue's first page");
}

test("an officer opens an STR from a case on the alert page, edits the analysis and saves; the case then closes on the STR", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "officer");
  const alertHref = await openCaseableAlert(page);

  // 1. A case for the customer, then the STR from it.
  await page.getByTestId("case-open").click();
  await page.getByTestId("case-open-form-submit").click();
  await expect(page.getByTestId("alert-case")).toHaveAttribute("data-case-status", "OPEN", { timeout: 30_000 });
  await page.getByTestId("str-open").click();
  await expect(page).toHaveURL(/\/reports\/[\w-]+$/, { timeout: 30_000 });
  const reportHref = new URL(page.url()).pathname;

  // 2. Pre-drafted: the narrative in the regulator's Chinese, the alerts' transactions picked, totals shown.
  const form = page.getByTestId("str-form");
  await expect(form).toBeVisible({ timeout: 30_000 });
  const facts = form.locator('textarea[name="narrativeFacts"]');
  const analysis = form.locator('textarea[name="narrativeAnalysis"]');
  await expect(facts).toHaveValue(/通过本行钱包账户/);
  await expect(analysis).toHaveValue(/^经本行监测分析/);
  expect(await form.locator('[data-testid="str-pick-row"][data-picked="true"]').count()).toBeGreaterThan(0);
  await expect(page.getByTestId("str-picked-count")).toContainText("已选");
  expect(await form.locator('input[name="characteristicCodes"]:checked').count()).toBeGreaterThan(0);

  // 3. An empty analysis is refused beside the field; the officer's own analysis is saved.
  await analysis.fill("");
  await page.getByTestId("str-save").click();
  await expect(page.getByTestId("str-result")).toContainText("请按提示修改标出的内容。");
  await expect(form).toContainText("请填写此部分（至少 10 个字）。");
  const text = "经核查，该客户账户资金快进快出，转入后短时间内全部转出，且交易对手分散，疑似为电信网络诈骗转移资金，建议报送。";
  await analysis.fill(text);
  await page.getByTestId("str-urgent").check();
  await page.getByTestId("str-save").click();
  await expect(page.getByTestId("str-result")).toContainText("草稿已保存。", { timeout: 30_000 });
  await page.reload();
  await expect(page.getByTestId("str-form").locator('textarea[name="narrativeAnalysis"]')).toHaveValue(text);
  await expect(page.getByTestId("str-urgent")).toBeChecked();

  // 4. Back on the alert: the case links to its STR, and closes without an exclusion reason.
  await page.goto(alertHref);
  await expect(page.getByTestId("alert-str-link").locator(`a[href="${reportHref}"]`)).toBeVisible();
  await expect(page.getByTestId("str-open")).toHaveCount(0);
  await page.getByTestId("case-resolve").click();
  await expect(page.getByTestId("case-exclusion")).toHaveCount(0);
  await page.getByTestId("case-resolve-form").getByRole("textbox").first().fill("资金快进快出，确认为涉诈账户");
  await page.getByTestId("case-resolve-form-submit").click();
  await expect(page.getByTestId("alert-case")).toHaveAttribute("data-case-status", "CLOSED", { timeout: 30_000 });
});
