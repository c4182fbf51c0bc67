import { expect, test } from "@playwright/test";
import { enrol } from "../support/mfa";
import { replay, revealOnCustomer } from "../support/replay";

// Issue 9, item 1: a request must pass the idle check whatever its headers. `next-router-prefetch: 1` once
// made proxy.ts skip a request entirely, and the session reader trusted any validly signed token: an idle
// officer still read a customer 360, an ID-card image and ran a server action. This console's idle limit is
// 30 seconds; the page is closed while we wait, so nothing in it keeps or ends the session.

// As in the report: the header alone, which made the proxy skip a full page render.
const PREFETCH = { "next-router-prefetch": "1" };

test("an idle session gets no data from a prefetch, a document request or a replayed server action", async ({ page, context }) => {
  test.setTimeout(180_000);
  await enrol(page, "officer");

  await page.goto("/kyc");
  const submission = (await page.locator('a[href^="/kyc/K"]').first().getAttribute("href"))!.split("/").pop()!;
  const documentUrl = `/api/kyc/documents/${submission}-ID_FRONT`;
  const { customerUrl, name, idNumber, action } = await revealOnCustomer(page);

  // While the session is live, each of the three requests does read data: the checks below mean something.
  const livePrefetch = await context.request.get(customerUrl, { headers: PREFETCH, maxRedirects: 0 });
  expect(livePrefetch.status()).toBe(200);
  expect(await livePrefetch.text()).toContain(name);
  const liveDocument = await context.request.get(documentUrl, { headers: { "next-router-prefetch": "1" } });
  expect(liveDocument.status()).toBe(200);
  expect(await liveDocument.text()).toContain("<svg");
  expect(await (await replay(context, action)).text()).toContain(idNumber);

  await page.close();
  await new Promise((resolve) => setTimeout(resolve, 36_000));

  const prefetch = await context.request.get(customerUrl, { headers: PREFETCH, maxRedirects: 0 });
  expect(prefetch.status()).toBe(401);
  expect(await prefetch.text()).not.toContain(name);

  const document = await context.request.get(documentUrl, { headers: { "next-router-prefetch": "1" }, maxRedirects: 0 });
  expect(document.status()).toBe(401);
  expect(await document.text()).not.toContain("<svg");

  const replayed = await replay(context, action, { "next-router-prefetch": "1" });
  expect(replayed.status()).toBe(401);
  expect(await replayed.text()).not.toContain(idNumber);

  // The person coming back is told why, and the session is over for good.
  const fresh = await context.newPage();
  await fresh.goto(customerUrl);
  await expect(fresh).toHaveURL(/\/login\?reason=idle/);
  await expect(fresh.getByText(/无操作已被自动退出/)).toBeVisible();
  expect(await (await replay(context, action)).text()).not.toContain(idNumber);
});
