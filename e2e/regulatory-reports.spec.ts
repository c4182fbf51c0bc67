// The regulatory-report journey of issue 14, through the real UI as each role: an officer turns a confirmed
// fraud alert into a suspicious-transaction report draft (alert page -> 开立可疑交易报告), completes and submits
// it; the lead returns it with a comment; the officer fixes it and resubmits; the lead approves; the officer
// generates the day's file on /reports/exports and downloads it giving a reason; the auditor sees every step
// on the report's history and in the audit trail. It works on the one confirmed alert the seed leaves without
// a report (lib/sim/reports.ts), which no other spec touches.
import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_REPORT_TEXT } from "@/lib/sim/report-text";
import { withConsoleDb } from "./support/console-database";
import { demoStaff, signIn, type DemoRole } from "./support/staff";

async function asRole(browser: Browser, role: DemoRole): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, role);
  return { page, close: () => context.close() };
}

/** Presses a workflow step on the report page and confirms its dialog (filling the comment when asked). */
async function step(page: Page, name: "submit" | "approve" | "return", comment?: string): Promise<void> {
  await page.getByTestId(`report-${name}`).click();
  // A confirmation's form has no fields (zero height): its dialog's button says it is open.
  await expect(page.getByTestId(`report-${name}-form-submit`)).toBeVisible();
  if (comment) await page.getByTestId(`report-${name}-form`).getByRole("textbox").fill(comment);
  await page.getByTestId(`report-${name}-form-submit`).click();
  await expect(page.getByTestId("report-review-result")).toBeVisible({ timeout: 20_000 });
}

async function reportStatus(reportId: string): Promise<string> {
  return withConsoleDb(async (db) => (await db.query<{ status: string }>("SELECT status::text FROM regulatory_report WHERE id = $1", [reportId])).rows[0]!.status);
}

const ANALYSIS_ADDITION = "经电话回访，客户无法说明资金来源及交易对手关系。";
const FIX_ADDITION = "补充：客户自述资金来自亲友借款，但未能提供任何凭证，交易对手均为近期新增。";
const RETURN_COMMENT = "请在资金交易情况中补充客户对资金来源的说明及核实结果。";
const DOWNLOAD_REASON = "报送中国反洗钱监测分析中心前核对报文内容";

test("an officer reports a confirmed fraud alert as an STR, the lead returns then approves it, the officer files and downloads it, the auditor sees every step", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const alertId = await withConsoleDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `SELECT a.id FROM fraud_alert a WHERE a.status = 'CONFIRMED' AND a.case_id IS NULL AND a.resolution_note = $1
         AND NOT EXISTS (SELECT 1 FROM regulatory_report r WHERE r.alert_id = a.id)`,
      [DEMO_REPORT_TEXT.pendingStrNote],
    );
    return rows[0]?.id ?? null;
  });
  expect(alertId, "the seed leaves one confirmed alert without a report (SimOptions.reports)").not.toBeNull();

  // 1. The officer opens the STR from the alert page: a pre-drafted report opens.
  await signIn(page, "officer");
  await page.goto(`/alerts/${alertId}`);
  await expect(page.getByTestId("alert-summary")).toHaveAttribute("data-status", "CONFIRMED");
  await page.getByTestId("alert-str").getByTestId("str-open").click();
  await expect(page).toHaveURL(/\/reports\/[\w-]+$/, { timeout: 20_000 });
  const reportId = page.url().split("/").pop()!;
  const { reference } = await withConsoleDb(async (db) => (await db.query<{ reference: string }>("SELECT reference FROM regulatory_report WHERE id = $1", [reportId])).rows[0]!);
  expect(reference).toMatch(/^STR-\d{8}-\d{4}$/);
  await expect(page.getByTestId("report-reference")).toHaveText(reference);
  await expect(page.getByTestId("report-detail")).toHaveAttribute("data-status", "DRAFT");

  // 2. It is pre-drafted from the alert; the officer completes the analysis and submits it.
  const form = page.getByTestId("str-form");
  await expect(form).toBeVisible();
  const facts = form.locator('textarea[name="narrativeFacts"]');
  const analysis = form.locator('textarea[name="narrativeAnalysis"]');
  await expect(facts).not.toHaveValue("");
  await expect(analysis).not.toHaveValue("");
  expect(Number(await page.getByTestId("str-pick-row").and(page.locator('[data-picked="true"]')).count())).toBeGreaterThan(0);
  await analysis.fill(`${await analysis.inputValue()}${ANALYSIS_ADDITION}`);
  await page.getByTestId("str-save").click();
  await expect(page.getByTestId("str-result")).toContainText("草稿已保存");
  await step(page, "submit");
  await expect.poll(() => reportStatus(reportId)).toBe("SUBMITTED_FOR_REVIEW");
  await expect(page.getByTestId("report-header").getByTestId("report-status")).toHaveAttribute("data-status", "SUBMITTED_FOR_REVIEW");

  // 3. The lead returns it with a comment.
  const lead = await asRole(browser, "lead");
  await lead.page.goto(`/reports/${reportId}`);
  await step(lead.page, "return", RETURN_COMMENT);
  await expect.poll(() => reportStatus(reportId)).toBe("RETURNED");

  // 4. The officer reads the comment, fixes the facts and resubmits.
  await page.reload();
  await expect(page.getByTestId("report-thread").getByTestId("report-comment").filter({ hasText: RETURN_COMMENT })).toBeVisible();
  const factsAgain = page.getByTestId("str-form").locator('textarea[name="narrativeFacts"]');
  await factsAgain.fill(`${await factsAgain.inputValue()}${FIX_ADDITION}`);
  await page.getByTestId("str-save").click();
  await expect(page.getByTestId("str-result")).toContainText("草稿已保存");
  await step(page, "submit");
  await expect.poll(() => reportStatus(reportId)).toBe("SUBMITTED_FOR_REVIEW");

  // 5. The lead approves (the officer drafted and submitted it: four eyes hold).
  await lead.page.reload();
  await step(lead.page, "approve");
  await expect.poll(() => reportStatus(reportId)).toBe("APPROVED");
  await lead.close();

  // 6. The officer generates the day's STR file and downloads it, giving a reason.
  await page.goto("/reports/exports");
  await page.getByTestId("export-generate-SUSPICIOUS").click();
  await expect(page.getByTestId("export-generated-SUSPICIOUS").or(page.getByTestId("export-refusal-SUSPICIOUS"))).toBeVisible({ timeout: 30_000 });
  // Another officer's file may have taken the report first: the file is the one the report went out in.
  const file = await withConsoleDb(async (db) =>
    (await db.query<{ id: string; file_name: string }>("SELECT e.id, e.file_name FROM regulatory_report r JOIN regulatory_export e ON e.id = r.export_id WHERE r.id = $1", [reportId])).rows[0],
  );
  expect(file, "the approved report went out in a file").toBeTruthy();
  expect(file!.file_name).toMatch(/^NBS\w+\d{8}\d{4}\.XML$/);
  expect(await reportStatus(reportId)).toBe("EXPORTED");
  await page.reload();
  const row = page.getByTestId("export-file-row").filter({ hasText: file!.file_name });
  await row.getByTestId("export-download-open").click();
  // Each file row keeps its own (closed) dialog in the page: work in the open one.
  const dialog = page.getByRole("dialog", { name: "下载报送文件" });
  await dialog.getByRole("textbox").fill(DOWNLOAD_REASON);
  const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByTestId("export-download-submit").click()]);
  expect(download.suggestedFilename()).toBe(file!.file_name);
  const xml = await readFile((await download.path())!, "utf8");
  expect(xml).toContain(reference);
  expect(xml).toMatch(/^<\?xml/);
  await expect(row.getByTestId("export-download-done")).toBeVisible();

  // 7. The auditor sees every step: on the report's history, and in the audit trail filtered to the report.
  const auditor = await asRole(browser, "auditor");
  await auditor.page.goto(`/reports/${reportId}`);
  const history = auditor.page.getByTestId("report-history");
  await expect(history).toBeVisible();
  const actions = async () => history.getByTestId("report-history-entry").evaluateAll((items) => items.map((item) => item.getAttribute("data-action")));
  await expect.poll(actions).toEqual(
    expect.arrayContaining(["report.open-str", "report.edit", "report.submit", "report.return", "report.approve", "report.export", "report.download"]),
  );
  const seen = await actions();
  expect(seen.filter((a) => a === "report.submit")).toHaveLength(2);
  expect(seen.filter((a) => a === "report.edit")).toHaveLength(2);
  await expect(history.getByTestId("report-history-entry").filter({ hasText: DOWNLOAD_REASON })).toBeVisible();
  // The auditor may look, not act.
  await expect(auditor.page.getByTestId("report-review-actions").getByRole("button")).toHaveCount(0);
  await expect(auditor.page.getByTestId("str-form")).toHaveCount(0);

  await auditor.page.goto(`/audit?entityType=RegulatoryReport&entityId=${reportId}`);
  const rows = auditor.page.getByTestId("audit-events").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  // open, edit x2, submit x2, return, approve, export: eight steps of the report itself.
  expect(await rows.count()).toBeGreaterThanOrEqual(8);
  for (const who of [demoStaff("officer").email, demoStaff("lead").email]) await expect(rows.filter({ hasText: who }).first()).toBeVisible();
  await auditor.page.goto(`/audit?action=report.download&entityType=RegulatoryExport&entityId=${file!.id}`);
  await expect(rows.filter({ hasText: demoStaff("officer").email }).first()).toBeVisible();
  await auditor.close();
});
