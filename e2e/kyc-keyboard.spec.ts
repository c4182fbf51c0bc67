// Working the KYC queue without the mouse: a compliance officer takes the next clean low-risk submission
// with `n`, then approves it with `a` and Enter; the next submission of the same view opens by itself, with
// focus on the main content, so three decisions take two keys each. Every page starts with a skip link.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/staff";

const idOf = (url: string) => new URL(url).pathname.split("/").pop()!;

/** Presses a key and counts it. */
function keyboard(page: Page) {
  const pressed: string[] = [];
  return {
    pressed,
    press: async (key: string) => {
      pressed.push(key);
      await page.keyboard.press(key);
    },
  };
}

test.describe("the KYC queue from the keyboard", () => {
  test("an officer approves three clean low-risk submissions in a row with at most two keys each", async ({ page }) => {
    await signIn(page, "officer");
    await page.goto("/kyc?status=PENDING&risk=LOW");
    await expect(page.getByTestId("kyc-queue-table").locator("tbody tr[data-href]").first(), "the demo data has clean low-risk submissions waiting").toBeVisible();
    await page.waitForLoadState("networkidle");

    // The first one opens with `n` (take next); it is not counted.
    await page.keyboard.press("n");
    await expect(page).toHaveURL(/\/kyc\/K\d+\?.*risk=LOW/);

    const keys = keyboard(page);
    const approved: string[] = [];
    for (let decision = 0; decision < 3; decision++) {
      const id = idOf(page.url());
      await expect(page.getByRole("heading", { level: 1 })).toContainText(id);
      await expect(page.getByTestId("kyc-decision-controls")).toHaveAttribute("data-shortcuts", "on");
      const before = keys.pressed.length;

      await keys.press("a");
      // The dialog opens on its confirm button, not on the close button.
      await expect(page.getByTestId("kyc-approve-dialog-submit")).toBeFocused();
      await keys.press("Enter");

      // The next submission of the same view opens by itself and says what happened to this one.
      await expect(page).not.toHaveURL(new RegExp(`/kyc/${id}`));
      await expect(page).toHaveURL(/risk=LOW/);
      await expect(page.getByTestId("kyc-next-opened")).toContainText(`上一个申请 ${id}：已批准。`);
      await expect(page.locator("main#main")).toBeFocused();
      expect(keys.pressed.length - before, `keys for ${id}`).toBeLessThanOrEqual(2);
      approved.push(id);
    }
    expect(keys.pressed).toEqual(["a", "Enter", "a", "Enter", "a", "Enter"]);
    expect(new Set(approved).size).toBe(3);

    // All three are approved, their wallets open.
    for (const id of approved) {
      await page.goto(`/kyc/${id}`);
      await expect(page.getByTestId("kyc-status")).toHaveAttribute("data-status", "APPROVED");
      await expect(page.getByTestId("kyc-wallet-status")).toHaveAttribute("data-status", "ACTIVE");
    }
  });

  test("the skip link is the first stop and moves focus to the main content", async ({ page }) => {
    await signIn(page, "officer");
    await page.goto("/kyc");
    await page.waitForLoadState("networkidle");
    await page.keyboard.press("Tab");
    const skip = page.getByTestId("skip-to-main");
    await expect(skip).toBeFocused();
    await expect(skip).toHaveText("跳到主要内容");
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
  });
});
