// The demo staff the e2e server is seeded with, and signing in as one of them through the real form.
import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_STAFF } from "@/lib/sim/staff";

export type DemoRole = "admin" | "officer" | "officer2" | "lead" | "marketing" | "manager" | "auditor";

export function demoStaff(role: DemoRole) {
  const staff = DEMO_STAFF.find((s) => s.email.startsWith(`${role}@`));
  if (!staff) throw new Error(`no demo staff ${role}`);
  return staff;
}

export async function signIn(page: Page, role: DemoRole): Promise<void> {
  const staff = demoStaff(role);
  await page.goto("/login");
  await page.getByLabel(/工作邮箱|Work email/).fill(staff.email);
  await page.getByLabel(/^(密码|Password)$/).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /^(登录|Sign in)$/ }).click();
  // The first sign-in on a freshly started server compiles and warms caches: allow it time.
  await expect(page.getByTestId("signed-in-staff")).toContainText(staff.name, { timeout: 30_000 });
}
