// For the session journeys: a server action captured from the browser, to be replayed later with the same
// cookie (after idling out, after signing out) and shown to read nothing then.
import { expect, type BrowserContext, type Page } from "@playwright/test";

export interface CapturedAction {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Opens the newest customer's 360 and reveals the ID number, keeping the reveal's server-action POST. */
export async function revealOnCustomer(page: Page): Promise<{ customerUrl: string; name: string; idNumber: string; action: CapturedAction }> {
  await page.goto("/customers");
  const first = page.getByTestId("customer-result").first();
  const id = (await first.getAttribute("data-customer-id"))!;
  await page.goto(`/customers/${id}`);
  // The list masks names (lib/privacy/policy.ts); the 360 shows this officer the whole one.
  const name = (await page.getByTestId("customer-header").getByRole("heading", { level: 1 }).textContent())!.trim();
  await page.getByTestId("pii-reveal-open").click();
  const dialog = page.getByRole("dialog", { name: "查看完整个人信息" });
  await dialog.getByLabel("身份证号").check();
  await dialog.getByLabel("查看原因").fill("核对客户身份以处理投诉");
  const posted = page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined);
  await dialog.getByTestId("pii-reveal-submit").click();
  const request = await posted;
  const idNumberCell = page.getByTestId("pii-customer-idNumber");
  await expect(idNumberCell).toHaveAttribute("data-masked", "false");
  const idNumber = (await idNumberCell.textContent())!.match(/\d{17}[\dX]/)![0];
  return { customerUrl: `/customers/${id}`, name, idNumber, action: { url: request.url(), headers: request.headers(), body: request.postData() ?? "" } };
}

/** Sends the captured action again with the context's current cookies (and any extra headers). */
export function replay(context: BrowserContext, action: CapturedAction, extra: Record<string, string> = {}) {
  const headers = Object.fromEntries(Object.entries(action.headers).filter(([key]) => !key.startsWith(":") && key !== "cookie" && key !== "content-length"));
  return context.request.post(action.url, { headers: { ...headers, ...extra }, data: action.body, maxRedirects: 0 });
}
