// One privacy rule on every screen (lib/privacy/policy.ts, docs/privacy.md), as a manager (no pii:reveal)
// meets it: the KYC queue and the customer list mask one customer's name alike, and a failed birth-date
// check explains itself with the years only.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/staff";

const MASKED_NAME = /^\S\*+$/u;
const WHOLE_DATE = /\d{4}-\d{2}-\d{2}/;

/** The submission links of a queue view, in the order shown. */
async function queueLinks(page: Page, query: string): Promise<string[]> {
  await page.goto(`/kyc?${query}`);
  await expect(page.getByTestId("kyc-queue-table")).toBeVisible();
  return page.locator("[data-testid=kyc-queue-table] tbody tr[data-href]").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-href")!));
}

test.describe("personal data, the same rule everywhere", () => {
  test("a manager sees a customer's name masked alike in the KYC queue and the customer list", async ({ page }) => {
    await signIn(page, "manager");
    const [href] = await queueLinks(page, "sort=risk");
    const row = page.locator(`[data-testid=kyc-queue-table] tbody tr[data-href="${href}"]`);
    const queued = (await row.getByText(MASKED_NAME).first().textContent())!.trim();
    expect(queued).toMatch(MASKED_NAME);

    await page.goto(href!);
    const customerId = (await page.getByTestId("kyc-customer-link").getAttribute("href"))!.split("/").pop()!;
    await page.goto(`/customers?q=${customerId}`);
    const listed = page.locator(`[data-testid="customer-result"][data-customer-id="${customerId}"]`);
    await expect(listed).toBeVisible();
    await expect(listed.getByRole("link").first()).toHaveText(queued);
    for (const name of await page.getByTestId("customer-result").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-customer-name") ?? ""))) expect(name).toMatch(MASKED_NAME);
  });

  test("a failed birth-date check shows only the years to a manager", async ({ page }) => {
    await signIn(page, "manager");
    const candidates = [...(await queueLinks(page, "sort=risk")), ...(await queueLinks(page, "status=REJECTED&sort=risk"))];
    for (const href of candidates) {
      await page.goto(href);
      const check = page.getByTestId("kyc-check-BIRTH_DATE_MATCH");
      await expect(check).toBeVisible();
      if ((await check.getAttribute("data-outcome")) !== "fail") continue;
      const text = (await check.textContent())!;
      expect(text).toMatch(/\d{4}-\*\*-\*\*|\*{8}/);
      expect(text).not.toMatch(WHOLE_DATE);
      return;
    }
    throw new Error(`no failed birth-date check among ${candidates.length} submissions`);
  });
});
