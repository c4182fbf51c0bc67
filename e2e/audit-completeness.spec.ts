// Audit completeness (issue 9, items 4-6), as an auditor would check it: a customer page fetched with a
// Next-Action header is still recorded as a view; a manager opening a KYC review sees the ID card with its
// personal data hidden (an officer sees it whole); a marketing user's 403 on /kyc is in the audit trail.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoStaff, signIn, type DemoRole } from "./support/staff";

/** A customer no other journey opens, so its trail holds only what this one does. */
const CUSTOMER = "C00000257";

async function as(browser: Browser, role: DemoRole, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, role);
  return page;
}

test.describe("audit completeness", () => {
  test("a customer page fetched with a Next-Action header is recorded, and the auditor finds it", async ({ browser }, testInfo) => {
    const baseURL = testInfo.project.use.baseURL;
    const officer = demoStaff("officer2");
    const auditor = await as(browser, "auditor", baseURL);
    const trail = `/audit?action=customer.view&actor=${officer.id}&entityId=${CUSTOMER}`;
    const rows = auditor.getByTestId("audit-events").locator("tbody tr");
    await auditor.goto(trail);
    await expect(auditor.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(rows.filter({ hasText: CUSTOMER })).toHaveCount(0);

    const page = await as(browser, "officer2", baseURL);
    const response = await page.request.get(`/customers/${CUSTOMER}`, { headers: { "Next-Action": "x" } });
    expect(response.status()).toBe(200);

    await auditor.goto(trail);
    await expect(rows.filter({ hasText: CUSTOMER }).filter({ hasText: officer.email })).toHaveCount(1);
    await page.context().close();
    await auditor.context().close();
  });

  test("a manager opening a KYC review sees the ID card redacted; so does an officer, until a reveal with a reason", async ({ page, browser }, testInfo) => {
    await signIn(page, "manager");
    await page.goto("/kyc?status=PENDING");
    const row = page.getByTestId("kyc-queue-table").locator("tbody tr[data-href]").first();
    await expect(row).toBeVisible();
    const href = (await row.getAttribute("data-href"))!;
    await page.goto(href);
    await expect(page.getByTestId("kyc-documents-redacted")).toBeVisible();
    const image = page.getByTestId("kyc-document-ID_FRONT").getByRole("img");
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    const src = (await image.getAttribute("src"))!;
    const redacted = await (await page.request.get(src)).text();
    expect(redacted).toContain('data-redacted="idNumber"');
    expect(redacted).toContain('data-redacted="address"');
    expect(redacted).not.toMatch(/\d{17}[\dX]/);
    expect(redacted).toMatch(/\d{6}\*{8}[\dX]{4}/);

    const officer = await as(browser, "officer", testInfo.project.use.baseURL);
    await officer.goto(href);
    await expect(officer.getByTestId("kyc-documents-redacted")).toBeVisible();
    const officerImage = officer.getByTestId("kyc-document-ID_FRONT").getByRole("img");
    await expect(officerImage).toHaveAttribute("src", src);
    expect(await (await officer.request.get(src)).text()).not.toMatch(/\d{17}[\dX]/);
    // The reveal (a reason, audited) shows the revealed fields on the scan too, for this view.
    await officer.getByTestId("pii-reveal-open").click();
    const dialog = officer.getByRole("dialog", { name: "查看完整个人信息" });
    await dialog.getByLabel("身份证号").check();
    await dialog.getByLabel("查看原因").fill("核对证件照片上的号码与录入是否一致");
    await dialog.getByTestId("pii-reveal-submit").click();
    await expect(dialog).toBeHidden();
    await expect(officerImage).toHaveAttribute("src", `${src}?reveal=1`);
    const whole = await (await officer.request.get(`${src}?reveal=1`)).text();
    expect(whole).toMatch(/\d{17}[\dX]/);
    expect(whole).toContain('data-redacted="address"');
    await officer.context().close();
  });

  test("a marketing user's 403 on /kyc appears in the audit trail", async ({ page, browser }, testInfo) => {
    const marketing = demoStaff("marketing");
    await signIn(page, "marketing");
    expect((await page.goto("/kyc"))?.status()).toBe(403);
    await expect(page.getByTestId("forbidden")).toBeVisible();

    const auditor = await as(browser, "auditor", testInfo.project.use.baseURL);
    // Wide enough that the list shows its reason column (the column picker hides it below 1600 px).
    await auditor.setViewportSize({ width: 1680, height: 900 });
    await auditor.goto(`/audit?action=page.view&actor=${marketing.id}&outcome=FAILURE`);
    const refusal = auditor.getByTestId("audit-events").locator("tbody tr").filter({ hasText: "kyc:view" }).filter({ hasText: marketing.email });
    await expect(refusal.first()).toBeVisible();
    await expect(refusal.first()).toContainText("无此权限");
    await auditor.context().close();
  });
});
