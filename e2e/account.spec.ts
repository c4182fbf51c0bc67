// The account page (issue 10 item 12), signed in as the marketing user: sign-ins read as browser, system
// and place; the password change wants the new password twice; and where the second factor is optional,
// the person sets one up here and is asked for a code at their next sign-in. The administrator resets it
// at the end, so the demo staff are as they were.
import { expect, test } from "@playwright/test";
import { freshCode, submitPassword, type Authenticator } from "./support/mfa";
import { demoStaff, signIn } from "./support/staff";
import { DEMO_PASSWORD } from "@/lib/sim/staff";

test("a staff member reads their sign-ins, is told the passwords differ, and turns on an authenticator", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const marketing = demoStaff("marketing");
  await signIn(page, "marketing");
  await page.getByTestId("signed-in-staff").click();
  await expect(page).toHaveURL("/account");

  const history = page.getByTestId("sign-in-history");
  await expect(history.getByTestId("sign-in-browser").first()).toHaveText(/^Chrome \d+$/);
  await expect(history.getByTestId("sign-in-system").first()).toHaveText("Linux");
  await expect(history.getByTestId("sign-in-place").first()).toContainText(/本机|内部网络|外部网络/);
  await expect(history).not.toContainText("Mozilla/5.0");

  await page.getByLabel("当前密码", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel("新密码", { exact: true }).fill("Brass-lantern-harbour-7");
  await page.getByLabel("再次输入新密码", { exact: true }).fill("Brass-lantern-harbour-8");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.locator("#confirmPassword-error")).toHaveText("两次输入的新密码不一致，请重新输入。");
  await expect(page.getByLabel("再次输入新密码", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await expect(page.getByTestId("mfa-state")).toContainText("未启用");
  await page.getByTestId("mfa-offer").getByRole("button", { name: "开始绑定" }).click();
  const authenticator: Authenticator = { secret: (await page.getByTestId("totp-secret").textContent())!.trim(), recoveryCodes: [] };
  await page.getByLabel("6 位验证码").fill(await freshCode(authenticator));
  await page.getByRole("button", { name: "验证并绑定" }).click();
  await expect(page.getByTestId("mfa-enrolled").getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  await page.getByRole("button", { name: "我已保存恢复码" }).click();
  await expect(page.getByTestId("mfa-state")).toContainText("已启用");

  // Optional for the console, required for this person from now on.
  // Wait for the sign-out to land: a navigation to /login while it is still under way is aborted.
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1/);
  await submitPassword(page, "marketing");
  await expect(page.getByRole("heading", { name: "输入验证码" })).toBeVisible();
  await page.getByLabel("6 位验证码").fill(await freshCode(authenticator));
  await page.getByRole("button", { name: "验证", exact: true }).click();
  await expect(page.getByTestId("signed-in-staff")).toContainText(marketing.name);

  // The enrolment is in the audit trail.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin");
  await admin.goto("/audit?action=account.enrol-mfa");
  await expect(admin.getByTestId("audit-events").locator("tbody tr").first()).toContainText(marketing.name);
  await admin.context().close();
});

// The administrator puts the demo account back (whatever the journey reached), so later journeys sign in
// as marketing with a password alone.
test.afterAll(async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin");
  await admin.goto("/admin/staff");
  await admin.getByTestId("staff-list").getByRole("link", { name: demoStaff("marketing").name, exact: true }).click();
  const reset = admin.getByTestId("staff-resetSecondFactor");
  await expect(reset).toBeVisible();
  const button = reset.getByRole("button", { name: "重置第二重验证" });
  if (await button.isVisible()) {
    await reset.getByLabel(/^原因/).fill("账户页绑定测试结束，恢复演示账户");
    await button.click();
    await expect(admin.getByTestId("staff-resetSecondFactor-done")).toBeVisible();
  }
  await admin.context().close();
});
