// The KYC review queue: an officer narrows it to what is overdue or high risk, walks it with the keyboard,
// takes a submission from the list and the next one with "n"; a lead hands a selection to a colleague.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/staff";

const rows = (page: Page) => page.getByTestId("kyc-queue-table").locator("tbody tr[data-href]");
const rowIds = async (page: Page) => (await rows(page).locator("td a").allTextContents()).map((text) => text.trim());

async function tabCount(page: Page, name: string): Promise<number> {
  const text = await page.getByRole("navigation", { name: "按状态查看" }).getByRole("link", { name: new RegExp(`^${name}`) }).textContent();
  return Number(/(\d[\d,]*)\+?$/.exec(text ?? "")?.[1]?.replaceAll(",", "") ?? NaN);
}

async function applyFilters(page: Page, change: () => Promise<unknown>) {
  const filters = page.getByTestId("kyc-queue-filters");
  await change();
  await filters.getByRole("button", { name: "应用筛选" }).click();
}

test("an officer filters the queue, walks it with the keyboard and takes submissions", async ({ page }) => {
  await signIn(page, "officer");
  await page.goto("/kyc");
  await expect(page.getByRole("heading", { level: 1, name: "实名审核队列" })).toBeVisible();
  const open = await tabCount(page, "待处理");
  expect(open).toBeGreaterThan(10);
  await expect(rows(page)).toHaveCount(Math.min(open, 50));
  // Personal data stays masked in the list.
  await expect(rows(page).first()).toContainText(/\d{6}\*{8}[\dX]{4}/);

  // Only overdue: fewer submissions, each flagged with an icon and words, not colour alone.
  await applyFilters(page, () => page.getByLabel("仅看已超时").check());
  await expect(page).toHaveURL(/overdue=1/);
  await expect.poll(() => tabCount(page, "待处理")).toBeLessThan(open);
  const overdue = await tabCount(page, "待处理");
  expect(overdue).toBeGreaterThan(0);
  await expect(rows(page)).toHaveCount(overdue);
  await expect(rows(page).getByTestId("kyc-overdue")).toHaveCount(overdue);
  await expect(rows(page).first().getByTestId("kyc-overdue")).toHaveText(/^超时 \d+ (小时 \d+ )?分$/);

  // High risk on top of that: every row shown is high risk, or the empty state says how to get out.
  await applyFilters(page, () => page.getByLabel("风险等级").selectOption({ label: "高风险" }));
  await expect(page).toHaveURL(/risk=HIGH/);
  const high = await tabCount(page, "待处理");
  expect(high).toBeLessThanOrEqual(overdue);
  if (high === 0) await expect(page.getByText("没有符合筛选条件的申请")).toBeVisible();
  else await expect(rows(page).getByTestId("kyc-risk").filter({ hasNotText: "高风险" })).toHaveCount(0);
  await page.getByTestId("kyc-queue-filters").getByRole("link", { name: "清除筛选" }).click();
  await expect(page).toHaveURL(/\/kyc$/);
  await expect.poll(() => tabCount(page, "待处理")).toBe(open);

  // j/k move the focus along the rows, Enter opens the focused one.
  const ids = await rowIds(page);
  await page.keyboard.press("j");
  await expect(rows(page).nth(0)).toBeFocused();
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await expect(rows(page).nth(2)).toBeFocused();
  await page.keyboard.press("k");
  await expect(rows(page).nth(1)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/kyc/${ids[1]}$`));

  // Shortcuts stay quiet while typing in a field.
  await page.goto("/kyc");
  await page.getByLabel("风险等级").focus();
  await page.keyboard.press("j");
  await expect(rows(page).nth(0)).not.toBeFocused();

  // "Assign to me" on an unassigned row: the row becomes mine.
  const free = rows(page).filter({ has: page.getByTestId("kyc-assign-me") }).first();
  const freeId = (await free.locator("td a").textContent())!.trim();
  await free.getByTestId("kyc-assign-me").click();
  await expect(page.getByTestId("kyc-queue-feedback")).toContainText(`已领取 ${freeId}。`);
  const mine = rows(page).filter({ hasText: freeId });
  await expect(mine).toContainText("林晓雯（我）");
  await expect(mine.getByTestId("kyc-assign-me")).toHaveCount(0);
  await expect(mine.getByTestId("kyc-status")).toHaveText("审核中");

  // "n" takes the oldest unassigned pending submission and opens it; it is then in "assigned to me".
  const oldestFree = (await rows(page).filter({ has: page.getByTestId("kyc-assign-me") }).first().locator("td a").textContent())!.trim();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press("n");
  await expect(page).toHaveURL(new RegExp(`/kyc/${oldestFree}$`));
  await page.goto("/kyc?assignee=me");
  await expect(page.getByLabel("处理人")).toHaveValue("me");
  expect(await rowIds(page)).toEqual(expect.arrayContaining([freeId, oldestFree]));
  await expect(rows(page).getByTestId("kyc-assign-me")).toHaveCount(0);
});

test("a lead selects submissions and hands them to 陈子豪", async ({ page }) => {
  await signIn(page, "lead");
  await page.goto("/kyc?assignee=none");
  await expect(rows(page).first()).toBeVisible();
  const chosen = (await rowIds(page)).slice(0, 2);
  for (const id of chosen) await page.getByRole("checkbox", { name: `选择申请 ${id}` }).check();
  const bar = page.getByTestId("kyc-bulk-bar");
  await expect(bar.getByTestId("kyc-bulk-selected")).toHaveText("已选 2 条");
  await bar.getByLabel("分配给").selectOption({ label: "陈子豪" });
  await bar.getByRole("button", { name: "分配", exact: true }).click();
  await expect(page.getByTestId("kyc-queue-feedback")).toHaveText(/已将 2 条申请分配给 陈子豪。/);
  // They left the unassigned view, and 陈子豪's list holds them.
  await expect.poll(() => rowIds(page)).not.toContain(chosen[0]);
  await page.goto("/kyc?assignee=staff_officer2");
  expect(await rowIds(page)).toEqual(expect.arrayContaining(chosen));
  for (const id of chosen) await expect(rows(page).filter({ hasText: id })).toContainText("陈子豪");
});

test("an officer has no row selection; a manager reads the queue but takes nothing", async ({ page, browser }) => {
  await signIn(page, "officer");
  await page.goto("/kyc");
  await expect(rows(page).first()).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /^选择申请/ })).toHaveCount(0);
  await expect(page.getByTestId("kyc-bulk-bar")).toHaveCount(0);

  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, "manager");
  await manager.goto("/kyc");
  await expect(rows(manager).first()).toBeVisible();
  await expect(manager.getByTestId("kyc-take-next")).toHaveCount(0);
  await expect(manager.getByTestId("kyc-assign-me")).toHaveCount(0);
  await manager.context().close();
});
