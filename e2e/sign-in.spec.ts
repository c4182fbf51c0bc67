import { expect, test } from "@playwright/test";
import { demoStaff, signIn } from "./support/staff";

test.describe("signing in", () => {
  test("a compliance officer signs in, sees their overview, and signs out", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await signIn(page, "officer");
    await expect(page).toHaveURL("/");
    await expect(page.getByRole("heading", { name: `${demoStaff("officer").name}，您好` })).toBeVisible();
    await expect(page.getByTestId("signed-in-staff")).toContainText("合规专员");

    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1/);
    await expect(page.getByText("您已安全退出。")).toBeVisible();
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });

  test("a wrong password and an unknown email get the same message and no session", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("工作邮箱").fill(demoStaff("officer").email);
    await page.getByLabel("密码").fill("not-the-password-123");
    await page.getByRole("button", { name: "登录" }).click();
    const error = page.getByTestId("login-error");
    await expect(error).toHaveText("邮箱或密码不正确，请重试。");
    const wrongPassword = await error.textContent();

    await page.getByLabel("工作邮箱").fill("nobody@wallet.bank");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(error).toHaveText(wrongPassword!);

    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });

  test("an empty form is answered on the form", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByTestId("login-error")).toHaveText("请输入工作邮箱和密码。");
  });
});
