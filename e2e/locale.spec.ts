import { expect, test } from "@playwright/test";
import { demoStaff, signIn } from "./support/staff";

test("the console speaks Chinese first and switches to English and back, remembering the choice", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "登录钱包运营控制台" })).toBeVisible();
  await signIn(page, "manager");
  const name = demoStaff("manager").name;
  await expect(page.getByRole("heading", { name: `${name}，您好` })).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: `Hello, ${name}` })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.getByTestId("signed-in-staff")).toContainText("Manager");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.reload();
  await expect(page.getByRole("heading", { name: `Hello, ${name}` })).toBeVisible();
  await expect(page.getByTestId("overview-today")).toContainText("Today's transactions");

  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("heading", { name: `${name}，您好` })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
});
