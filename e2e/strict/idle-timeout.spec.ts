import { expect, test } from "@playwright/test";
import { enrol } from "../support/mfa";

// This console runs with SESSION_IDLE_SECONDS=30 (PCI DSS 8.2.8 asks for at most 15 minutes; the limit is
// shortened here so the journey takes under a minute). The warning comes 10 seconds before.
test("an idle session is warned, can be kept, and is signed out when left alone", async ({ page }) => {
  test.setTimeout(150_000);
  await enrol(page, "manager");

  // Warned, and "keep working" restarts the clock.
  await expect(page.getByRole("dialog")).toBeVisible({ timeout: 40_000 });
  await expect(page.getByRole("dialog")).toContainText("即将自动退出");
  await page.getByRole("button", { name: "继续工作" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();

  // Left alone: signed out, and told why.
  await expect(page).toHaveURL(/\/login\?reason=idle/, { timeout: 60_000 });
  await expect(page.getByText(/无操作已被自动退出/)).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("the server ends an idle session even when the page is not there to notice", async ({ page, context }) => {
  test.setTimeout(150_000);
  await enrol(page, "lead");
  const cookies = await context.cookies();
  await page.close();
  await new Promise((resolve) => setTimeout(resolve, 32_000));
  const fresh = await context.newPage();
  await context.addCookies(cookies);
  await fresh.goto("/");
  await expect(fresh).toHaveURL(/\/login\?reason=idle/);
});
