// A large-value report under four eyes, as an officer and a lead work it: the officer opens a draft the
// detector made (no drafter), sees the review panel offer only 提交复核, and submits it; the officer has no
// way to approve. The lead, in a second browser, opens the report, approves it, and the history shows the
// submission and the approval with who did them. That the server refuses a report's own drafter or submitter,
// the return / resubmit loop, conflicts and the regulator's answer are tests/integration/reports-workflow.test.ts's job.
import { expect, test } from "@playwright/test";
import { withConsoleDb } from "./support/console-database";
import { signIn } from "./support/staff";

/** A detector's large-value draft of the demo data; until the seed makes them, one written here like the detector would. */
async function largeValueDraft(): Promise<{ id: string; reference: string }> {
  return withConsoleDb(async (db) => {
    const seeded = await db.query<{ id: string; reference: string }>(
      `SELECT r.id, r.reference FROM regulatory_report r
        WHERE r.kind = 'LARGE_VALUE' AND r.status = 'DRAFT' AND r.drafted_by_id IS NULL
          AND EXISTS (SELECT 1 FROM regulatory_report_transaction t WHERE t.report_id = r.id)
        ORDER BY r.reference LIMIT 1`,
    );
    if (seeded.rows[0]) return seeded.rows[0];
    const ours = await db.query<{ id: string; reference: string }>(`SELECT id, reference FROM regulatory_report WHERE id = 'e2e_review_lvr'`);
    if (ours.rows[0]) return ours.rows[0];
    const [transaction] = (await db.query<{ id: string; customer_id: string; amount_fen: string }>(
      `SELECT t.id::text, w.customer_id, t.amount_fen::text FROM transaction t JOIN wallet w ON w.id = t.wallet_id ORDER BY t.amount_fen DESC LIMIT 1`,
    )).rows;
    const report = { id: "e2e_review_lvr", reference: "LVR-20261101-9901" };
    await db.query(
      `INSERT INTO regulatory_report (id, reference, kind, customer_id, rule_set_version, basis_day, due_day, threshold_code, direction, detection_key, total_fen, transaction_count, updated_at)
       VALUES ($1, $2, 'LARGE_VALUE', $3, 1, '2026-11-02', '2026-11-09', 'NATURAL_DOMESTIC_TRANSFER', 'OUT', $4, $5, 1, now())`,
      [report.id, report.reference, transaction!.customer_id, `${transaction!.customer_id}|2026-11-02|NATURAL_DOMESTIC_TRANSFER|OUT|e2e`, transaction!.amount_fen],
    );
    await db.query(`INSERT INTO regulatory_report_transaction (report_id, transaction_id) VALUES ($1, $2::bigint)`, [report.id, transaction!.id]);
    return report;
  });
}

test.describe("report review", () => {
  test("an officer submits a detector's large-value draft; the lead approves it", async ({ page, browser }) => {
    const report = await largeValueDraft();

    await signIn(page, "officer");
    await page.goto(`/reports/${report.id}`);
    const panel = page.getByTestId("report-review-panel");
    await expect(panel).toBeVisible();
    await expect(page.getByTestId("report-status").first()).toHaveAttribute("data-status", "DRAFT");
    await expect(panel.getByTestId("report-approve")).toHaveCount(0);
    await page.waitForLoadState("networkidle");
    await panel.getByTestId("report-submit").click();
    await page.getByTestId("report-submit-form-submit").click();
    await expect(panel.getByTestId("report-review-result")).toContainText("已提交复核");
    await expect(page.getByTestId("report-status").first()).toHaveAttribute("data-status", "SUBMITTED_FOR_REVIEW");
    // The officer cannot approve; the submit button is gone.
    await expect(panel.getByTestId("report-submit")).toHaveCount(0);
    await expect(panel.getByTestId("report-approve")).toHaveCount(0);

    // The lead, in a second browser.
    const leadContext = await browser.newContext();
    const lead = await leadContext.newPage();
    await signIn(lead, "lead");
    await lead.goto(`/reports/${report.id}`);
    const leadPanel = lead.getByTestId("report-review-panel");
    await expect(lead.getByTestId("report-status").first()).toHaveAttribute("data-status", "SUBMITTED_FOR_REVIEW");
    await expect(leadPanel.getByTestId("report-return")).toBeVisible();
    await lead.waitForLoadState("networkidle");
    await leadPanel.getByTestId("report-approve").click();
    await lead.getByTestId("report-approve-form-submit").click();
    await expect(leadPanel.getByTestId("report-review-result")).toContainText("已审批通过");
    await expect(lead.getByTestId("report-status").first()).toHaveAttribute("data-status", "APPROVED");
    await expect(leadPanel.getByTestId("report-review-waiting")).toBeVisible();

    const history = lead.getByTestId("report-history");
    await expect(history.locator('[data-action="report.submit"]')).toContainText("林晓雯");
    await expect(history.locator('[data-action="report.approve"]')).toContainText("王丽华");
    await leadContext.close();
  });

  test("the lead writes in the review thread; the auditor reads it and has no actions", async ({ page, browser }) => {
    const report = await largeValueDraft();
    await signIn(page, "lead");
    await page.goto(`/reports/${report.id}`);
    await page.waitForLoadState("networkidle");
    const thread = page.getByTestId("report-thread");
    await thread.getByRole("textbox").fill("请核对交易对手的证件信息。");
    await thread.getByTestId("report-comment-submit").click();
    await expect(thread.getByTestId("report-comment-added")).toBeVisible();
    await expect(thread.getByTestId("report-comment").last()).toContainText("请核对交易对手的证件信息。");

    const auditorContext = await browser.newContext();
    const auditor = await auditorContext.newPage();
    await signIn(auditor, "auditor");
    await auditor.goto(`/reports/${report.id}`);
    const panel = auditor.getByTestId("report-review-panel");
    await expect(panel.getByTestId("report-review-readonly")).toBeVisible();
    await expect(panel.getByTestId("report-review-actions")).toHaveCount(0);
    await expect(panel.getByTestId("report-comment-form")).toHaveCount(0);
    await expect(panel.getByTestId("report-comment").last()).toContainText("请核对交易对手的证件信息。");
    await auditorContext.close();
  });

  test("the officer records the regulator's rejection of a filed report; the corrected resubmission links back", async ({ page }) => {
    const filed = await withConsoleDb(async (db) =>
      (await db.query<{ id: string; reference: string }>(`SELECT id, reference FROM regulatory_report WHERE status = 'EXPORTED' ORDER BY reference LIMIT 1`)).rows[0],
    );
    // The demo data always files one large-value report and leaves it awaiting the regulator (lib/sim/reports.ts).
    expect(filed, "the demo data has a filed report awaiting the regulator's answer").toBeTruthy();
    await signIn(page, "officer");
    await page.goto(`/reports/${filed!.id}`);
    const panel = page.getByTestId("report-review-panel");
    await page.waitForLoadState("networkidle");
    await panel.getByTestId("report-regulator-reject").click();
    const form = page.getByTestId("report-regulator-reject-form");
    await page.getByTestId("report-regulator-reject-form-submit").click();
    await expect(form).toContainText("请填写监管的更正意见");
    await form.getByRole("textbox").fill("交易方向代码填写错误，请更正后重报。");
    await page.getByTestId("report-regulator-reject-form-submit").click();
    await expect(panel.getByTestId("report-review-result")).toContainText("已记录监管退回");
    await expect(page.getByTestId("report-status").first()).toHaveAttribute("data-status", "REJECTED_BY_REGULATOR");
    await expect(panel.getByTestId("report-comment").last()).toHaveAttribute("data-kind", "REGULATOR_REJECTION");

    await panel.getByTestId("report-correction-link").click();
    await expect(page).not.toHaveURL(new RegExp(`/reports/${filed!.id}$`));
    const correction = page.getByTestId("report-review-panel");
    await expect(page.getByTestId("report-status").first()).toHaveAttribute("data-status", "DRAFT");
    await expect(correction.getByTestId("report-corrects")).toContainText(filed!.reference);
    await expect(correction.getByTestId("report-regulator-note")).toContainText("交易方向代码填写错误");
    await expect(page.getByTestId("report-history").locator('[data-action="report.open-correction"]')).toContainText("林晓雯");
  });
});
