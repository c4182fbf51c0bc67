// An alert investigated as compliance works one: an officer opens an alert from the queue, reads why it
// fired, sees the customer's transactions around it and the linked customers with their network, and
// confirms fraud, which freezes the wallet (已冻结 on the customer's 360); a second officer marks another
// alert a false positive with a reason; a third is escalated and reaches the lead, who alone may decide it.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { straysOnPage } from "./support/language";
import { demoStaff, signIn, type DemoRole } from "./support/staff";

async function asRole(browser: Browser, role: DemoRole): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, role);
  return { page, close: () => context.close() };
}

/** The open, unassigned alerts' pages listed on the queue's first page. */
async function openAlertLinks(page: Page): Promise<string[]> {
  await page.goto("/alerts?status=OPEN");
  const links = page.getByTestId("alert-queue-table").locator('a[data-testid="alert-rule"]');
  await expect(links.first(), "the demo data has open alerts (the worker scored the seeded transactions)").toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  return [...new Set(hrefs.filter((h) => /^\/alerts\/[\w-]+$/.test(h)))];
}

/** Opens alerts in turn until one whose customer's wallet is active and who is not yet taken. */
async function openAlertOnActiveWallet(page: Page, hrefs: string[], skip: Set<string>): Promise<string> {
  for (const href of hrefs) {
    if (skip.has(href)) continue;
    await page.goto(href);
    const wallet = page.getByTestId("alert-wallet-status");
    if ((await wallet.count()) === 0) continue;
    if ((await wallet.getAttribute("data-status")) !== "ACTIVE") continue;
    if ((await page.getByTestId("alert-summary").getAttribute("data-status")) !== "OPEN") continue;
    skip.add(href);
    return href;
  }
  throw new Error("no open alert on an active wallet among the queue's first page");
}

test("an officer reads an alert, sees its timeline and links, confirms fraud and the wallet is frozen; another marks a false positive; an escalation reaches the lead", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, "officer");
  const hrefs = await openAlertLinks(page);
  const used = new Set<string>();

  // 1. Read the alert: the rule's explanation in Chinese, the timeline with the evidence marked, the links.
  const first = await openAlertOnActiveWallet(page, hrefs, used);
  const explanation = page.getByTestId("alert-explanation-text");
  await expect(explanation).not.toBeEmpty();
  expect(await explanation.textContent()).toMatch(/[\u4e00-\u9fff]/);
  await expect(page.getByTestId("alert-characteristic")).not.toBeEmpty();
  await expect(page.getByTestId("alert-timeline")).toBeVisible();
  const chart = page.getByTestId("alert-timeline-chart");
  await expect(chart).toBeVisible();
  expect(Number(await chart.getAttribute("data-points"))).toBeGreaterThan(0);
  expect(Number(await chart.getAttribute("data-evidence"))).toBeGreaterThan(0);
  await expect(chart.locator(".recharts-scatter-symbol").first()).toBeVisible();
  // The table behind the chart carries the same rows, the trigger marked.
  await expect(page.getByTestId("alert-timeline-table").locator("tr[data-trigger]")).toHaveCount(1);
  await expect(page.getByTestId("alert-linked")).toBeVisible();
  await expect(page.getByTestId("alert-network-canvas")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
  expect(Number(await page.getByTestId("alert-network-canvas").getAttribute("data-nodes"))).toBeGreaterThan(0);
  await expect(page.getByTestId("alert-network-canvas").locator("canvas").first()).toBeVisible();

  // 2. Confirm fraud: the wallet is frozen in the same step.
  await page.getByTestId("alert-confirm").click();
  const confirm = page.getByTestId("alert-confirm-form");
  await confirm.getByRole("textbox").fill("新设备与境外地址的大额转出，确认为账户盗用");
  await page.getByTestId("alert-confirm-form-submit").click();
  await expect(page.getByTestId("alert-action-result")).toContainText("已确认欺诈，客户钱包已冻结。");
  await expect(page.getByTestId("alert-summary")).toHaveAttribute("data-status", "CONFIRMED", { timeout: 20_000 });
  await expect(page.getByTestId("alert-wallet-status")).toHaveAttribute("data-status", "FROZEN");
  await expect(page.getByTestId("alert-resolution")).toContainText(demoStaff("officer").name);
  await page.getByTestId("alert-customer-link").click();
  await expect(page).toHaveURL(/\/customers\/[\w-]+$/);
  const walletStatus = page.getByTestId("customer-wallet-status");
  await expect(walletStatus).toHaveAttribute("data-status", "FROZEN");
  await expect(walletStatus).toHaveText("已冻结");

  // 3. A second officer marks another alert a false positive, with a reason.
  const second = await asRole(browser, "officer2");
  try {
    const other = await openAlertOnActiveWallet(second.page, hrefs, used);
    expect(other).not.toBe(first);
    await second.page.getByTestId("alert-false-positive").click();
    await second.page.getByTestId("alert-false-positive-form-submit").click();
    // Without a reason the form says so beside the field and nothing changes.
    await expect(second.page.getByTestId("alert-false-positive-form")).toContainText("请选择误报理由。");
    await second.page.getByTestId("alert-reason-code").selectOption("CONSISTENT_WITH_HISTORY");
    await second.page.getByTestId("alert-false-positive-form").getByRole("textbox").fill("与客户近三个月的消费习惯一致");
    await second.page.getByTestId("alert-false-positive-form-submit").click();
    // The decision commits with its audit record and refreshes the page: give a busy machine time.
    await expect(second.page.getByTestId("alert-action-result")).toContainText("已标为误报。", { timeout: 30_000 });
    await expect(second.page.getByTestId("alert-summary")).toHaveAttribute("data-status", "FALSE_POSITIVE", { timeout: 20_000 });
    await expect(second.page.getByTestId("alert-resolution")).toContainText("与客户一贯交易习惯相符");
    await expect(second.page.getByTestId("alert-wallet-status")).toHaveAttribute("data-status", "ACTIVE");
  } finally {
    await second.close();
  }

  // 4. The officer escalates a third; they can no longer decide it, the lead can.
  const third = await openAlertOnActiveWallet(page, hrefs, used);
  await page.getByTestId("alert-escalate").click();
  await page.getByTestId("alert-escalate-form").getByRole("textbox").fill("多名客户共用设备，疑似团伙，请主管研判");
  await page.getByTestId("alert-escalate-form-submit").click();
  await expect(page.getByTestId("alert-action-result")).toContainText("已升级给合规主管。");
  await expect(page.getByTestId("alert-summary")).toHaveAttribute("data-status", "ESCALATED", { timeout: 20_000 });
  await expect(page.getByTestId("alert-decision-note")).toContainText("仅合规主管可以处置");
  await expect(page.getByTestId("alert-confirm")).toHaveCount(0);

  const lead = await asRole(browser, "lead");
  try {
    await lead.page.goto("/alerts?status=ESCALATED");
    const row = lead.page.getByTestId("alert-queue-table").locator(`a[href="${third}"]`);
    await expect(row, "the escalated alert is in the lead's escalated tab").toBeVisible();
    await row.click();
    await expect(lead.page).toHaveURL(third);
    // A client navigation streams the page; on a busy machine that takes a while.
    await expect(lead.page.getByTestId("alert-escalation")).toContainText("多名客户共用设备", { timeout: 30_000 });
    await lead.page.getByTestId("alert-false-positive").click();
    await lead.page.getByTestId("alert-reason-code").selectOption("LEGITIMATE_BUSINESS");
    await lead.page.getByTestId("alert-false-positive-form-submit").click();
    await expect(lead.page.getByTestId("alert-summary")).toHaveAttribute("data-status", "FALSE_POSITIVE", { timeout: 20_000 });
    await expect(lead.page.getByTestId("alert-resolution")).toContainText(demoStaff("lead").name);
  } finally {
    await lead.close();
  }
});

test("an auditor reads an alert in either language, with no action offered and no words of the other language", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "auditor");
  const [href] = await openAlertLinks(page);
  await page.goto(href!);
  await expect(page.getByTestId("alert-explanation-text")).not.toBeEmpty();
  await expect(page.getByTestId("alert-decision-note")).toHaveText("你的角色只能查看预警。");
  await expect(page.getByTestId("alert-actions")).toHaveCount(0);
  await expect(page.getByTestId("alert-note-form")).toHaveCount(0);
  await expect(page.getByTestId("alert-network-canvas")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
  expect(await straysOnPage(page, "zh-CN")).toEqual([]);

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Why it fired" })).toBeVisible({ timeout: 20_000 });
  expect(await page.getByTestId("alert-explanation-text").textContent()).not.toMatch(/[\u4e00-\u9fff]/);
  await expect(page.getByTestId("alert-decision-note")).toHaveText("Your role can view alerts only.");
  await expect(page.getByTestId("alert-network-canvas")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
  expect(await straysOnPage(page, "en")).toEqual([]);
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("heading", { name: "触发原因" })).toBeVisible({ timeout: 20_000 });
});
