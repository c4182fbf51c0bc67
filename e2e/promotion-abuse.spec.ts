// The manager reviews rewards the farming guard held on a running promotion's page: the held-rewards panel
// lists them with what the customers share (names masked), one is released (paid: a CASHBACK credit, the
// reward PAID) and one forfeited (its reserved cost back in the budget). If the seed held too few rewards
// on the promotion, the spec holds two on seeded payments first, as the reward worker does (cost reserved,
// nothing credited, the links kept); the page and the review only read and change them.
import { expect, test } from "@playwright/test";
import type { Client } from "pg";
import { withConsoleDb } from "./support/console-database";
import { signIn } from "./support/staff";

const PROMOTION = "promo_winter";

/** At least two HELD rewards (¥3 each) on the promotion, linked to each other's customer by a device. */
async function ensureHeld(db: Client): Promise<void> {
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM promotion_reward WHERE promotion_id = $1 AND status = 'HELD'`, [PROMOTION]);
  if (rows[0]!.n >= 2) return;
  const payments = await db.query<{ id: string; wallet_id: string; customer_id: string }>(
    `SELECT DISTINCT ON (t.wallet_id) t.id::text AS id, t.wallet_id, w.customer_id
     FROM promotion p
     JOIN "transaction" t ON t.type = 'PAYMENT' AND t.status = 'SUCCEEDED' AND t.created_at >= p.starts_at AND t.created_at < now()
     JOIN wallet w ON w.id = t.wallet_id AND w.status = 'ACTIVE'
     WHERE p.id = $1 AND NOT EXISTS (SELECT 1 FROM promotion_reward r WHERE r.promotion_id = p.id AND r.customer_id = w.customer_id)
     ORDER BY t.wallet_id, t.id LIMIT 2`,
    [PROMOTION],
  );
  expect(payments.rows).toHaveLength(2);
  const [a, b] = payments.rows as [(typeof payments.rows)[0], (typeof payments.rows)[0]];
  await db.query("BEGIN");
  for (const [me, other] of [
    [a, b],
    [b, a],
  ] as const) {
    await db.query(
      `INSERT INTO promotion_reward (id, promotion_id, version_id, source, source_key, transaction_id, customer_id, wallet_id, day, amount_fen, points, cost_fen, status, hold_links, created_at)
       SELECT 'e2e_held_' || t.id, p.id, p.live_version_id, 'PAYMENT', 'tx:' || t.id, t.id, $3, t.wallet_id,
              (t.created_at AT TIME ZONE 'Asia/Shanghai')::date, 300, 0, 300, 'HELD', $4::jsonb, now()
       FROM promotion p JOIN "transaction" t ON t.id = $2::bigint WHERE p.id = $1
       ON CONFLICT (promotion_id, source_key) DO NOTHING`,
      [PROMOTION, me.id, me.customer_id, JSON.stringify([{ kind: "DEVICE", customerId: other.customer_id, rewardId: null }])],
    );
  }
  await db.query(`UPDATE promotion SET spent_fen = spent_fen + 600 WHERE id = $1`, [PROMOTION]);
  await db.query("COMMIT");
}

const heldIds = (db: Client) =>
  db.query<{ id: string }>(`SELECT id FROM promotion_reward WHERE promotion_id = $1 AND status = 'HELD' ORDER BY created_at, id`, [PROMOTION]).then((r) => r.rows.map((row) => row.id));

test("the manager releases one held reward (paid) and forfeits another (budget back), each with a note", async ({ page }) => {
  test.setTimeout(120_000);
  const [first, second] = await withConsoleDb(async (db) => {
    await ensureHeld(db);
    return heldIds(db);
  });
  expect(first && second).toBeTruthy();

  await signIn(page, "manager");
  await page.goto(`/promotions/${PROMOTION}`);
  const panel = page.getByTestId("held-rewards-panel");
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId("held-rewards-count")).toContainText(/\d+ 笔暂扣奖励待审核/);
  const firstRow = panel.getByTestId(`held-reward-${first}`);
  await expect(firstRow.getByTestId("held-reward-link").first()).toContainText(/共用(设备|手机号|银行卡|身份证件号码)/);
  // Names are masked: a surname and stars.
  await expect(firstRow.locator("td").first()).toContainText("*");

  // Release: a note is required; then the reward is paid and leaves the list.
  await firstRow.getByTestId("held-reward-release").click();
  const releaseForm = firstRow.getByTestId("held-reward-release-form");
  await releaseForm.getByRole("textbox").fill("已核实为两位不同的客户，各自使用本人设备，放行");
  await firstRow.getByTestId("held-reward-release-form-submit").click();
  await expect(panel.getByTestId(`held-reward-${first}`)).toHaveCount(0);
  const released = await withConsoleDb(async (db) => {
    const { rows } = await db.query<{ status: string; credit: string | null; type: string | null; amount: string | null }>(
      `SELECT r.status, r.credit_transaction_id::text AS credit, t.type::text AS type, t.amount_fen::text AS amount
       FROM promotion_reward r LEFT JOIN "transaction" t ON t.id = r.credit_transaction_id WHERE r.id = $1`,
      [first],
    );
    return rows[0]!;
  });
  expect(released.status).toBe("PAID");
  expect(released.credit).not.toBeNull();
  expect(released.type).toBe("CASHBACK");

  // Forfeit: the reserved cost goes back to the budget.
  const spentBefore = await withConsoleDb(async (db) => (await db.query<{ spent: string; cost: string }>(`SELECT p.spent_fen::text AS spent, r.cost_fen::text AS cost FROM promotion p JOIN promotion_reward r ON r.promotion_id = p.id WHERE r.id = $1`, [second])).rows[0]!);
  const secondRow = panel.getByTestId(`held-reward-${second}`);
  await secondRow.getByTestId("held-reward-forfeit").click();
  const forfeitForm = secondRow.getByTestId("held-reward-forfeit-form");
  await forfeitForm.getByRole("textbox").fill("同一设备多开账户领取返现，作废");
  await secondRow.getByTestId("held-reward-forfeit-form-submit").click();
  await expect(panel.getByTestId(`held-reward-${second}`)).toHaveCount(0);
  const after = await withConsoleDb(async (db) => (await db.query<{ status: string; spent: string }>(`SELECT r.status, p.spent_fen::text AS spent FROM promotion_reward r JOIN promotion p ON p.id = r.promotion_id WHERE r.id = $1`, [second])).rows[0]!);
  expect(after.status).toBe("FORFEITED");
  expect(BigInt(after.spent)).toBe(BigInt(spentBefore.spent) - BigInt(spentBefore.cost));
});

test("marketing sees the held rewards but no review buttons (reward:review is the manager's)", async ({ page }) => {
  await withConsoleDb(ensureHeld);
  await signIn(page, "marketing");
  await page.goto(`/promotions/${PROMOTION}`);
  const panel = page.getByTestId("held-rewards-panel");
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId("held-reward-release")).toHaveCount(0);
  await expect(panel.getByTestId("held-reward-forfeit")).toHaveCount(0);
});
