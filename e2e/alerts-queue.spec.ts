// The fraud alert queue: an officer narrows it by severity and rule, sorts it, pages through it, takes an
// alert from the list and the next one with the button; with the live simulator planting fraud against
// this console's database, a new alert appears on the open page without a reload, marked new.
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { consoleDatabaseUrl } from "./support/console-database";
import { signIn } from "./support/staff";

const rows = (page: Page) => page.getByTestId("alert-queue-table").locator("tbody tr[data-href]");
const rowHrefs = (page: Page) => rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-href")));

async function tabCount(page: Page, name: string): Promise<number> {
  const text = await page.getByRole("navigation", { name: "按状态查看" }).getByRole("link", { name: new RegExp(`^${name}`) }).textContent();
  return Number(/(\d[\d,]*)\+?$/.exec(text ?? "")?.[1]?.replaceAll(",", "") ?? NaN);
}

async function applyFilters(page: Page, change: () => Promise<unknown>) {
  await change();
  await page.getByTestId("alert-queue-filters").getByRole("button", { name: "应用筛选" }).click();
}

test("an officer filters, sorts and pages the alert queue, takes an alert and the next one", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "officer");
  await page.goto("/alerts");
  await expect(page.getByRole("heading", { level: 1, name: "风险预警" })).toBeVisible();
  await expect(page.getByTestId("alert-lag")).toContainText(/评分延迟 \d+ 秒 · 待评分 \d+ 笔/);
  const unresolved = await tabCount(page, "未办结");
  expect(unresolved).toBeGreaterThan(0);
  await expect(rows(page)).toHaveCount(Math.min(unresolved, 50));
  // Customers' names stay masked in the list.
  await expect(rows(page).first().getByTestId("alert-customer")).toHaveText(/^\p{Script=Han}\*+$/u);

  // Severity: every row shown is high, and the tab counts shrink with the filter.
  await applyFilters(page, () => page.getByLabel("严重程度").selectOption("HIGH"));
  await expect(page).toHaveURL(/severity=HIGH/);
  const high = await tabCount(page, "未办结");
  expect(high).toBeLessThanOrEqual(unresolved);
  await expect(rows(page)).toHaveCount(Math.min(high, 50));
  for (const severity of await rows(page).getByTestId("alert-severity").evaluateAll((els) => els.map((el) => el.getAttribute("data-severity")))) expect(severity).toBe("HIGH");

  // A rule on top: the rows name that rule.
  const rule = await page.getByLabel("规则").locator("option").nth(1).getAttribute("value");
  await applyFilters(page, () => page.getByLabel("规则").selectOption(rule!));
  await expect(page).toHaveURL(new RegExp(`rule=${rule}`));
  for (const code of await rows(page).getByTestId("alert-rule").evaluateAll((els) => els.map((el) => el.getAttribute("data-rule")))) expect(code).toBe(rule);

  // Cleared, then most severe first (from the column header): severities never rise down the page.
  await page.getByRole("link", { name: "清除筛选" }).first().click();
  await expect(page).not.toHaveURL(/severity=/);
  await page.getByRole("columnheader", { name: /严重程度/ }).getByRole("button").click();
  await expect(page).toHaveURL(/sort=severity/);
  const order = ["CRITICAL", "HIGH", "MEDIUM", "LOW"];
  const severities = await rows(page).getByTestId("alert-severity").evaluateAll((els) => els.map((el) => el.getAttribute("data-severity")!));
  expect(severities.map((s) => order.indexOf(s))).toEqual([...severities.map((s) => order.indexOf(s))].sort((a, b) => a - b));

  // Pages: all statuses, 50 a page; next and back again give the same first page.
  await page.goto("/alerts?status=all");
  const all = await tabCount(page, "全部");
  if (all > 50) {
    const first = await rowHrefs(page);
    await page.getByRole("link", { name: "下一页" }).click();
    await expect(page).toHaveURL(/after=/);
    await expect.poll(async () => (await rowHrefs(page))[0]).not.toBe(first[0]);
    const second = await rowHrefs(page);
    expect(second.filter((href) => first.includes(href))).toEqual([]);
    await page.getByRole("link", { name: "上一页" }).click();
    await expect.poll(() => rowHrefs(page)).toEqual(first);
  }

  // Take one from the list: it becomes the officer's, under investigation.
  await page.goto("/alerts?assignee=none&status=OPEN");
  const take = rows(page).first().getByTestId("alert-assign-me");
  await expect(take).toBeVisible();
  const taken = (await rows(page).first().getAttribute("data-href"))!;
  await take.click();
  await expect(page.getByTestId("alert-queue-feedback")).toContainText(/已领取预警 \S+。/, { timeout: 30_000 });
  await page.goto("/alerts?assignee=me");
  await expect(page.getByTestId("alert-queue-table").locator(`tr[data-href="${taken}"]`)).toContainText("林晓雯（我）");
  await expect(page.getByTestId("alert-queue-table").locator(`tr[data-href="${taken}"]`).getByTestId("alert-status")).toHaveText("调查中");

  // "Next alert" takes the most severe, oldest unassigned open one and opens its investigation.
  await page.goto("/alerts");
  await page.getByTestId("alert-take-next").click();
  // The investigation is a heavy page: allow it time on a busy machine.
  await expect(page).toHaveURL(/\/alerts\/[\w-]+$/, { timeout: 45_000 });
  const next = new URL(page.url()).pathname;
  expect(next).not.toBe(taken);
  await page.goto("/alerts?assignee=me");
  await expect(page.getByTestId("alert-queue-table").locator(`tr[data-href="${next}"]`)).toContainText("林晓雯（我）");
});

test("with the live simulator running, a new alert appears on the open page without a reload", async ({ page }) => {
  test.setTimeout(150_000);
  await signIn(page, "officer");
  await page.goto("/alerts");
  await expect(page.getByRole("heading", { level: 1, name: "风险预警" })).toBeVisible();
  await expect(page.getByTestId("alert-new")).toHaveCount(0);
  // A reload would start a new document; the marker below must survive.
  await page.evaluate(() => ((window as unknown as { stayedOpen: boolean }).stayedOpen = true));

  let sim: ChildProcess | null = null;
  let output = "";
  try {
    sim = spawn(process.execPath, ["--import", "tsx", "scripts/sim-live.ts", "--url", consoleDatabaseUrl(), "--rate", "2", "--fraud-every", "3", "--duration", "100"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    sim.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    sim.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await expect(page.getByTestId("alert-new").first(), `no new alert arrived; the simulator said:\n${output}`).toBeVisible({ timeout: 100_000 });
  } finally {
    sim?.kill("SIGTERM");
  }
  expect(await page.evaluate(() => (window as unknown as { stayedOpen?: boolean }).stayedOpen)).toBe(true);
  await expect(page.getByTestId("alert-new-announcement")).toHaveText(/^新增 \d+ 条预警$/);
  // The new row is the newest: at the top of the newest-first list.
  await expect(rows(page).first().getByTestId("alert-new")).toBeVisible();
});
