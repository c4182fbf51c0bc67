import { expect, test } from "@playwright/test";
import { signIn, type DemoRole } from "./support/staff";

// What each role's sidebar offers (Chinese labels), and a page each role must be refused.
const SIDEBAR: Record<DemoRole, { links: string[]; forbidden: string }> = {
  admin: { links: ["概览", "审计日志", "员工与角色"], forbidden: "/transactions" },
  officer: { links: ["概览", "实名审核", "客户", "交易"], forbidden: "/admin/staff" },
  officer2: { links: ["概览", "实名审核", "客户", "交易"], forbidden: "/audit" },
  lead: { links: ["概览", "实名审核", "客户", "交易"], forbidden: "/audit" },
  marketing: { links: ["概览"], forbidden: "/customers" },
  manager: { links: ["概览", "实名审核", "客户", "交易"], forbidden: "/admin/staff" },
  auditor: { links: ["概览", "实名审核", "客户", "交易", "审计日志"], forbidden: "/admin/staff" },
};

for (const [role, expected] of Object.entries(SIDEBAR) as [DemoRole, (typeof SIDEBAR)[DemoRole]][]) {
  test(`${role}: sees only their own sidebar and gets 403 on ${expected.forbidden}`, async ({ page }) => {
    await signIn(page, role);
    const nav = page.getByRole("navigation", { name: "主导航" });
    await expect(nav.getByRole("link")).toHaveText(expected.links);
    const response = await page.goto(expected.forbidden);
    expect(response?.status()).toBe(403);
    await expect(page.getByTestId("forbidden")).toContainText("无权访问此页面（403）");
  });
}
