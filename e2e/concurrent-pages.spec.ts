import { expect, test } from "@playwright/test";
import { signIn } from "./support/staff";

// Concurrent page loads on the embedded database (issue 9, item 12): ten loads in flight at a time, as a
// few officers reloading while others' pages render. Before the embedded server handed its one session to
// one connection at a time, such loads got other queries' rows and showed "出现了问题" or were signed out.
// Bounded by count and by time; loopback only.
const PATHS = ["/", "/kyc", "/customers", "/transactions", "/audit"];
const CONCURRENCY = 10;
const ROUNDS = 30;
const RUN_MS = 18_000;

/** Why an answer is not a good page: its status, the console's error boundary, or React's error template
 *  for a render that failed after streaming began (server errors carry a numeric digest). The boundary is
 *  found by its test id: its words ("出现了问题") are in every page's messages for the client. */
function badPage(status: number, body: string): string | null {
  if (status !== 200) return `HTTP ${status}`;
  if (body.includes('data-testid="console-error"')) return "error page";
  const digest = /data-dgst="(\d+)"/.exec(body);
  return digest ? `error digest ${digest[1]}` : null;
}

test("ten concurrent page loads for an auditor end in 200 with no error page", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "auditor");
  const failures: string[] = [];
  let loads = 0;
  const deadline = Date.now() + RUN_MS;

  // page.request carries the signed-in context's session cookie.
  const loop = async (index: number) => {
    for (let round = 0; round < ROUNDS && Date.now() < deadline; round++) {
      const path = PATHS[(index + round) % PATHS.length]!;
      const response = await page.request.get(path, { maxRedirects: 0, timeout: 30_000 });
      const reason = badPage(response.status(), await response.text());
      loads++;
      if (reason) failures.push(`${path}: ${reason}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => loop(i)));

  expect(failures).toEqual([]);
  expect(loads).toBeGreaterThanOrEqual(CONCURRENCY * 2);
  // The session survived the load: the console still knows who is signed in.
  await page.goto("/");
  await expect(page.getByTestId("signed-in-staff")).toBeVisible();
});
