import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { demoStaff, signIn } from "./support/staff";

test.describe("the audit trail", () => {
  // A console that has just started answers its first sign-in slowly (Argon2 and route modules load on first
  // use), and this file runs first. Warm it up, so that signIn's timeout measures the journey, not the start.
  test.beforeAll(async ({ browser }, testInfo) => {
    const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    const page = await context.newPage();
    await signIn(page, "auditor").catch(() => expect(page.getByTestId("signed-in-staff")).toBeVisible({ timeout: 60_000 }));
    await context.close();
  });

  test("an auditor finds their sign-in, filters, opens it, checks the chain and exports the CSV", async ({ page }) => {
    const auditor = demoStaff("auditor");
    await signIn(page, "auditor");
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "审计日志" }).click();
    await expect(page).toHaveURL("/audit");
    await expect(page.getByRole("heading", { level: 1, name: "审计日志" })).toBeVisible();

    const rows = page.getByTestId("audit-events").locator("tbody tr");
    const signInRow = rows.filter({ hasText: "登录" }).filter({ hasText: auditor.email }).first();
    await expect(signInRow).toBeVisible();

    // Reading is audited; links prefetched in the background must not count as opening an event.
    await page.waitForLoadState("networkidle");
    await page.goto("/audit?action=audit.view");
    await expect(rows.first()).toBeVisible();
    await expect(rows.filter({ hasText: /审计事件\s*\d+/ })).toHaveCount(0);

    await page.getByLabel("操作", { exact: true }).selectOption("auth.sign-in");
    // 应用筛选 stands last, on the right, as on every filter form.
    const filters = page.getByTestId("audit-filters");
    const apply = filters.getByRole("button", { name: "应用筛选", exact: true });
    const [applyBox, clearBox, formBox] = await Promise.all([apply.boundingBox(), filters.getByRole("link", { name: "清除筛选", exact: true }).boundingBox(), filters.boundingBox()]);
    expect(applyBox!.x).toBeGreaterThan(clearBox!.x);
    expect(formBox!.x + formBox!.width - (applyBox!.x + applyBox!.width)).toBeLessThan(2);
    await apply.click();
    await expect(page).toHaveURL(/\/audit\?action=auth\.sign-in$/);
    await expect(rows.filter({ hasText: auditor.email }).first()).toBeVisible();
    await expect(rows.filter({ hasNotText: "登录" })).toHaveCount(0);

    await rows.filter({ hasText: auditor.email }).first().click();
    await expect(page).toHaveURL(/\/audit\/\d+$/);
    await expect(page.getByRole("heading", { level: 1, name: /^事件 #\d+$/ })).toBeVisible();
    const fields = page.getByTestId("audit-event-fields");
    await expect(fields).toContainText(auditor.name);
    await expect(fields).toContainText(auditor.email);
    await expect(fields).toContainText("auth.sign-in");
    // The diff speaks the UI's language: the field by its name, the value as a word.
    const diff = page.getByTestId("audit-diff");
    await expect(diff.locator('[data-key="secondFactor"]')).toContainText("第二重验证");
    await expect(diff.locator('[data-key="secondFactor"]')).toContainText(/^第二重验证.*(是|否)/);
    await expect(diff).not.toContainText("secondFactor");
    await expect(page.getByTestId("audit-event-hash")).toHaveText(/^[0-9a-f]{64}$/);

    await page.getByRole("link", { name: "审计日志" }).first().click();
    await expect(page).toHaveURL("/audit");
    await page.getByTestId("audit-verify-run").click();
    const verdict = page.getByTestId("audit-verify-result");
    await expect(verdict).toContainText("审计日志完整");
    await expect(verdict).toHaveAttribute("data-tone", "success");
    // A signed checkpoint of the head, written on demand and shown as the line an auditor copies.
    await page.getByTestId("audit-checkpoint-write").click();
    await expect(page.getByTestId("audit-checkpoint-result")).toHaveAttribute("data-tone", "success");
    await expect(page.getByTestId("audit-checkpoint-line")).toContainText(/"sequence":"\d+","hash":"[0-9a-f]{64}"/);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("audit-export").click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-trail-\d{8}-\d{4}\.csv$/);
    const csv = await readFile((await download.path())!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split("\r\n")[0]).toBe(
      "事件编号,时间（北京时间）,操作人,操作人邮箱,操作人编号,操作,操作代码,对象类型,对象编号,结果,原因,IP 地址,客户端,变更前,变更后,前一事件哈希,本事件哈希",
    );
    expect(csv).toContain(`${auditor.name},${auditor.email},${auditor.id},登录,auth.sign-in`);
  });

  test("a KYC assignment's diff names the status and the person, who links to their own trail", async ({ page, browser }) => {
    const officer = demoStaff("officer");
    const officerPage = await (await browser.newContext()).newPage();
    await signIn(officerPage, "officer");
    await officerPage.goto("/kyc");
    await officerPage.getByRole("button", { name: "领取下一条" }).first().click();
    await expect(officerPage).toHaveURL(/\/kyc\/K\d+/);
    await officerPage.context().close();

    await signIn(page, "auditor");
    await page.goto(`/audit?action=kyc.assign&actor=${officer.id}`);
    await page.getByTestId("audit-events").locator("tbody tr").first().click();
    const diff = page.getByTestId("audit-diff");
    await expect(diff.locator('[data-key="status"]')).toContainText("待审核");
    await expect(diff.locator('[data-key="status"]')).toContainText("审核中");
    const assignee = diff.locator('[data-key="assigneeId"]');
    await expect(assignee).toContainText("处理人");
    await expect(diff.locator('[data-key="via"]')).toContainText("领取下一条");
    await assignee.getByRole("link", { name: officer.name }).click();
    await expect(page).toHaveURL(new RegExp(`/audit\\?actor=${officer.id}$`));
    await expect(page.getByTestId("audit-events").locator("tbody tr").first()).toContainText(officer.name);
  });

  test("the column picker brings back a hidden column from the keyboard, and the choice outlives a reload", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, "auditor");
    await page.goto("/audit");
    const table = page.getByTestId("audit-events").getByRole("table");
    await expect(table.getByRole("columnheader", { name: "IP 地址" })).toHaveCount(0);
    const picker = page.getByTestId("column-picker");
    await expect(picker).toHaveAttribute("aria-expanded", "false");
    await picker.focus();
    await page.keyboard.press("Enter");
    await expect(picker).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Tab");
    const ip = page.getByRole("group", { name: "显示以下列" }).getByRole("checkbox", { name: "IP 地址" });
    await ip.focus();
    await page.keyboard.press("Space");
    await expect(table.getByRole("columnheader", { name: "IP 地址" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(picker).toHaveAttribute("aria-expanded", "false");
    await expect(picker).toBeFocused();

    await page.reload();
    await expect(table.getByRole("columnheader", { name: "IP 地址" })).toBeVisible();
    await page.getByTestId("column-picker").click();
    await page.getByRole("button", { name: "恢复默认列" }).click();
    await expect(table.getByRole("columnheader", { name: "IP 地址" })).toHaveCount(0);
  });

  test("a marketing user cannot open /audit, nor export it", async ({ page }) => {
    await signIn(page, "marketing");
    await expect(page.getByRole("link", { name: "审计日志" })).toHaveCount(0);
    await page.goto("/audit");
    await expect(page.getByTestId("forbidden")).toBeVisible();
    await page.goto("/audit/1");
    await expect(page.getByTestId("forbidden")).toBeVisible();
    const response = await page.request.get("/api/audit/export");
    expect(response.status()).toBe(403);
  });
});
