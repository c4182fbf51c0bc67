// The whole journey, as the two roles would work it: marketing drafts a cashback promotion (and is
// stopped by a field error on an impossible budget), simulates it over the last 30 days and submits it; a
// manager, in another browser, approves it; with the live simulator paying into this console's database,
// payments earn the cashback, which shows on a customer's 360 and on the promotion's performance page;
// marketing then pauses it.
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { consoleDatabaseUrl, withConsoleDb } from "./support/console-database";
import { signIn } from "./support/staff";

/** A Beijing wall-clock time for a datetime-local input, `minutes` from now. */
function beijingInput(minutes: number): string {
  const shifted = new Date(Date.now() + minutes * 60_000 + 8 * 3_600_000);
  return shifted.toISOString().slice(0, 16);
}

async function firstReward(promotionId: string): Promise<{ customerId: string; amountFen: string } | null> {
  return withConsoleDb(async (db) => {
    const { rows } = await db.query<{ customer_id: string; amount_fen: string }>(
      "SELECT customer_id, amount_fen::text FROM promotion_reward WHERE promotion_id = $1 AND status = 'PAID' ORDER BY created_at LIMIT 1",
      [promotionId],
    );
    return rows[0] ? { customerId: rows[0].customer_id, amountFen: rows[0].amount_fen } : null;
  });
}

test("marketing drafts, simulates and submits a cashback promotion; a manager approves; live payments earn it; marketing pauses it", async ({ page, browser }) => {
  test.setTimeout(300_000);
  const name = `扫码返现 E2E ${Date.now() % 100_000}`;

  // Marketing drafts it. A per-customer budget above the total is refused on its field, before saving.
  await signIn(page, "marketing");
  await page.goto("/promotions/new");
  const form = page.getByTestId("promotion-form");
  await form.getByLabel("活动名称").fill(name);
  await form.getByLabel("返现比例（%）").fill("10");
  await form.getByLabel("单笔返现上限（元）").fill("5");
  await form.getByLabel("活动总预算（元）").fill("1000");
  await form.getByLabel("每位客户预算（元）").fill("5000");
  await form.getByLabel("每位客户预算（元）").press("Tab");
  await expect(form.getByText("每位客户预算不能高于活动总预算。")).toBeVisible();
  await form.getByLabel("开始时间（北京时间）").fill(beijingInput(-5));
  await form.getByLabel("结束时间（北京时间）").fill(beijingInput(7 * 24 * 60));
  await page.getByTestId("promotion-save").click();
  await expect(page.getByTestId("promotion-form-saved")).toHaveCount(0);
  await form.getByLabel("每位客户预算（元）").fill("50");
  await expect(form.getByText("每位客户预算不能高于活动总预算。")).toHaveCount(0);
  await expect(page.getByTestId("promotion-summary")).toContainText("10%");
  await page.getByTestId("promotion-save").click();
  // Saved: the promotion's edit page says so and links to the promotion's page.
  await expect(page).toHaveURL(/\/edit\?saved=1$/, { timeout: 30_000 });
  await page.getByTestId("promotion-form-saved").getByRole("link").click();
  await expect(page).toHaveURL(/\/promotions\/[\w-]+$/);
  const promotionId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);

  // It simulates the draft over the last 30 days (the console's worker runs it) and submits it.
  const version = page.getByTestId("version-card-1");
  await version.getByTestId("simulation-preset-30").click();
  await version.getByTestId("simulation-start").click();
  await expect(version.getByTestId("simulation-result")).toBeVisible({ timeout: 90_000 });
  await expect(version.getByTestId("simulation-cost")).toContainText("¥");
  await version.getByTestId("submit-version").click();
  await expect(page.getByTestId("promotion-status")).toHaveAttribute("data-status", "PENDING_APPROVAL");

  // The manager, in another browser, sees the simulation beside the version and approves: it is running.
  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signIn(manager, "manager");
  await manager.goto(`/promotions/${promotionId}`);
  const review = manager.getByTestId("version-card-1");
  await expect(review.getByTestId("simulation-result")).toBeVisible();
  await review.getByTestId("approve-version").click();
  await expect(manager.getByTestId("promotion-status")).toHaveAttribute("data-status", "ACTIVE");

  // The live simulator pays into this console's database; the worker rewards the payments as it scores them.
  let sim: ChildProcess | null = null;
  let output = "";
  let reward: Awaited<ReturnType<typeof firstReward>> = null;
  try {
    sim = spawn(process.execPath, ["--import", "tsx", "scripts/sim-live.ts", "--url", consoleDatabaseUrl(), "--rate", "5", "--duration", "120"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    sim.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    sim.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await expect
      .poll(async () => (reward = await firstReward(promotionId)), { message: `no payment earned the cashback; the simulator said:\n${output}`, timeout: 110_000, intervals: [2_000] })
      .not.toBeNull();
  } finally {
    sim?.kill("SIGTERM");
  }

  // The reward is on the customer's 360, linked to the promotion...
  await manager.goto(`/customers/${reward!.customerId}`);
  const rewards = manager.getByTestId("customer-rewards");
  await expect(rewards.getByTestId("customer-reward").filter({ hasText: name }).first()).toBeVisible();
  await managerContext.close();

  // ...and on the promotion's performance page, which marketing reads.
  await page.goto(`/promotions/${promotionId}/performance`);
  await expect(page.getByTestId("stat-participants")).not.toHaveText("0");
  await expect(page.getByTestId("performance-daily-table")).toContainText("¥");

  // Marketing pauses it with a note.
  await page.goto(`/promotions/${promotionId}`);
  await page.getByTestId("promotion-pause").click();
  await page.getByTestId("pause-dialog").getByRole("textbox").fill("预算复核，先暂停");
  await page.getByTestId("pause-dialog-submit").click();
  await expect(page.getByTestId("promotion-status")).toHaveAttribute("data-status", "PAUSED");
});
