// Staff administration, signed in as the administrator: unlocking someone locked out by wrong passwords,
// creating an account with a temporary password shown once, ending a deactivated person's open session,
// and the page's refusal to everyone else. Each journey restores the demo staff it changed.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoStaff, signIn, type DemoRole } from "./support/staff";

async function signedInPage(browser: Browser, role: DemoRole): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, role);
  return page;
}

async function openStaff(admin: Page, role: DemoRole) {
  const { name } = demoStaff(role);
  await admin.goto("/admin/staff");
  await admin.getByTestId("staff-list").getByRole("link", { name, exact: true }).click();
  await expect(admin.getByRole("heading", { level: 1, name })).toBeVisible();
}

async function submitChange(admin: Page, card: string, reason: string, button: RegExp) {
  const form = admin.getByTestId(card);
  await form.getByLabel(/^原因|^Reason/).fill(reason);
  await form.getByRole("button", { name: button }).click();
  await expect(admin.getByTestId(`${card}-done`)).toBeVisible();
}

test("five wrong passwords lock an account; the administrator unlocks it with a reason and the person signs in", async ({ page, browser }) => {
  const officer2 = demoStaff("officer2");
  await page.goto("/login");
  for (let attempt = 1; attempt <= 6; attempt++) {
    await page.getByLabel("工作邮箱").fill(officer2.email);
    await page.getByLabel("密码", { exact: true }).fill(`wrong-password-${attempt}`);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page.getByTestId("login-error")).toHaveText(attempt < 5 ? "邮箱或密码不正确，请重试。" : /该账户因多次登录失败已被临时锁定/);
  }

  const admin = await signedInPage(browser, "admin");
  await admin.goto("/admin/staff");
  await admin.getByRole("link", { name: /^已锁定/ }).click();
  await expect(admin).toHaveURL(/status=locked/);
  const row = admin.getByRole("row", { name: new RegExp(officer2.name) });
  await expect(row.getByTestId("staff-status")).toHaveText(/^锁定至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  await row.getByRole("link", { name: officer2.name }).click();

  await expect(admin.getByTestId("staff-unlock")).toContainText("北京时间");
  await submitChange(admin, "staff-unlock", "本人来电核实，工单 IAM-3101", /^解锁$/);
  await expect(admin.getByTestId("staff-summary").getByTestId("staff-status")).toHaveText("正常");
  await expect(admin.getByTestId("staff-unlock-unavailable")).toBeVisible();
  await expect(admin.getByTestId("staff-history")).toContainText("本人来电核实，工单 IAM-3101");
  await expect(admin.getByTestId("staff-history")).toContainText("因连续登录失败被锁定");

  // The unlock's audit diff: fields by name, the lock cleared to empty (a change, not a removal).
  await admin.goto(`/audit?action=staff.unlock&entityId=${officer2.id}`);
  await admin.getByTestId("audit-events").locator("tbody tr").first().click();
  const diff = admin.getByTestId("audit-diff");
  await expect(diff.locator('[data-key="lockedUntil"]')).toContainText(/锁定至.*\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}.*（空）.*修改/);
  await expect(diff).not.toContainText("移除");
  await expect(diff).not.toContainText("lockedUntil");

  await signIn(page, "officer2");
  await admin.context().close();
});

test("the administrator creates a marketing account and reads its temporary password once", async ({ page, browser }) => {
  await signIn(page, "admin");
  await page.goto("/admin/staff");
  await page.getByRole("link", { name: "新建员工账户" }).click();

  // The form answers on the form: nothing filled in.
  await page.getByRole("button", { name: "创建账户" }).click();
  await expect(page.getByTestId("staff-form-error")).toBeVisible();
  await expect(page.getByText("请至少选择一个角色。")).toBeVisible();

  const email = `e2e.${Date.now()}@wallet.bank`;
  await page.getByLabel("姓名").fill("钱晓东");
  await page.getByLabel("工作邮箱").fill(email.toUpperCase());
  await page.getByRole("checkbox", { name: /市场营销/ }).check();
  await page.getByRole("button", { name: "创建账户" }).click();

  await expect(page.getByTestId("staff-created")).toContainText(email);
  const temporaryPassword = (await page.getByTestId("temporary-password").textContent())!.trim();
  expect(temporaryPassword).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);

  await page.getByRole("link", { name: "查看该员工" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "钱晓东" })).toBeVisible();
  await expect(page.getByTestId("staff-summary")).toContainText("市场营销");
  await expect(page.getByTestId("staff-summary")).toContainText(email);
  await expect(page.locator("body")).not.toContainText(temporaryPassword);

  await page.goto("/admin/staff");
  const row = page.getByRole("row", { name: /钱晓东/ });
  await expect(row).toContainText("须修改");
  await expect(row).toContainText("从未登录");

  // The same email a second time is refused beside the field.
  await page.goto("/admin/staff/new");
  await page.getByLabel("姓名").fill("钱晓东");
  await page.getByLabel("工作邮箱").fill(email);
  await page.getByRole("checkbox", { name: /审计员/ }).check();
  await page.getByRole("button", { name: "创建账户" }).click();
  await expect(page.getByLabel("工作邮箱")).toHaveAccessibleDescription(/该邮箱已被其他员工账户使用。/);
  await expect(page.getByTestId("staff-form-error")).toHaveCount(0);

  // The temporary password signs the new person in, straight to choosing their own password.
  const newcomer = await (await browser.newContext()).newPage();
  await newcomer.goto("/login");
  await newcomer.getByLabel("工作邮箱").fill(email);
  await newcomer.getByLabel("密码", { exact: true }).fill(temporaryPassword);
  await newcomer.getByRole("button", { name: "登录", exact: true }).click();
  await expect(newcomer.getByRole("heading", { name: "设置新密码" })).toBeVisible();
  await newcomer.context().close();
});

test("deactivating a staff member ends their open session at their next click", async ({ page, browser }) => {
  await signIn(page, "marketing");

  const admin = await signedInPage(browser, "admin");
  await openStaff(admin, "marketing");
  await submitChange(admin, "staff-deactivate", "员工调岗，HR-2026-207", /^停用账户$/);
  await expect(admin.getByTestId("staff-summary").getByTestId("staff-status")).toHaveText("已停用");

  // Their next click (to a page they have not loaded yet, so the server is asked) lands on the sign-in page.
  await page.getByTestId("signed-in-staff").click();
  await expect(page).toHaveURL(/\/login/);

  // Reactivated, they can sign in again.
  await submitChange(admin, "staff-reactivate", "调岗撤销，HR-2026-208", /^重新启用$/);
  await expect(admin.getByTestId("staff-summary").getByTestId("staff-status")).toHaveText("正常");
  await signIn(page, "marketing");
  await admin.context().close();
});

test("an administrator cannot administer their own account here", async ({ page }) => {
  await signIn(page, "admin");
  await openStaff(page, "admin");
  await expect(page.getByTestId("staff-self-notice")).toBeVisible();
  await expect(page.getByTestId("staff-roles")).toHaveCount(0);
  await expect(page.getByTestId("staff-deactivate")).toHaveCount(0);
});

test("a manager cannot open staff administration", async ({ page }) => {
  await signIn(page, "manager");
  await expect(page.getByRole("link", { name: "员工与角色" })).toHaveCount(0);
  await page.goto("/admin/staff");
  await expect(page.getByTestId("forbidden")).toBeVisible();
  await page.goto(`/admin/staff/${demoStaff("officer").id}`);
  await expect(page.getByTestId("forbidden")).toBeVisible();
  await expect(page.locator("body")).not.toContainText(demoStaff("officer").email);
});
