// A customer case from search to wallet freeze, as compliance works it: an officer finds a customer by
// pinyin, opens the 360 view, reveals the ID number with a reason (an auditor finds the reveal in the audit
// trail), and freezes the wallet; the same officer cannot lift their own freeze, a second officer can.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { namePinyin } from "@/lib/text/pinyin";
import { demoStaff, signIn, type DemoRole } from "./support/staff";

async function asRole(browser: Browser, role: DemoRole): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, role);
  return { page, close: () => context.close() };
}

test("an officer finds a customer by pinyin, reveals the ID number, freezes the wallet; only a second officer can unfreeze it", async ({ page, browser }) => {
  const officer = demoStaff("officer");
  await signIn(page, "officer");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "客户" }).click();
  await expect(page).toHaveURL(/\/customers$/);

  // The newest customers are listed; narrow them to active wallets, take one, and find them again by pinyin.
  await page.getByRole("navigation", { name: "按钱包状态筛选" }).getByRole("link", { name: "已开通" }).click();
  await expect(page).toHaveURL(/wallet=ACTIVE/);
  const activeRow = page.getByTestId("customer-result").first();
  await expect(activeRow.locator('[data-status="ACTIVE"]')).toBeVisible();
  await expect(activeRow, "the demo data has a customer with an active wallet").toBeVisible();
  const customerId = (await activeRow.getAttribute("data-customer-id"))!;
  // The list masks names (lib/privacy/policy.ts): the customer's 360 shows the whole name to spell.
  await page.goto(`/customers/${customerId}`);
  const name = (await page.getByTestId("customer-header").getByRole("heading", { level: 1 }).textContent())!.trim();
  await page.goto("/customers?wallet=ACTIVE");
  const spelled = namePinyin(name);
  expect(spelled).toMatch(/^[a-z]+( [a-z]+)+$/);

  const search = page.getByLabel("搜索客户");
  await search.fill(spelled.replace(/ /g, "").toUpperCase());
  await search.press("Enter");
  await expect(page).toHaveURL(/[?&]q=/);
  const found = page.getByTestId("customer-result").filter({ has: page.locator(`a[href="/customers/${customerId}"]`) });
  await expect(found).toHaveCount(1);
  for (const row of await page.getByTestId("customer-result").all()) await expect(row).toHaveAttribute("data-customer-name", new RegExp(`^${name[0]}`));
  await found.locator(`a[href="/customers/${customerId}"]`).click();
  await expect(page).toHaveURL(`/customers/${customerId}`);
  await expect(page.getByTestId("customer-header")).toContainText(name);

  // What the customer did lately; a row opens its details on the transactions tab.
  const recent = page.getByTestId("customer-recent-transactions").locator("tbody tr");
  await expect(recent.first()).toBeVisible();
  expect(await recent.count()).toBeLessThanOrEqual(8);
  // Each row shows the transaction's bank reference (交易流水号: Beijing date, id, check digit), not a row number.
  const reference = (await recent.first().getByTestId("transaction-reference").textContent())!.trim();
  expect(reference).toMatch(/^20\d{18}$/);
  const txId = /[?&]tx=(\d+)/.exec((await recent.first().getByTestId("transaction-reference").getAttribute("href"))!)![1]!;
  await recent.first().locator("td").nth(1).click();
  await expect(page).toHaveURL(new RegExp(`/customers/${customerId}\\?tab=transactions&tx=${txId}$`));
  await expect(page.getByTestId("transaction-drawer").getByRole("heading", { name: `交易 ${reference}` })).toBeVisible();
  await expect(page.getByTestId("drawer-reference")).toHaveText(reference);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("transaction-drawer")).toBeHidden();
  await page.getByRole("navigation", { name: "客户档案分区" }).getByRole("link", { name: "概览" }).click();
  await expect(page).toHaveURL(`/customers/${customerId}`);

  // The ID number is masked until revealed with a reason.
  const idNumber = page.getByTestId("pii-customer-idNumber");
  await expect(idNumber).toHaveAttribute("data-masked", "true");
  await expect(idNumber).toContainText(/\d{6}\*{8}[\dX]{4}/);
  await page.getByTestId("pii-reveal-open").click();
  const reveal = page.getByRole("dialog", { name: "查看完整个人信息" });
  await reveal.getByLabel("身份证号").check();
  await reveal.getByLabel("查看原因").fill("客户来电投诉，核对身份证号");
  await reveal.getByTestId("pii-reveal-submit").click();
  await expect(reveal).toBeHidden();
  await expect(idNumber).toHaveAttribute("data-masked", "false");
  await expect(idNumber).toContainText(/\d{17}[\dX]/);

  // Searching by that whole ID number finds the customer, and the number never goes into the URL.
  const fullId = /\d{17}[\dX]/.exec((await idNumber.textContent())!)![0];
  await page.goto("/customers");
  await page.getByLabel("搜索客户").fill(fullId);
  await page.getByLabel("搜索客户").press("Enter");
  await expect(page).toHaveURL(/[?&]sq=/);
  expect(page.url()).not.toContain(fullId);
  await expect(page.getByTestId("customer-result")).toHaveCount(1);
  await expect(page.getByTestId("customer-result")).toHaveAttribute("data-customer-id", customerId);
  await page.getByTestId("customer-result").locator(`a[href="/customers/${customerId}"]`).click();
  await expect(page).toHaveURL(`/customers/${customerId}`);

  // Freezing needs a category from the fixed list and a reason; without them nothing changes.
  const panel = page.getByTestId("wallet-panel");
  await expect(panel.getByTestId("wallet-status")).toHaveAttribute("data-status", "ACTIVE");
  await panel.getByTestId("wallet-freeze").click();
  const freeze = page.getByTestId("wallet-freeze-form");
  const category = freeze.getByLabel("冻结类别");
  await expect(category).toHaveAttribute("required", "");
  await expect(category.locator("option:not([disabled])")).toHaveText(["疑似欺诈交易", "疑似账户被盗用", "反洗钱调查", "司法或监管机关要求", "身份信息待核实", "客户本人申请", "其他"]);
  await freeze.getByLabel("原因").fill("客户报告手机丢失，疑似账户被盗用");
  await page.getByTestId("wallet-freeze-form-submit").click();
  // The server refuses it (the zod schema requires the category), beside the field.
  await expect(category).toHaveAttribute("aria-invalid", "true");
  await expect(freeze).toContainText("请选择冻结类别。");
  await expect(panel.getByTestId("wallet-status")).toHaveAttribute("data-status", "ACTIVE");
  await category.selectOption({ label: "疑似账户被盗用" });
  await freeze.getByLabel("原因").fill("可疑");
  await page.getByTestId("wallet-freeze-form-submit").click();
  await expect(freeze).toContainText("5 个字");
  await freeze.getByLabel("原因").fill("客户报告手机丢失，疑似账户被盗用");
  await page.getByTestId("wallet-freeze-form-submit").click();
  await expect(freeze).toBeHidden();
  await expect(panel.getByTestId("wallet-status")).toHaveAttribute("data-status", "FROZEN");
  await expect(panel.getByTestId("wallet-frozen-by")).toHaveText(officer.name);
  await expect(panel.getByTestId("wallet-freeze-category")).toHaveText("疑似账户被盗用");
  await expect(panel.getByTestId("wallet-freeze-reason")).toHaveText("客户报告手机丢失，疑似账户被盗用");
  // The 360's timeline names the category with the officer's reason.
  await expect(page.getByTestId("customer-timeline-entry").filter({ hasText: "类别：疑似账户被盗用" }).filter({ hasText: "客户报告手机丢失" })).toHaveCount(1);

  // Four eyes: the officer who froze it cannot lift the freeze.
  await expect(panel.getByTestId("wallet-unfreeze")).toBeDisabled();
  await expect(panel.getByTestId("wallet-unfreeze-why")).toHaveText("您不能解除自己冻结的钱包：须由另一位合规人员操作（双人复核）。");

  // A second officer can, after reading who froze it and why.
  const second = await asRole(browser, "officer2");
  await second.page.goto(`/customers/${customerId}`);
  const secondPanel = second.page.getByTestId("wallet-panel");
  await expect(secondPanel.getByTestId("wallet-status")).toHaveAttribute("data-status", "FROZEN");
  await secondPanel.getByTestId("wallet-unfreeze").click();
  const unfreeze = second.page.getByTestId("wallet-unfreeze-form");
  await expect(second.page.getByRole("dialog", { name: /^解除冻结/ })).toContainText(`该钱包由 ${officer.name} 于`);
  await expect(second.page.getByRole("dialog", { name: /^解除冻结/ })).toContainText("类别：疑似账户被盗用");
  await unfreeze.getByLabel("原因").fill("已电话核实为本人，手机已找回");
  await second.page.getByTestId("wallet-unfreeze-form-submit").click();
  await expect(unfreeze).toBeHidden();
  await expect(secondPanel.getByTestId("wallet-status")).toHaveAttribute("data-status", "ACTIVE");
  await expect(secondPanel.getByTestId("wallet-control-done")).toHaveText("钱包已解除冻结。");
  await second.close();

  // The auditor finds the reveal, with its reason, and the freeze and unfreeze on the wallet.
  const auditor = await asRole(browser, "auditor");
  await auditor.page.goto(`/audit?action=pii.reveal&entityId=${customerId}`);
  const reveals = auditor.page.getByTestId("audit-events").locator("tbody tr");
  await expect(reveals.filter({ hasText: officer.email }).first()).toBeVisible();
  await auditor.page.goto(`/audit?action=customer.search-id-number`);
  const idSearches = auditor.page.getByTestId("audit-events").locator("tbody tr");
  await expect(idSearches.filter({ hasText: officer.email }).filter({ hasText: "按完整身份证号搜索客户" }).first()).toBeVisible();
  await auditor.page.goto(`/audit?entityType=Wallet`);
  const walletEvents = auditor.page.getByTestId("audit-events").locator("tbody tr");
  await expect(walletEvents.filter({ hasText: "解除钱包冻结" }).filter({ hasText: demoStaff("officer2").email }).first()).toBeVisible();
  await expect(walletEvents.filter({ hasText: "冻结钱包" }).filter({ hasText: officer.email }).first()).toBeVisible();
  await auditor.close();
});

test("a manager reads the wallet but is offered no controls, and cannot change it", async ({ page }) => {
  await signIn(page, "manager");
  await page.goto("/customers?wallet=ACTIVE");
  const row = page.getByTestId("customer-result").first();
  const customerId = (await row.getAttribute("data-customer-id"))!;
  await page.goto(`/customers/${customerId}`);
  const panel = page.getByTestId("wallet-panel");
  await expect(panel.getByTestId("wallet-balance")).toContainText("¥");
  await expect(panel.getByTestId("wallet-controls")).toHaveCount(0);
  await expect(page.getByTestId("pii-reveal-open")).toHaveCount(0);
});
