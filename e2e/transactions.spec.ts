import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { atEveryLayout, expectFits } from "./support/layout";
import { signIn } from "./support/staff";

test.describe("transaction search", () => {
  // A page whose markup React throws away on hydration (a mismatch) swallows clicks made meanwhile: the
  // export link once missed its download that way. Every page of these journeys must hydrate cleanly.
  let pageErrors: string[] = [];
  test.beforeEach(({ page }) => {
    pageErrors = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
  });
  test.afterEach(() => {
    expect(pageErrors, "errors thrown in the page").toEqual([]);
  });

  test("an officer filters payments, pages forward and back, narrows to cross-border and opens a row's drawer", async ({ page }) => {
    await signIn(page, "officer");
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "交易", exact: true }).click();
    await expect(page).toHaveURL("/transactions");
    await expect(page.getByRole("heading", { level: 1, name: "交易" })).toBeVisible();
    // Officers may search but not export, and the export route refuses them too.
    await expect(page.getByTestId("transaction-export")).toHaveCount(0);
    expect((await page.request.get("/api/transactions/export")).status()).toBe(403);

    const rows = page.getByTestId("transaction-results").locator("tbody tr");
    await page.getByLabel("交易类型").selectOption("PAYMENT");
    await page.getByRole("button", { name: "应用筛选" }).click();
    await expect(page).toHaveURL(/\/transactions\?type=PAYMENT$/);
    await expect(rows).toHaveCount(50);
    await expect(rows.locator("[data-type]:not([data-type=PAYMENT])")).toHaveCount(0);

    const firstPage = await rows.locator("td:first-child").allTextContents();
    await page.getByRole("link", { name: "较早" }).click();
    await expect(page).toHaveURL(/[?&]after=/);
    await expect(rows.first().locator("td").first()).not.toHaveText(firstPage[0]!);
    const secondPage = await rows.locator("td:first-child").allTextContents();
    expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);
    await page.getByRole("link", { name: "较新" }).click();
    await expect(page).toHaveURL(/[?&]before=/);
    await expect(rows.first().locator("td").first()).toHaveText(firstPage[0]!);
    expect(await rows.locator("td:first-child").allTextContents()).toEqual(firstPage);

    await page.getByLabel("仅跨境交易").check();
    await page.getByRole("button", { name: "应用筛选" }).click();
    await expect(page).toHaveURL(/type=PAYMENT&crossBorder=1$/);
    await expect(rows.first()).toBeVisible();
    await expect(rows.filter({ hasNot: page.getByTestId("cross-border") })).toHaveCount(0);

    const reference = (await rows.first().locator("td").first().textContent())!.trim();
    const id = /[?&]tx=(\d+)/.exec((await rows.first().getByTestId("transaction-reference").getAttribute("href"))!)![1]!;
    await rows.first().locator("td").nth(1).click();
    await expect(page).toHaveURL(new RegExp(`tx=${id}$`));
    const drawer = page.getByTestId("transaction-drawer");
    await expect(drawer.getByRole("heading", { name: `交易 ${reference}` })).toBeVisible();
    await expect(drawer.getByTestId("drawer-reference")).toHaveText(reference);
    await expect(drawer.getByTestId("drawer-fx-rate")).toHaveText(/^1 [A-Z]{3} = \d+\.\d{6} CNY$/);
    // The original amount is in the currency the rate converts from.
    const currency = /^1 ([A-Z]{3})/.exec((await drawer.getByTestId("drawer-fx-rate").textContent())!)![1]!;
    await expect(drawer.getByTestId("drawer-original").locator(`[data-currency="${currency}"]`)).toHaveText(/\d/);
    await expect(drawer.getByTestId("drawer-amount")).toContainText("¥");
    await expect(drawer.getByTestId("drawer-device")).not.toBeEmpty();
    await expect(drawer.getByTestId("drawer-ip")).toHaveText(/^\d{1,3}(\.\d{1,3}){3}$|:/);
    await expect(drawer.getByTestId("transaction-customer-link")).toHaveAttribute("href", /^\/customers\/\S+$/);
    // Focus is inside the drawer; Escape closes it and the list stays as it was.
    await expect(drawer.getByRole("button", { name: "关闭" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(drawer).toHaveCount(0);
    await expect(page).toHaveURL(/type=PAYMENT&crossBorder=1$/);
  });

  test("a compliance lead exports the filtered transactions as CSV", async ({ page }) => {
    await signIn(page, "lead");
    await page.goto("/transactions?type=PAYMENT&crossBorder=1");
    const rows = page.getByTestId("transaction-results").locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    const newest = (await rows.first().locator("td").first().textContent())!.trim();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("transaction-export").click()]);
    expect(download.suggestedFilename()).toMatch(/^transactions-\d{8}-\d{4}\.csv$/);
    const csv = await readFile((await download.path())!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split("\r\n").filter(Boolean);
    expect(lines[0]).toBe(
      "交易流水号,时间（北京时间）,类型,状态,渠道,金额（元）,原币币种,原币金额,汇率（CNY/原币）,商户,MCC,商户类别,对方,对方钱包,国家/地区代码,国家/地区,跨境,钱包编号,客户编号,银行卡 ID,设备 ID,IP 地址",
    );
    // The whole filtered range, not only the page on screen.
    const shown = await rows.count();
    if (shown < 50) expect(lines.length - 1).toBe(shown);
    else expect(lines.length - 1).toBeGreaterThanOrEqual(shown);
    const cells = lines[1]!.split(",");
    expect(cells[0]).toBe(newest);
    expect(cells[1]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00$/);
    expect(cells[2]).toBe("消费");
    expect(cells[5]).toMatch(/^\d+\.\d{2}$/);
    expect(cells[6]).toMatch(/^[A-Z]{3}$/);
    expect(cells[8]).toMatch(/^\d+\.\d{6}$/);
    expect(cells[16]).toBe("是");
  });

  test("a reference read out by a customer finds that one transaction; countries are named; links look like links", async ({ page }) => {
    await signIn(page, "officer");
    await page.goto("/transactions?crossBorder=1");
    const rows = page.getByTestId("transaction-results").locator("tbody tr");
    await expect(rows.first()).toBeVisible();

    // The list names the country as the filter and the drawer do, never a bare code.
    const country = rows.first().getByTestId("transaction-country");
    const code = (await country.getAttribute("data-country"))!;
    expect(code).toMatch(/^[A-Z]{2}$/);
    await expect(country).not.toHaveText(code);
    await expect(country).toHaveText(/[\u4e00-\u9fff]/);
    const label = (await page.getByLabel("国家/地区").locator(`option[value="${code}"]`).textContent()) ?? "";
    if (label) expect(label.startsWith((await country.textContent())!.trim())).toBe(true);

    // The 交易流水号 as a customer reads it out, in groups, finds exactly that transaction.
    const reference = (await rows.nth(3).getByTestId("transaction-reference").textContent())!.trim();
    await page.goto("/transactions");
    await page.getByLabel("交易流水号").fill(`${reference.slice(0, 8)} ${reference.slice(8, 14)} ${reference.slice(14)}`);
    await page.getByRole("button", { name: "应用筛选" }).click();
    await expect(page).toHaveURL(/[?&]ref=/);
    await expect(rows).toHaveCount(1);
    await expect(rows.first().getByTestId("transaction-reference")).toHaveText(reference);
    // One digit wrong is not another transaction: the check digit refuses it, and the page says so.
    const typo = reference.slice(0, 12) + ((Number(reference[12]) + 1) % 10) + reference.slice(13);
    await page.goto(`/transactions?ref=${typo}`);
    await expect(page.getByTestId("transaction-filters-invalid")).toContainText("交易流水号");

    // Links to a record or a person are underlined, so they never differ from the text by colour alone.
    await page.goto(`/transactions?ref=${reference}`);
    await rows.first().locator("td").nth(1).click();
    const customerLink = page.getByTestId("transaction-drawer").getByTestId("drawer-customer-link");
    await expect(customerLink).toBeVisible();
    expect(await customerLink.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain("underline");
    expect(await rows.first().getByTestId("transaction-reference").evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain("underline");
  });

  test("the list fits 1280 and 1440 px in English and Chinese, the status column on screen", async ({ page, context, baseURL }) => {
    await signIn(page, "officer");
    await atEveryLayout(page, context, baseURL!, async (where, locale, width) => {
      await page.goto("/transactions?crossBorder=1");
      const results = page.getByTestId("transaction-results");
      await expect(results.locator("tbody tr").first()).toBeVisible();
      await expectFits(results.locator("[data-table-scroller]"), results.locator("tbody tr").first().getByTestId("transaction-status"), width, where);
      await page.screenshot({ path: `test-results/transactions-${locale}-${width}.png` });
    });
  });
});
