// Customer search and the customer 360, as a compliance officer works a complaint: find the customer by
// pinyin, open their record, see the ID number masked, reveal it with a reason, add a note (it shows in
// the notes and in the staff-actions timeline), then find them again by mobile number. An auditor reads
// the record without reveal or note controls; marketing cannot open customers at all.
import { expect, test, type Page } from "@playwright/test";
import { showPii } from "@/lib/privacy/policy";
import { namePinyin } from "@/lib/text/pinyin";
import { demoStaff, signIn } from "./support/staff";

async function search(page: Page, query: string) {
  await page.getByLabel("搜索客户").fill(query);
  await page.getByTestId("customer-search-submit").click();
  await expect(page).toHaveURL(new RegExp(`/customers\\?q=`));
}

test.describe("customers", () => {
  test("an officer finds a customer by pinyin, reveals the ID number with a reason, adds a note, and finds them again by phone", async ({ page }) => {
    const officer = demoStaff("officer");
    await signIn(page, "officer");
    await page.getByRole("link", { name: "客户", exact: true }).click();
    await expect(page).toHaveURL("/customers");
    await expect(page.getByRole("heading", { level: 1, name: "客户" })).toBeVisible();

    // The newest customers are listed; take one whose pinyin we can type like staff do ("Zhang Wei").
    const first = page.getByTestId("customer-result").first();
    await expect(first).toBeVisible();
    const id = (await first.getAttribute("data-customer-id"))!;
    // The list masks names (lib/privacy/policy.ts): the customer's own record shows the whole name to type.
    await first.getByRole("link").click();
    const name = (await page.getByTestId("customer-header").getByRole("heading", { level: 1 }).textContent())!.trim();
    await page.goto("/customers");
    const typed = namePinyin(name).replace(/\b\w/g, (c) => c.toUpperCase());
    await search(page, typed);
    await expect(page.getByTestId("customer-search-summary")).toHaveAttribute("data-kind", "pinyin");
    const row = page.locator(`[data-testid="customer-result"][data-customer-id="${id}"]`);
    await expect(row).toBeVisible();
    await expect(row).toContainText(/\d{6}\*{8}[\dX]{4}/);
    await row.getByRole("link", { name: showPii("list", "name", name) }).click();

    await expect(page).toHaveURL(`/customers/${id}`);
    const header = page.getByTestId("customer-header");
    await expect(header.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(header.getByTestId("customer-id")).toHaveText(id);

    // Masked until revealed with a reason; a too-short reason is refused beside the field.
    const idNumber = page.getByTestId("pii-customer-idNumber");
    await expect(idNumber).toHaveAttribute("data-masked", "true");
    await expect(idNumber).toHaveText(/^\d{6}\*{8}[\dX]{4}已遮盖$/);
    await page.getByTestId("pii-reveal-open").click();
    const dialog = page.getByRole("dialog", { name: "查看完整个人信息" });
    await dialog.getByLabel("身份证号").check();
    await dialog.getByLabel("手机号").check();
    await dialog.getByLabel("查看原因").fill("短");
    await dialog.getByTestId("pii-reveal-submit").click();
    await expect(dialog).toContainText("请填写原因（至少 5 个字）");
    await dialog.getByLabel("查看原因").fill("客户来电投诉，核对身份证号");
    await dialog.getByTestId("pii-reveal-submit").click();
    await expect(dialog).toBeHidden();
    await expect(idNumber).toHaveAttribute("data-masked", "false");
    await expect(idNumber).toHaveText(/^\d{17}[\dX]已显示完整信息$/);
    const phone = (await page.getByTestId("pii-customer-phone").textContent())!.replace(/\D/g, "");
    expect(phone).toHaveLength(11);

    // A note appears in the notes card and, with the reveal, in the staff-actions timeline.
    const body = `客户投诉重复扣款 ${Date.now()}`;
    await page.getByLabel("新备注").fill(body);
    await page.getByTestId("customer-note-submit").click();
    await expect(page.getByTestId("customer-note-added")).toBeVisible();
    await expect(page.getByTestId("customer-notes").getByTestId("customer-note").first()).toContainText(body);
    const timeline = page.getByTestId("customer-timeline");
    await expect(timeline.locator('[data-action="customer.note"]').first()).toContainText(body);
    await expect(timeline.locator('[data-action="customer.note"]').first()).toContainText(officer.name);
    await expect(timeline.locator('[data-action="pii.reveal"]').first()).toContainText("客户来电投诉，核对身份证号");
    await expect(timeline.locator('[data-action="customer.view"]').first()).toContainText(officer.name);

    // A reload masks again; the mobile number finds exactly this customer.
    await page.reload();
    await expect(page.getByTestId("pii-customer-idNumber")).toHaveAttribute("data-masked", "true");
    await page.goto("/customers");
    await search(page, `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`);
    await expect(page.getByTestId("customer-search-summary")).toHaveAttribute("data-kind", "phone");
    await expect(page.getByTestId("customer-result")).toHaveCount(1);
    await expect(page.getByTestId("customer-result")).toHaveAttribute("data-customer-id", id);
  });

  test("an auditor reads a customer's record but has no reveal button and no note form", async ({ page }) => {
    await signIn(page, "auditor");
    await page.goto("/customers");
    const first = page.getByTestId("customer-result").first();
    const id = (await first.getAttribute("data-customer-id"))!;
    await first.getByRole("link").click();
    await expect(page).toHaveURL(`/customers/${id}`);
    await expect(page.getByTestId("customer-header")).toBeVisible();
    await expect(page.getByTestId("pii-customer-idNumber")).toHaveAttribute("data-masked", "true");
    await expect(page.getByTestId("customer-notes")).toContainText("您的角色只能查看备注。");
    await expect(page.getByTestId("pii-reveal-open")).toHaveCount(0);
    await expect(page.getByTestId("customer-note-form")).toHaveCount(0);
  });

  test("a marketing user cannot open customers", async ({ page }) => {
    await signIn(page, "marketing");
    await expect(page.getByRole("link", { name: "客户", exact: true })).toHaveCount(0);
    const response = await page.goto("/customers");
    expect(response?.status()).toBe(403);
    await expect(page.getByTestId("forbidden")).toBeVisible();
    expect((await page.goto("/customers/C00000001"))?.status()).toBe(403);
  });
});
