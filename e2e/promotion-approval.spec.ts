// A promotion under four eyes, as marketing and a manager work it: marketing opens its draft (the seeded
// 咖啡季满减), sees every parameter of the first version and submits it; it has no way to approve it. The
// manager, in a second browser, finds it in the list, opens it, sees the parameters against the last
// approved version (none yet: every field) and approves; it is scheduled, with the manager as approver.
// Marketing then pauses it with a note and resumes it. The author of a pending change sees no approve
// button; that the server refuses the author too, even one holding the manager role, is
// tests/integration/promotion-lifecycle.test.ts's job.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/staff";

const DRAFT = "promo_coffee";
const DRAFT_NAME = "咖啡季满减";

test.describe("promotion approval", () => {
  test("marketing submits a draft; a manager sees the diff and approves; marketing pauses and resumes", async ({ page, browser }) => {
    await signIn(page, "marketing");
    await page.goto(`/promotions/${DRAFT}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(DRAFT_NAME);
    await expect(page.getByTestId("promotion-status")).toHaveAttribute("data-status", "DRAFT");
    const card = page.getByTestId("version-card-1");
    await expect(card.getByTestId("version-diff")).toContainText("满额门槛");
    await expect(card.getByTestId("version-diff")).toContainText("¥25.00");
    // The simulation panel streams in: wait until the page is hydrated before using its buttons.
    await page.waitForLoadState("networkidle");
    await card.getByTestId("submit-version").click();
    await expect(page.getByTestId("promotion-status")).toHaveAttribute("data-status", "PENDING_APPROVAL");
    await expect(page.getByTestId("approval-own")).toContainText("等待业务经理审批");
    await expect(page.getByTestId("approve-version")).toHaveCount(0);

    // The manager, in a second browser: the list, the diff, then the decision.
    const managerContext = await browser.newContext();
    const manager = await managerContext.newPage();
    await signIn(manager, "manager");
    await manager.goto("/promotions");
    await manager.getByRole("link", { name: DRAFT_NAME }).first().click();
    await expect(manager).toHaveURL(new RegExp(`/promotions/${DRAFT}$`));
    const review = manager.getByTestId("version-card-1");
    await expect(review).toHaveAttribute("data-status", "PENDING_APPROVAL");
    await expect(review.getByTestId("version-diff")).toContainText("活动总预算");
    await expect(review.getByTestId("version-diff")).toContainText("¥80,000.00");
    await expect(review.getByTestId("version-simulation")).toBeVisible();
    await manager.waitForLoadState("networkidle");
    await review.getByTestId("approve-version").click();
    await expect(manager.getByTestId("promotion-status")).toHaveAttribute("data-status", "SCHEDULED");
    await expect(manager.getByTestId("promotion-approved-by")).toContainText("孙海燕");
    await expect(manager.getByTestId("version-row-1")).toContainText("已批准");
    await expect(manager.getByTestId("promotion-activity").getByTestId("activity-entry").first()).toHaveAttribute("data-action", "promotion.approve");
    await managerContext.close();

    // Marketing pauses the scheduled promotion with a note, then resumes it.
    await page.reload();
    await page.waitForLoadState("networkidle");
    await expect(page.getByTestId("promotion-status")).toHaveAttribute("data-status", "SCHEDULED");
    await page.getByTestId("promotion-pause").click();
    const dialog = page.getByTestId("pause-dialog");
    await dialog.getByRole("textbox").fill("咖啡商户合同未续签，先暂停");
    await page.getByTestId("pause-dialog-submit").click();
    await expect(page.getByTestId("promotion-status")).toHaveAttribute("data-status", "PAUSED");
    await expect(page.getByTestId("promotion-paused")).toContainText("咖啡商户合同未续签，先暂停");
    await page.getByTestId("promotion-resume").click();
    await expect(page.getByTestId("promotion-status")).toHaveAttribute("data-status", "SCHEDULED");
    await expect(page.getByTestId("promotion-activity")).toContainText("恢复营销活动");
    await expect(page.getByTestId("promotion-activity")).toContainText("暂停营销活动");
  });

  test("the author of a pending change has no approve button, in either language", async ({ page }) => {
    await signIn(page, "marketing");
    // The seeded pending version (a running promotion's budget increase or a first version) is marketing's own.
    await page.goto("/promotions/promo_spring");
    const pending = page.locator("[data-testid^=version-card-][data-status=PENDING_APPROVAL]").first();
    await expect(pending).toBeVisible();
    await expect(pending.getByTestId("approval-own")).toBeVisible();
    await expect(page.getByTestId("approve-version")).toHaveCount(0);
    await expect(page.getByTestId("reject-version")).toHaveCount(0);
    await expect(pending.getByTestId("withdraw-version")).toBeVisible();
  });

  test("an auditor reads the page and its history but has no lifecycle buttons", async ({ page }) => {
    await signIn(page, "auditor");
    await page.goto("/promotions/promo_winter");
    await expect(page.getByTestId("promotion-status")).toHaveAttribute("data-status", "ACTIVE");
    await expect(page.getByTestId("promotion-params")).toBeVisible();
    await expect(page.getByTestId("promotion-versions")).toBeVisible();
    for (const id of ["promotion-pause", "promotion-end", "promotion-edit", "approve-version", "submit-version"]) await expect(page.getByTestId(id)).toHaveCount(0);
  });

  test("an unknown promotion is a 404", async ({ page }) => {
    await signIn(page, "manager");
    const response = await page.goto("/promotions/promo_nope");
    expect(response?.status()).toBe(404);
  });
});
