// Marketing designs a cashback promotion: the list's "新建活动", one form for the chosen type, a budget
// mistake caught beside its field while typing (a per-customer budget above the total, a cap above the
// budget), fixed, saved as draft v1 with the plain-language summary beside the form; the saved draft is in
// the list and opens again for editing.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/staff";

test.describe("promotion editor", () => {
  test("marketing creates a cashback promotion, sees a field error for an invalid budget, fixes it and saves", async ({ page }) => {
    // A name of its own, so a retry after a saved first attempt finds one row.
    const name = `扫码满百返五 E2E ${Date.now() % 100_000}`;
    await signIn(page, "marketing");
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "营销活动" }).click();
    await expect(page).toHaveURL(/\/promotions$/);
    await expect(page.getByTestId("promotion-table")).toBeVisible();
    await page.getByTestId("promotion-new").click();
    await expect(page).toHaveURL(/\/promotions\/new$/);

    const form = page.getByTestId("promotion-form");
    await form.getByLabel("活动名称").fill(name);
    await form.getByLabel("活动类型").selectOption("CASHBACK_FIXED");
    await form.getByLabel("满额门槛（元）").fill("100");
    await form.getByLabel("奖励金额（元）").fill("5");
    await form.getByLabel("二维码支付").check();
    await form.getByLabel("最低支付金额（元）").fill("100");
    await form.getByLabel("每位客户最多奖励次数").fill("3");

    // The budget: a per-customer budget above the total is refused beside that field as it is typed.
    await form.getByLabel("活动总预算（元）").fill("200000");
    await form.getByLabel("每位客户预算（元）").fill("300000");
    await expect(form.getByText("每位客户预算不能高于活动总预算。")).toBeVisible();
    await expect(form.getByLabel("每位客户预算（元）")).toHaveAttribute("aria-invalid", "true");
    await form.getByTestId("promotion-save").click();
    await expect(page.getByTestId("promotion-form-errors")).toContainText("1 处问题");
    await expect(page).toHaveURL(/\/promotions\/new$/);

    // Fixed: the error goes, and the summary says the promotion in one sentence.
    await form.getByLabel("每位客户预算（元）").fill("15");
    await expect(form.getByText("每位客户预算不能高于活动总预算。")).toHaveCount(0);
    const summary = page.getByTestId("promotion-summary");
    await expect(summary).toContainText("满 ¥100 返 ¥5");
    await expect(summary).toContainText("¥200,000");

    await form.getByTestId("promotion-save").click();
    // Saving creates the promotion and opens its edit page: give a busy machine time.
    await expect(page.getByTestId("promotion-form-saved")).toContainText("草稿 v1 已保存", { timeout: 30_000 });
    // Now on the promotion's own edit page, which opens the draft just saved.
    await expect(page).toHaveURL(/\/promotions\/[\w-]+\/edit\?saved=1$/);
    await expect(summary).toContainText("满 ¥100 返 ¥5");

    // Saving again changes the same draft (no second version).
    await form.getByLabel("奖励金额（元）").fill("6");
    await form.getByTestId("promotion-save").click();
    await expect(page.getByTestId("promotion-form-saved")).toContainText("草稿 v1 已保存");

    // In the list as a draft; its edit page opens the same draft with what was saved.
    await page.goto("/promotions?status=DRAFT");
    const row = page.getByTestId("promotion-table").getByRole("row", { name: new RegExp(name) });
    await expect(row.getByTestId("promotion-status")).toHaveText("草稿");
    const editUrl = page.url();
    expect(editUrl).toContain("status=DRAFT");
    await row.getByRole("link", { name }).click();
    await expect(page).toHaveURL(/\/promotions\/[\w-]+$/);
    await page.goto(`${page.url()}/edit`);
    await expect(page.getByTestId("promotion-form").getByLabel("奖励金额（元）")).toHaveValue("6");
    await expect(page.getByTestId("promotion-summary")).toContainText("满 ¥100 返 ¥6");
  });

  test("an auditor sees the list but cannot create a promotion", async ({ page }) => {
    await signIn(page, "auditor");
    await page.goto("/promotions");
    await expect(page.getByTestId("promotion-table")).toBeVisible();
    await expect(page.getByTestId("promotion-new")).toHaveCount(0);
    const response = await page.goto("/promotions/new");
    expect(response?.status()).toBe(403);
  });
});
