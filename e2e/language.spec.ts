// Every page a role works on, in English and in Chinese: no UI text in the other language. Stored data
// (names, addresses, merchants, typed notes) is marked translate="no" by the components and skipped; codes,
// ids, units and brand names are allowed on Chinese pages by e2e/support/language.ts's explicit list.
import { expect, test, type Page } from "@playwright/test";
import { straysOnPage, type UiLocale } from "./support/language";
import { signIn, type DemoRole } from "./support/staff";

const LOCALES: readonly UiLocale[] = ["en", "zh-CN"];

/** Opens a page and waits until its streamed parts have arrived. */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  await page.waitForLoadState("networkidle").catch(() => undefined);
}

/** The first link the list at `url` offers to one of its items (by the row's data-href or its link). */
async function firstItem(page: Page, url: string, rows: string): Promise<string> {
  await open(page, url);
  const row = page.locator(rows).first();
  await expect(row, `${url} lists something to open`).toBeVisible();
  const href = (await row.getAttribute("data-href")) ?? (await row.locator("a[href]").first().getAttribute("href"));
  expect(href, `${url}: the first item has a link`).toBeTruthy();
  return href!;
}

/** The first link to one of its items the page at `url` shows (for lists whose rows have no link of their own). */
async function firstLink(page: Page, url: string, links: string): Promise<string> {
  await open(page, url);
  const link = page.locator(links).first();
  await expect(link, `${url} lists something to open`).toBeAttached();
  return (await link.getAttribute("href"))!;
}

/** The pages each role walks; item pages are found through their lists, as a person would. */
const WALKS: Record<string, { role: DemoRole; pages: (page: Page) => Promise<Record<string, string>> }> = {
  "a compliance lead": {
    role: "lead",
    pages: async (page) => {
      const review = await firstItem(page, "/kyc", "[data-testid=kyc-queue-table] tbody tr[data-href]");
      // A high-risk one too: failed checks explain themselves with values in their sentences.
      const risky = await firstItem(page, "/kyc?risk=HIGH", "[data-testid=kyc-queue-table] tbody tr[data-href]");
      const customer = await firstItem(page, "/customers", "[data-testid=customer-result]");
      await open(page, "/transactions");
      await page.getByTestId("transaction-results").locator("tbody tr").first().locator("td").nth(1).click();
      await expect(page.getByTestId("transaction-drawer")).toBeVisible();
      const drawer = new URL(page.url()).pathname + new URL(page.url()).search;
      const alert = await firstLink(page, "/alerts", "[data-testid=alert-queue-table] a[href^='/alerts/']");
      return {
        overview: "/", "kyc queue": "/kyc", "kyc review": review, "high-risk kyc review": risky, customers: "/customers", "customer 360": customer, "transactions + drawer": drawer, account: "/account",
        "alert queue": "/alerts", "alert investigation": alert, rules: "/rules",
      };
    },
  },
  "an auditor": {
    role: "auditor",
    pages: async (page) => {
      await open(page, "/audit");
      await page.getByTestId("audit-events").locator("tbody tr").first().click();
      await expect(page).toHaveURL(/\/audit\/\d+$/);
      return { overview: "/", "audit list": "/audit", "audit event": new URL(page.url()).pathname, "kyc queue": "/kyc" };
    },
  },
  "an administrator": {
    role: "admin",
    pages: async (page) => {
      const member = await firstItem(page, "/admin/staff", "[data-testid=staff-list] tbody tr");
      return { overview: "/", "staff list": "/admin/staff", "staff member": member, "new staff member": "/admin/staff/new", "api clients": "/admin/api-clients", account: "/account" };
    },
  },
  "a compliance officer": { role: "officer", pages: async () => ({ overview: "/" }) },
  "a manager": { role: "manager", pages: async () => ({ overview: "/", transactions: "/transactions" }) },
  "a marketing user": {
    role: "marketing",
    pages: async (page) => {
      const promotion = await firstLink(page, "/promotions", "[data-testid=promotion-table] a[href^='/promotions/']");
      return { overview: "/", promotions: "/promotions", promotion };
    },
  },
};

test("the sign-in page is in one language at a time", async ({ page, context, baseURL }) => {
  const report: string[] = [];
  for (const locale of LOCALES) {
    await context.addCookies([{ name: "wallet-locale", value: locale, url: baseURL! }]);
    await open(page, "/login");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    for (const stray of await straysOnPage(page, locale)) report.push(`${locale} /login ${stray.where}: ${JSON.stringify(stray.text.slice(0, 140))}`);
  }
  expect(report.join("\n"), "UI text in the other language on the sign-in page").toBe("");
});

for (const [who, walk] of Object.entries(WALKS)) {
  test(`${who} sees every page in one language at a time`, async ({ page, context, baseURL }) => {
    test.setTimeout(240_000);
    await signIn(page, walk.role);
    const pages = await walk.pages(page);
    const report: string[] = [];
    for (const locale of LOCALES) {
      await context.addCookies([{ name: "wallet-locale", value: locale, url: baseURL! }]);
      for (const [name, url] of Object.entries(pages)) {
        await open(page, url);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        const strays = await straysOnPage(page, locale);
        const unique = [...new Map(strays.map((s) => [`${s.where}|${s.text}`, s])).values()];
        for (const stray of unique) report.push(`${locale} ${name} (${url}) ${stray.where}: ${JSON.stringify(stray.text.slice(0, 140))}`);
      }
    }
    expect(report.join("\n"), `UI text in the other language on ${who}'s pages`).toBe("");
  });
}
