import { expect, test } from "@playwright/test";
import { enrol, freshCode, submitPassword, verifyWithApp } from "../support/mfa";

test.describe("second factor (required on this console)", () => {
  test("first sign-in enrols TOTP, later sign-ins need a fresh code, a replayed code is refused, a recovery code works once", async ({ page, context }) => {
    const authenticator = await enrol(page, "auditor");
    await expect(page).toHaveURL("/");

    // The account page says the second factor is on and lists this sign-in.
    await page.getByTestId("signed-in-staff").click();
    await expect(page.getByTestId("mfa-state")).toContainText(/已启用|Enabled since/);
    await expect(page.getByTestId("sign-in-history")).toContainText(/成功|Succeeded/);

    // Sign out, then sign in with the app's next code.
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/login/);
    await verifyWithApp(page, "auditor", authenticator);

    // The same code again is a replay.
    await context.clearCookies();
    await submitPassword(page, "auditor");
    await page.getByLabel("6 位验证码").fill(authenticator.lastCode!);
    await page.getByRole("button", { name: "验证", exact: true }).click();
    await expect(page.getByTestId("login-error")).toContainText("验证码不正确或已被使用");

    // A recovery code instead of the app; the same recovery code a second time fails.
    await page.getByRole("button", { name: "改用恢复码" }).click();
    await page.getByLabel("恢复码").fill(authenticator.recoveryCodes[0]!);
    await page.getByRole("button", { name: "验证", exact: true }).click();
    await expect(page.getByTestId("signed-in-staff")).toBeVisible();

    await context.clearCookies();
    await submitPassword(page, "auditor");
    await page.getByRole("button", { name: "改用恢复码" }).click();
    await page.getByLabel("恢复码").fill(authenticator.recoveryCodes[0]!);
    await page.getByRole("button", { name: "验证", exact: true }).click();
    await expect(page.getByTestId("login-error")).toBeVisible();
    expect(await freshCode(authenticator)).toMatch(/^\d{6}$/);
  });

  test("a wrong enrolment code is refused on the form", async ({ page }) => {
    await submitPassword(page, "marketing");
    await expect(page.getByTestId("totp-secret")).toBeVisible();
    await page.getByLabel("6 位验证码").fill("000000");
    await page.getByRole("button", { name: "验证并绑定" }).click();
    await expect(page.getByTestId("login-error")).toBeVisible();
    await expect(page.getByText("验证码不正确或已被使用，请输入应用中最新的验证码。").first()).toBeVisible();
  });
});
