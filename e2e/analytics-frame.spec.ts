// Issue 13's shared analytics frame: the tabs a role may open, the toolbar writing the period and the
// filters into the URL, a chart card's data table toggle, the print-only report header (print media
// emulated), a chart's CSV download (audited), and the role rules: a compliance lead sees only the KYC and
// fraud tabs and /analytics sends them to /analytics/kyc; an auditor gets the 403.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { withConsoleDb } from "./support/console-database";
import { demoStaff, signIn } from "./support/staff";

test("manager: tabs, toolbar in the URL, data table toggle, print header and a CSV download", async ({ page }) => {
  test.setTimeout(180_000);
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await signIn(page, "manager");
  const response = await page.goto("/analytics");
  expect(response?.status()).toBe(200);

  // All four parts for a manager, the transactions tab current.
  const tabs = page.getByRole("navigation", { name: "数据分析视图" }).getByRole("link");
  await expect(tabs).toHaveText(["交易分析", "实名转化与审核", "风险报告", "营销活动报告"]);
  await expect(tabs.first()).toHaveAttribute("aria-current", "page");

  // The toolbar writes the period, the comparison and a filter into the URL, keeping what is there.
  const toolbar = page.getByTestId("analytics-toolbar");
  await toolbar.getByRole("button", { name: "近 7 天" }).click();
  await expect(page).toHaveURL(/[?&]range=7d\b/);
  await expect(toolbar.getByRole("button", { name: "近 7 天" })).toHaveAttribute("aria-pressed", "true");
  await toolbar.getByLabel("比较").selectOption("year");
  await expect(page).toHaveURL(/[?&]compare=year\b/);
  await expect(page).toHaveURL(/[?&]range=7d\b/);
  await toolbar.getByLabel("渠道").selectOption("QR");
  await expect(page).toHaveURL(/[?&]channel=QR\b/);
  await expect(page).toHaveURL(/[?&]compare=year\b/);
  await toolbar.getByLabel("省份").selectOption("31");
  await expect(page).toHaveURL(/[?&]province=31\b/);

  // A custom range: two Beijing days, applied together.
  await toolbar.getByRole("button", { name: "自定义" }).click();
  await expect(page).toHaveURL(/[?&]range=custom\b/);
  const from = await toolbar.getByLabel("开始日期").inputValue();
  await toolbar.getByLabel("结束日期").fill(from);
  await toolbar.getByRole("button", { name: "应用" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]to=${from}\\b`));

  // The data table behind a chart: in the page for screen readers, shown on screen by the toggle.
  await page.goto("/analytics?range=30d");
  // Each part names its cards with its own test id; every one is marked as a chart card.
  const card = page.locator("[data-chart-card]").filter({ has: page.getByTestId("chart-table") }).first();
  await expect(card).toBeVisible({ timeout: 60_000 });
  const table = card.getByTestId("chart-table");
  await expect(table.locator("caption")).toHaveCount(1);
  await expect(table).toHaveClass(/sr-only/);
  const toggle = card.getByTestId("chart-table-toggle");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(table).not.toHaveClass(/sr-only/);
  await expect(table.getByRole("table")).toBeVisible();
  await toggle.click();
  await expect(table).toHaveClass(/sr-only/);

  // A value the link cannot carry is named, and the default shown.
  await page.goto("/analytics?range=custom&from=2026-13-01&to=zz");
  await expect(page.getByTestId("analytics-invalid-period")).toHaveText("链接中的日期无效，已显示近 30 天");
  await expect(page.getByTestId("analytics-toolbar").getByRole("button", { name: "近 30 天" })).toHaveAttribute("aria-pressed", "true");

  // The print view: the header says what the paper is; the toolbar and the tabs are gone.
  await page.goto("/analytics?range=7d&compare=none&channel=QR&tier=2");
  const header = page.getByTestId("analytics-print-header");
  await expect(header).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(header).toBeVisible();
  await expect(header.getByTestId("print-title")).toHaveText("数据分析 · 交易分析");
  await expect(header.getByTestId("print-period")).toContainText("期间：近 7 天 · ");
  await expect(header.getByTestId("print-comparison")).toHaveText("比较：不比较");
  await expect(header.getByTestId("print-filters")).toHaveText("筛选：渠道：扫码；账户类别：II类账户");
  await expect(header.getByTestId("print-by")).toContainText(`打印人：${demoStaff("manager").name}，打印时间：`);
  await expect(header.getByTestId("print-by")).toContainText("（北京时间）");
  await expect(page.getByTestId("analytics-toolbar")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "数据分析视图" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  // The print button records the print before the dialog (window.print is stubbed: no dialog in a test).
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute("data-printed", "1");
  });
  const printsBefore = await withConsoleDb(async (db) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'analytics.print'`)).rows[0]!.n);
  await page.getByTestId("analytics-print").click();
  await expect(page.locator("body")).toHaveAttribute("data-printed", "1");
  const printsAfter = await withConsoleDb(async (db) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'analytics.print'`)).rows[0]!.n);
  expect(printsAfter).toBe(printsBefore + 1);

  // A chart's CSV: downloads with a BOM and a header row, and the export is audited.
  await page.goto("/analytics?range=30d");
  const csvLink = page.getByTestId("chart-csv").first();
  await expect(csvLink).toBeVisible({ timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent("download"), csvLink.click()]);
  expect(download.suggestedFilename()).toMatch(/^analytics-[a-z0-9-]+-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.split(/\r\n/)[0]!.length).toBeGreaterThan(1);
  const exported = await withConsoleDb(async (db) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'analytics.export' AND outcome = 'SUCCESS'`)).rows[0]!.n);
  expect(exported).toBeGreaterThan(0);
  expect(pageErrors).toEqual([]);
});

test("compliance lead: only the KYC and fraud tabs, and /analytics sends them to /analytics/kyc", async ({ page }) => {
  await signIn(page, "lead");
  await page.goto("/analytics");
  await expect(page).toHaveURL(/\/analytics\/kyc$/);
  const tabs = page.getByRole("navigation", { name: "数据分析视图" }).getByRole("link");
  await expect(tabs).toHaveText(["实名转化与审核", "风险报告"]);
  await expect(tabs.first()).toHaveAttribute("aria-current", "page");
  expect((await page.goto("/analytics/promotions"))?.status()).toBe(403);
});

test("auditor: the analytics area is refused", async ({ page }) => {
  await signIn(page, "auditor");
  expect((await page.goto("/analytics"))?.status()).toBe(403);
  expect((await page.goto("/analytics/kyc"))?.status()).toBe(403);
  expect((await page.request.get("/api/analytics/export?dataset=kyc-funnel")).status()).toBe(403);
});
