import { expect, test } from "@playwright/test";
import { withConsoleDb } from "./support/console-database";
import { signIn } from "./support/staff";

// A manager opens a customer whose seeded history earned promotion rewards: the 360's rewards card shows
// each reward's promotion (a link to it), value, status and the transactions; the customer's transaction
// list names the promotion beside the rewarded payment and the CASHBACK that paid it.
async function customerWithPaidCashback(): Promise<{ customerId: string; promotionId: string }> {
  return withConsoleDb(async (db) => {
    const { rows } = await db.query<{ customer_id: string; promotion_id: string }>(`
      SELECT r.customer_id, r.promotion_id FROM promotion_reward r
      WHERE r.status = 'PAID' AND r.credit_transaction_id IS NOT NULL AND r.transaction_id IS NOT NULL
      ORDER BY r.created_at DESC, r.id LIMIT 1`);
    expect(rows.length, "the seed paid cashback").toBe(1);
    return { customerId: rows[0]!.customer_id, promotionId: rows[0]!.promotion_id };
  });
}

test("manager: a customer's rewards on the 360 and in the transaction list", async ({ page }) => {
  const { customerId, promotionId } = await customerWithPaidCashback();
  await signIn(page, "manager");
  await page.goto(`/customers/${customerId}`);
  const card = page.getByTestId("customer-rewards");
  // A paid cash reward: it has the CASHBACK transaction that credited it (a points reward has none).
  const paid = card.locator('[data-testid="customer-reward"][data-status="PAID"]').filter({ has: page.getByTestId("customer-reward-credit") }).first();
  await expect(paid).toBeVisible();
  await expect(paid.getByTestId("customer-reward-status")).toHaveText("已发放");
  await expect(paid.getByTestId("customer-reward-value")).toContainText("¥");
  await expect(card.locator(`a[href="/promotions/${promotionId}"]`).first()).toBeVisible();
  await expect(paid.getByTestId("customer-reward-transaction")).toHaveText(/^\d{20}$/);
  await expect(paid.getByTestId("customer-reward-credit")).toHaveText(/^\d{20}$/);

  // The CASHBACK transaction opens in the customer's transaction list, with its promotion named.
  await paid.getByTestId("customer-reward-credit").click();
  await expect(page).toHaveURL(/tab=transactions/);
  // The drawer labels the row "活动返现入账" and names the promotion and the reward's status beside it.
  await expect(page.getByText("活动返现入账", { exact: true }).first()).toBeVisible();
  await expect(page.getByTestId("drawer-reward").first()).toContainText("已发放");
  await expect(page.locator('[data-testid="transaction-reward"][data-kind="CREDIT"]').first()).toBeVisible();
  await expect(page.locator('[data-testid="transaction-reward"][data-kind="EARNED"]').first()).toContainText("获返");
});
