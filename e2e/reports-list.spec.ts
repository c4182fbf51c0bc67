// The report lists as staff use them: an officer narrows the large-value list to the overdue reports (the
// chip), sees each one's deadline in red, and opens one; the customer 360 lists that customer's reports;
// the auditor reads the lists and a report without any button that would change it. Ordering, filters,
// counts and paging against the database are tests/integration/reports-list.test.ts's job.
import { expect, test } from "@playwright/test";
import { withConsoleDb } from "./support/console-database";
import { signIn } from "./support/staff";

/** An overdue large-value draft (due a week ago); the demo data may have some, this one is certain. */
async function overdueDraft(): Promise<{ id: string; reference: string; customerId: string }> {
  return withConsoleDb(async (db) => {
    const ours = await db.query<{ id: string; reference: string; customer_id: string }>(`SELECT id, reference, customer_id FROM regulatory_report WHERE id = 'e2e_list_overdue'`);
    if (ours.rows[0]) return { id: ours.rows[0].id, reference: ours.rows[0].reference, customerId: ours.rows[0].customer_id };
    const [transaction] = (await db.query<{ id: string; customer_id: string; amount_fen: string }>(
      `SELECT t.id::text, w.customer_id, t.amount_fen::text FROM transaction t JOIN wallet w ON w.id = t.wallet_id
        WHERE t.type = 'TRANSFER_OUT' ORDER BY t.amount_fen DESC LIMIT 1`,
    )).rows;
    const report = { id: "e2e_list_overdue", reference: "LVR-20261001-9951", customerId: transaction!.customer_id };
    await db.query(
      `INSERT INTO regulatory_report (id, reference, kind, customer_id, rule_set_version, basis_day, due_day, threshold_code, direction, detection_key, total_fen, total_usd_cents, transaction_count, updated_at)
       VALUES ($1, $2, 'LARGE_VALUE', $3, 1, (now() AT TIME ZONE 'Asia/Shanghai')::date - 14, (now() AT TIME ZONE 'Asia/Shanghai')::date - 7,
               'NATURAL_DOMESTIC_TRANSFER', 'OUT', $4, $5, 0, 1, now())`,
      [report.id, report.reference, report.customerId, `${report.customerId}|e2e-list|NATURAL_DOMESTIC_TRANSFER|OUT`, transaction!.amount_fen],
    );
    await db.query(`INSERT INTO regulatory_report_transaction (report_id, transaction_id) VALUES ($1, $2::bigint)`, [report.id, transaction!.id]);
    return report;
  });
}

test.describe("report lists", () => {
  test("an officer filters the large-value list to overdue and opens a report; the customer 360 lists it", async ({ page }) => {
    const report = await overdueDraft();
    await signIn(page, "officer");
    await page.goto("/reports");
    await expect(page.getByRole("heading", { level: 1, name: "监管报告" })).toBeVisible();
    await expect(page.getByRole("link", { name: "大额交易报告" }).first()).toHaveAttribute("aria-current", "page");
    await expect(page.getByTestId("report-table")).toBeVisible();

    await page.getByTestId("report-chip-overdue").click();
    await expect(page).toHaveURL(/\/reports\?due=overdue/);
    await expect(page.getByTestId("report-chip-overdue")).toHaveAttribute("aria-current", "page");
    const deadlines = page.getByTestId("report-table").getByTestId("report-deadline");
    await expect(deadlines.first()).toBeVisible();
    for (const state of await deadlines.evaluateAll((cells) => cells.map((cell) => cell.getAttribute("data-state")))) expect(state).toBe("overdue");
    await expect(page.getByTestId("report-table")).toContainText("已逾期");

    // The customer filter narrows to that customer; then open the report.
    await page.getByLabel("客户").fill(report.customerId);
    await page.getByTestId("report-filters-apply").click();
    await expect(page).toHaveURL(new RegExp(`customer=${report.customerId}`));
    await page.getByTestId("report-table").getByRole("link", { name: report.reference }).click();
    await expect(page).toHaveURL(new RegExp(`/reports/${report.id}$`));
    await expect(page.getByTestId("report-reference")).toHaveText(report.reference);
    await expect(page.getByTestId("report-header").getByTestId("report-deadline")).toHaveAttribute("data-state", "overdue");
    await expect(page.getByTestId("report-subject")).toBeVisible();
    await expect(page.getByTestId("pii-customer-idNumber")).toHaveAttribute("data-masked", "true");
    await expect(page.getByTestId("report-large-value-summary")).toBeVisible();
    await expect(page.getByTestId("report-transaction")).toHaveCount(1);
    await expect(page.getByTestId("report-review-panel")).toBeVisible();

    // The customer 360 lists the customer's reports.
    await page.getByTestId("report-link-customer").click();
    await expect(page).toHaveURL(new RegExp(`/customers/${report.customerId}`));
    const card = page.getByTestId("customer-reports");
    await expect(card).toBeVisible();
    await expect(card.getByRole("link", { name: report.reference })).toBeVisible();
  });

  test("the auditor reads the lists and a report without any button that would change it", async ({ page }) => {
    const report = await overdueDraft();
    await signIn(page, "auditor");
    await page.goto("/reports/suspicious");
    await expect(page.getByTestId("report-list-SUSPICIOUS")).toBeVisible();
    await page.goto("/reports");
    await expect(page.getByTestId("report-table")).toBeVisible();
    await expect(page.getByTestId("report-chip-awaitingMe")).toHaveCount(0);
    await page.goto(`/reports/${report.id}`);
    await expect(page.getByTestId("report-header")).toBeVisible();
    const panel = page.getByTestId("report-review-panel");
    await expect(panel).toBeVisible();
    await expect(panel.getByRole("button")).toHaveCount(0);
    await expect(page.getByTestId("report-detail").getByRole("button", { name: /提交|审批|退回|保存|生成|显示/ })).toHaveCount(0);
  });
});
