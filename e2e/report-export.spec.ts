// The officer files the approved large-value reports: on /reports/exports she generates the kind's file,
// sees it listed with its name, then downloads it, giving a reason in the dialog; the browser saves the XML
// under the regulator's file name (NBH + institution + day + number). That the file validates, refusals
// name the missing element and the download is audited with its reason is
// tests/integration/reports-export.test.ts's job.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { withConsoleDb } from "./support/console-database";
import { signIn } from "./support/staff";

const FILE_NAME = /^NBH[0-9A-Z]{14}\d{8}\d{4}\.XML$/;

/** An approved large-value report of a customer with complete details, written as the workflow leaves it. */
async function approvedLargeValueReport(): Promise<string> {
  return withConsoleDb(async (db) => {
    const [transaction] = (
      await db.query<{ id: string; customer_id: string; amount_fen: string }>(
        `SELECT t.id::text, w.customer_id, t.amount_fen::text FROM transaction t JOIN wallet w ON w.id = t.wallet_id ORDER BY t.amount_fen DESC, t.id LIMIT 1`,
      )
    ).rows;
    const reference = `LVR-20261102-${String(9000 + Math.floor(Math.random() * 900)).padStart(4, "0")}`;
    const id = `e2e_export_${reference}`;
    await db.query(
      `INSERT INTO regulatory_report (id, reference, kind, status, customer_id, rule_set_version, basis_day, due_day, threshold_code, direction, total_fen, transaction_count, submitted_by_id, reviewed_by_id, updated_at)
       VALUES ($1, $2, 'LARGE_VALUE', 'APPROVED', $3, 1, '2026-11-02', '2026-11-09', 'CASH', 'IN', $4, 1, 'staff_officer', 'staff_lead', now())`,
      [id, reference, transaction!.customer_id, transaction!.amount_fen],
    );
    await db.query(`INSERT INTO regulatory_report_transaction (report_id, transaction_id) VALUES ($1, $2::bigint)`, [id, transaction!.id]);
    // Every approved large-value report goes into the file: their customers' mandatory details must be there.
    await db.query(
      `UPDATE customer SET address = coalesce(address, '上海市浦东新区世纪大道 100 号'), occupation = coalesce(occupation, '4')
        WHERE id IN (SELECT customer_id FROM regulatory_report WHERE kind = 'LARGE_VALUE' AND status = 'APPROVED')`,
    );
    return reference;
  });
}

test.describe("report files", () => {
  test("an officer generates the large-value file and downloads it, giving a reason", async ({ page }) => {
    const reference = await approvedLargeValueReport();

    await signIn(page, "officer");
    await page.goto("/reports/exports");
    const waiting = page.getByTestId("export-waiting-LARGE_VALUE");
    await expect(waiting.getByTestId("export-waiting-count-LARGE_VALUE")).toContainText("份已批准报告待报送");
    await page.waitForLoadState("networkidle");
    await waiting.getByTestId("export-generate-LARGE_VALUE").click();
    const generated = waiting.getByTestId("export-generated-LARGE_VALUE");
    await expect(generated).toBeVisible({ timeout: 30_000 });
    const fileName = (await generated.locator("[translate=no]").textContent())!.trim();
    expect(fileName).toMatch(FILE_NAME);
    await expect(waiting.getByTestId("export-waiting-count-LARGE_VALUE")).toContainText("没有已批准待报送的报告");

    const row = page.getByTestId("export-file-row").filter({ hasText: fileName });
    await expect(row).toBeVisible();
    await row.getByTestId("export-download-open").click();
    // Each row keeps its own (closed) dialog in the page: work in the open one.
    const dialog = page.getByRole("dialog", { name: "下载报送文件" });
    // Without a reason nothing is downloaded: the field says why.
    await dialog.getByTestId("export-download-submit").click();
    await expect(dialog).toContainText("请填写下载原因");
    await dialog.getByLabel("下载原因").fill("报送中国反洗钱监测分析中心");
    const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByTestId("export-download-submit").click()]);
    expect(download.suggestedFilename()).toBe(fileName);
    expect(download.suggestedFilename()).toMatch(FILE_NAME);
    const content = await readFile((await download.path())!, "utf8");
    expect(content).toContain("<BHRP>");
    expect(content).toContain(`<RPID>${reference}</RPID>`);
    await expect(row.getByTestId("export-download-done")).toBeVisible();
  });
});
