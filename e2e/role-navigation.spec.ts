import { expect, test } from "@playwright/test";
import { signIn, type DemoRole } from "./support/staff";

// What each role's sidebar offers (Chinese labels), and a page each role must be refused.
const SIDEBAR: Record<DemoRole, { links: string[]; forbidden: string }> = {
  admin: { links: ["概览", "数据分析", "审计日志", "员工与角色", "接口客户端"], forbidden: "/transactions" },
  officer: { links: ["概览", "实名审核", "风险预警", "风控规则", "客户", "交易", "监管报告"], forbidden: "/admin/staff" },
  officer2: { links: ["概览", "实名审核", "风险预警", "风控规则", "客户", "交易", "监管报告"], forbidden: "/audit" },
  lead: { links: ["概览", "实名审核", "风险预警", "风控规则", "客户", "交易", "监管报告", "数据分析"], forbidden: "/audit" },
  marketing: { links: ["概览", "营销活动", "数据分析"], forbidden: "/customers" },
  manager: { links: ["概览", "实名审核", "风险预警", "风控规则", "客户", "交易", "营销活动", "数据分析"], forbidden: "/admin/staff" },
  auditor: { links: ["概览", "实名审核", "风险预警", "风控规则", "客户", "交易", "营销活动", "监管报告", "审计日志"], forbidden: "/admin/staff" },
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

// The overview's figures lead to the lists they count, under the same name and with the same number.
test("officer: the overview's 待处理 figure opens the queue's 待处理 tab with the same count", async ({ page }) => {
  await signIn(page, "officer");
  const tile = page.getByTestId("overview-kyc").getByRole("link", { name: /^待处理/ });
  const count = (await tile.locator("span.num").textContent())!.trim();
  expect(count).toMatch(/^[\d,]+$/);
  await tile.click();
  await expect(page).toHaveURL("/kyc");
  const activeTab = page.getByRole("navigation", { name: "按状态查看" }).locator('[aria-current="page"]');
  await expect(activeTab).toHaveText(new RegExp(`^待处理\\s*${count}$`));

  await page.goto("/");
  await page.getByTestId("overview-kyc").getByRole("link", { name: /^待补件/ }).click();
  await expect(page).toHaveURL("/kyc?status=NEEDS_INFO");
  await expect(page.getByRole("navigation", { name: "按状态查看" }).locator('[aria-current="page"]')).toContainText("待补件");
});

for (const role of ["marketing", "manager"] as const) {
  test(`${role}: the overview says what the role can do today and every link on it opens`, async ({ page }) => {
    await signIn(page, role);
    await expect(page.getByTestId("overview-can-do")).toContainText(role === "marketing" ? "市场营销" : "业务经理");
    const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
    // Areas still to be built are never linked; the alert queue is, for the manager who reads it.
    expect(hrefs.filter((href) => /^\/(analytics|reports)\b/.test(href))).toEqual([]);
    if (role === "manager") expect(hrefs).toContain("/alerts?severity=CRITICAL");
    for (const href of new Set(hrefs)) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
  });
}
