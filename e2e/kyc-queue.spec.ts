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
  await expect(rows(page).first().getByTestId("kyc-overdue")).toHaveText(/^超时 \d+\s(小时\s\d+\s)?分$/);

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

  // j/k move the focus along the rows, Enter opens the focused one (once the unfiltered page has loaded).
  await expect(rows(page)).toHaveCount(Math.min(open, 50));
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
  await expect(page.getByTestId("kyc-queue-filters").getByLabel("处理人")).toHaveValue("me");
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

test("the queue fits 1280 and 1440 px in English and Chinese; province and class come back from the column picker", async ({ page, context, baseURL }) => {
  await signIn(page, "lead");
  for (const locale of ["en", "zh-CN"] as const) {
    await context.addCookies([{ name: "wallet-locale", value: locale, url: baseURL! }]);
    for (const width of [1280, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/kyc?assignee=none");
      const table = page.getByTestId("kyc-queue-table");
      await expect(rows(page).first()).toBeVisible();
      // Nothing scrolls sideways, and the last column's button is on screen, not cut at the edge.
      const scroller = table.locator("[data-table-scroller]");
      expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth), `${locale} at ${width}px`).toBeLessThanOrEqual(0);
      const button = (await rows(page).first().getByTestId("kyc-assign-me").boundingBox())!;
      const box = (await scroller.boundingBox())!;
      expect(button.x + button.width, `${locale} at ${width}px`).toBeLessThanOrEqual(Math.min(box.x + box.width, width));
      await page.screenshot({ path: test.info().outputPath(`kyc-queue-${locale}-${width}.png`) });
    }
  }
  // At 1440 the province column waits behind the picker; choosing it brings it back, and the choice stays.
  const header = page.getByTestId("kyc-queue-table").locator("thead th");
  await expect(header.filter({ hasText: "省份" })).toHaveCount(0);
  await page.getByRole("button", { name: /^显示列/ }).click();
  await page.getByRole("checkbox", { name: "省份" }).check();
  await expect(header.filter({ hasText: "省份" })).toHaveCount(1);
  await page.reload();
  await expect(header.filter({ hasText: "省份" })).toHaveCount(1);
});

test("the review timeline shows decisions, notes and assignments; page views wait behind a switch", async ({ page, browser }) => {
  await signIn(page, "officer");
  await page.goto("/kyc?assignee=none");
  const id = (await rows(page).first().locator("td a").textContent())!.trim();
  await rows(page).first().getByTestId("kyc-assign-me").click();
  await expect(page.getByTestId("kyc-queue-feedback")).toContainText(id);
  // More looks at the page: an auditor's, a manager's and the officer's own.
  for (const role of ["auditor", "manager"] as const) {
    const other = await (await browser.newContext()).newPage();
    await signIn(other, role);
    await other.goto(`/kyc/${id}`);
    await expect(other.getByTestId("kyc-timeline")).toBeVisible();
    await other.context().close();
  }
  await page.goto(`/kyc/${id}`);
  const note = page.getByTestId("kyc-notes");
  await note.getByLabel("新备注").fill("已电话核实住址。");
  await note.getByTestId("kyc-note-submit").click();
  await expect(note.getByTestId("kyc-note-added")).toBeVisible();
  await page.reload();

  const timeline = page.getByTestId("kyc-timeline");
  const entries = timeline.getByTestId("kyc-timeline-entry");
  await expect(entries.filter({ hasText: "添加内部备注" })).toBeVisible();
  await expect(entries.filter({ hasText: /分配给 林晓雯/ }).first()).toBeVisible();
  await expect(entries.filter({ hasText: "打开审核页" }).first()).toBeHidden();
  const toggle = timeline.getByRole("checkbox", { name: /^显示查看记录（\d+）$/ });
  const views = Number(/（(\d+)）/.exec((await timeline.locator("label", { hasText: "显示查看记录" }).textContent()) ?? "")?.[1]);
  expect(views).toBeGreaterThanOrEqual(3);
  await toggle.check();
  await expect(entries.filter({ hasText: "打开审核页" })).toHaveCount(views);
  await expect(entries.filter({ hasText: "打开审核页" }).first()).toBeVisible();
});
