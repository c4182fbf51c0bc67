// Ids from outside (issue 9, item 11): every id in a path or query string is read with bounds before it
// reaches the database. Unknown or malformed ids in a path are a real 404 (not a 200 carrying the not-found
// page, not the error page); a malformed id in a query string gets the page's own message. And the client
// address in the audit trail is the socket's (item 9): a forged X-Forwarded-For never reaches it when the
// console runs behind no trusted proxy, as here (reached directly on loopback).
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/staff";

const OUT_OF_RANGE = "9999999999999999999"; // above PostgreSQL's bigint maximum, 9223372036854775807

async function expectStatus(page: Page, path: string, status: number) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  // Never the console's error boundary ("出现了问题"), whatever the status.
  await expect(page.getByRole("heading", { name: "出现了问题" }), path).toHaveCount(0);
}

async function expectNotFound(page: Page, path: string) {
  await expectStatus(page, path, 404);
  await expect(page.getByText("页面不存在（404）"), path).toBeVisible();
}

test.describe("ids in paths and query strings", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, "auditor");
  });

  test("path ids that are out of range, malformed or unknown are a real 404", async ({ page }) => {
    for (const path of [
      `/audit/${OUT_OF_RANGE}`,
      "/audit/99999999999999999999999",
      "/audit/0",
      "/audit/-1",
      "/audit/abc",
      "/audit/9223372036854775807",
      "/kyc/NOPE123",
      "/kyc/K99999999",
      `/kyc/${"K".repeat(65)}`,
      "/kyc/a%20b",
      "/customers/NOPE123",
      "/customers/C99999999",
      `/customers/${OUT_OF_RANGE}`,
    ]) {
      await expectNotFound(page, path);
    }
  });

  test("known ids still open their pages", async ({ page }) => {
    await expectStatus(page, "/customers/C00000001", 200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectStatus(page, "/kyc/K000000011", 200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // The auditor's own sign-in is an event: the newest one opens.
    await page.goto("/audit");
    await page.getByTestId("audit-events").locator("tbody tr").first().click();
    await expect(page).toHaveURL(/\/audit\/\d+$/);
    await expect(page.getByRole("heading", { level: 1, name: /^事件 #\d+$/ })).toBeVisible();
    // Then loaded as a document of its own, once the client navigation has settled.
    await page.waitForLoadState("networkidle");
    await expectStatus(page, new URL(page.url()).pathname, 200);
    await expect(page.getByRole("heading", { level: 1, name: /^事件 #\d+$/ })).toBeVisible();
  });

  test("an out-of-range or malformed transaction in ?tx= gets the drawer's own 'not found'", async ({ page }) => {
    for (const path of [`/transactions?tx=${OUT_OF_RANGE}`, "/transactions?tx=abc", `/customers/C00000001?tab=transactions&tx=${OUT_OF_RANGE}`]) {
      await expectStatus(page, path, 200);
      await expect(page.getByText("找不到这笔交易"), path).toBeVisible();
    }
  });

  test("an out-of-range audit cursor starts the list from the newest, instead of failing", async ({ page }) => {
    for (const path of [`/audit?before=${OUT_OF_RANGE}`, `/audit?after=${OUT_OF_RANGE}`, "/audit?before=-5", `/transactions?after=${OUT_OF_RANGE}`]) {
      await expectStatus(page, path, 200);
    }
    await page.goto(`/audit?before=${OUT_OF_RANGE}`);
    await expect(page.getByTestId("audit-events").locator("tbody tr").first()).toBeVisible();
  });

  test("a KYC document id of the wrong shape or unknown is refused, not looked up as given", async ({ page }) => {
    expect((await page.request.get("/api/kyc/documents/NOPE123")).status()).toBe(404);
    expect([400, 404]).toContain((await page.request.get(`/api/kyc/documents/${"x".repeat(80)}`)).status());
  });
});

test("a forged X-Forwarded-For reaches neither the audit trail nor the sign-in throttle", async ({ browser }) => {
  const forged = "203.0.113.66";
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": forged, "X-Real-IP": forged, "X-Wallet-Client-Address": forged } });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("工作邮箱").fill("forged.address@wallet.bank");
  await page.getByLabel("密码", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page.getByTestId("login-error")).toHaveText("邮箱或密码不正确，请重试。");
  await context.close();

  const auditor = await browser.newPage();
  await signIn(auditor, "auditor");
  await auditor.goto("/audit?actorEmail=forged.address%40wallet.bank");
  const row = auditor.getByTestId("audit-events").locator("tbody tr").first();
  await expect(row).toBeVisible();
  await row.click();
  await expect(auditor).toHaveURL(/\/audit\/\d+$/);
  const fields = auditor.getByTestId("audit-event-fields");
  await expect(fields).toContainText("forged.address@wallet.bank");
  // Reached on loopback with no trusted proxy: the socket's address, whatever the headers said.
  await expect(fields).toContainText(/127\.0\.0\.1|::1/);
  await expect(fields).not.toContainText(forged);
});
