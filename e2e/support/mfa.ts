// Signing in where a second factor is required: enrols on first sign-in (reading the key shown under the
// QR code, as a person typing it into their app would), verifies with a fresh code afterwards.
import { expect, type Page } from "@playwright/test";
import { generate } from "otplib";
import { DEMO_PASSWORD } from "@/lib/sim/staff";
import { demoStaff, type DemoRole } from "./staff";

export interface Authenticator {
  secret: string;
  recoveryCodes: string[];
  lastCode?: string;
}

export async function submitPassword(page: Page, role: DemoRole, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel(/工作邮箱|Work email/).fill(demoStaff(role).email);
  await page.getByLabel(/^(密码|Password)$/).fill(password);
  await page.getByRole("button", { name: /^(登录|Sign in)$/ }).click();
}

/** A code the server has not seen yet: waits for the next 30-second step when the current one was used. */
export async function freshCode(authenticator: Authenticator): Promise<string> {
  for (;;) {
    const code = await generate({ secret: authenticator.secret });
    if (code !== authenticator.lastCode) {
      authenticator.lastCode = code;
      return code;
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

export async function enrol(page: Page, role: DemoRole): Promise<Authenticator> {
  await submitPassword(page, role);
  await expect(page.getByRole("heading", { name: /绑定身份验证器|Set up your authenticator/ })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  const authenticator: Authenticator = { secret, recoveryCodes: [] };
  await page.getByLabel(/6 位验证码|6-digit code/).fill(await freshCode(authenticator));
  await page.getByRole("button", { name: /验证并绑定|Verify and enable/ }).click();
  const codes = page.getByTestId("recovery-codes").locator("li");
  await expect(codes).toHaveCount(10);
  authenticator.recoveryCodes = (await codes.allTextContents()).map((c) => c.trim());
  await page.getByRole("button", { name: /我已保存恢复码|I have saved them/ }).click();
  await expect(page.getByTestId("signed-in-staff")).toContainText(demoStaff(role).name);
  return authenticator;
}

export async function verifyWithApp(page: Page, role: DemoRole, authenticator: Authenticator): Promise<void> {
  await submitPassword(page, role);
  await page.getByLabel(/6 位验证码|6-digit code/).fill(await freshCode(authenticator));
  await page.getByRole("button", { name: /^(验证|Verify)$/ }).click();
  await expect(page.getByTestId("signed-in-staff")).toContainText(demoStaff(role).name);
}

/** Signs in with one of the recovery codes (each works once): no wait for the app's next 30-second step. */
export async function verifyWithRecoveryCode(page: Page, role: DemoRole, authenticator: Authenticator): Promise<void> {
  const code = authenticator.recoveryCodes.shift();
  if (!code) throw new Error(`no recovery code left for ${role}`);
  await submitPassword(page, role);
  await page.getByRole("button", { name: /改用恢复码|Use a recovery code/ }).click();
  await page.getByLabel(/^(恢复码|Recovery code)$/).fill(code);
  await page.getByRole("button", { name: /^(验证|Verify)$/ }).click();
  await expect(page.getByTestId("signed-in-staff")).toContainText(demoStaff(role).name);
}
