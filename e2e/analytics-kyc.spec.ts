// Issue 13's "Done when" for the onboarding funnel and the review team: a compliance lead opens
// /analytics/kyc for one week (a custom range, Monday to Sunday, Beijing time) and the page's figures equal
// what this spec computes from the raw tables with SQL: the week's cohort from customer, kyc_submission,
// wallet and bank_card; the review team's decisions from kyc_submission. A manager sees the page too;
// marketing (which holds analytics:view but not analytics:kyc) gets the recorded 403.
import { expect, test, type Page } from "@playwright/test";
import type { Client } from "pg";
import { withConsoleDb } from "./support/console-database";
import { signIn } from "./support/staff";

const DAY_MS = 86_400_000;

/** The Shanghai calendar day of an instant. */
function shanghaiDay(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** The last full Monday-to-Sunday week before the current one (Beijing time). */
function lastFullWeek(): { from: string; to: string } {
  const today = shanghaiDay(new Date());
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  const monday = addDays(today, -((weekday + 6) % 7) - 7);
  return { from: monday, to: addDays(monday, 6) };
}

interface Cohort {
  registered: number;
  kycSubmitted: number;
  approved: number;
  walletActive: number;
  cardLinked: number;
  firstPayment: number;
}

/** The week's registration cohort, counted from the raw tables (not from kyc_funnel_weekly), with the
 *  funnel's nested definitions (lib/analytics/rollups/rebuild.ts refreshFunnel): each step is the one before
 *  and: a submission; an approved one; an activated wallet; a bank card on the wallet; a first payment. */
async function rawCohort(db: Client, week: { from: string; to: string }): Promise<Cohort> {
  const { rows } = await db.query<Record<string, number>>(
    `WITH c AS (
       SELECT c.id,
         EXISTS (SELECT 1 FROM kyc_submission k WHERE k.customer_id = c.id) AS submitted,
         EXISTS (SELECT 1 FROM kyc_submission k WHERE k.customer_id = c.id AND k.status = 'APPROVED') AS approved,
         w.activated_at IS NOT NULL AS activated,
         EXISTS (SELECT 1 FROM bank_card b WHERE b.wallet_id = w.id) AS card,
         w.first_payment_at IS NOT NULL AS paid
       FROM customer c LEFT JOIN wallet w ON w.customer_id = c.id
       WHERE c.created_at >= ($1::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
         AND c.created_at < ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
     )
     SELECT count(*)::int AS registered,
       count(*) FILTER (WHERE submitted)::int AS "kycSubmitted",
       count(*) FILTER (WHERE approved)::int AS approved,
       count(*) FILTER (WHERE approved AND activated)::int AS "walletActive",
       count(*) FILTER (WHERE approved AND activated AND card)::int AS "cardLinked",
       count(*) FILTER (WHERE approved AND activated AND card AND paid)::int AS "firstPayment"
     FROM c`,
    [week.from, week.to],
  );
  return rows[0] as unknown as Cohort;
}

interface Review {
  decisions: number;
  approved: number;
  withinSla: number;
  officer: number;
}

/** Decisions made in the week (final outcome: approved or rejected, at the time it became final). */
async function rawReview(db: Client, week: { from: string; to: string }): Promise<Review> {
  const { rows } = await db.query<Record<string, number>>(
    `WITH d AS (
       SELECT status, decided_by_id, submitted_at, COALESCE(checked_at, decided_at) AS final_at
       FROM kyc_submission
       WHERE status IN ('APPROVED', 'REJECTED')
         AND COALESCE(checked_at, decided_at) >= ($1::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
         AND COALESCE(checked_at, decided_at) < ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
     )
     SELECT count(*)::int AS decisions,
       count(*) FILTER (WHERE status = 'APPROVED')::int AS approved,
       count(*) FILTER (WHERE final_at - submitted_at <= interval '24 hours')::int AS "withinSla",
       count(*) FILTER (WHERE decided_by_id = 'staff_officer')::int AS officer
     FROM d`,
    [week.from, week.to],
  );
  return rows[0] as unknown as Review;
}

/** The number a figure carries (data-value), so the check does not depend on the language's digits. */
async function valueOf(page: Page, locator: ReturnType<Page["locator"]>): Promise<number> {
  const text = await locator.getAttribute("data-value");
  return Number(text);
}

test("compliance lead: a week's funnel and review-team figures equal SQL over the raw tables", async ({ page }) => {
  test.setTimeout(120_000);
  const week = lastFullWeek();
  const { cohort, review } = await withConsoleDb(async (db) => ({ cohort: await rawCohort(db, week), review: await rawReview(db, week) }));

  await signIn(page, "lead");
  const response = await page.goto(`/analytics/kyc?range=custom&from=${week.from}&to=${week.to}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("kyc-analytics")).toHaveAttribute("data-from", week.from);
  await expect(page.getByTestId("kyc-analytics")).toHaveAttribute("data-to", week.to);

  // The funnel: the week's cohort row, step by step.
  if (cohort.registered === 0) {
    await expect(page.getByTestId("kyc-cohorts").getByTestId("chart-empty")).toBeVisible();
  } else {
    const row = page.getByTestId("kyc-cohort-table").locator(`tr[data-week="${week.from}"]`);
    await expect(row).toBeVisible();
    for (const [step, expected] of Object.entries(cohort)) {
      expect(await valueOf(page, row.locator(`td[data-step="${step}"] [data-value]`).first()), step).toBe(expected);
    }
    // The funnel card (the period's cohorts together: here the one week) says the same in its data table.
    const funnel = page.getByTestId("kyc-funnel");
    await expect(funnel.getByTestId("kyc-funnel-chart")).toBeVisible();
    expect(await valueOf(page, funnel.getByTestId("chart-table").locator("tr").filter({ has: page.locator('[data-step="registered"]') }).locator("[data-value]"))).toBe(cohort.registered);
  }

  // The review team.
  expect(review.decisions).toBeGreaterThan(0);
  const summary = page.getByTestId("kyc-review-summary");
  expect(await valueOf(page, summary.getByTestId("kyc-stat-decisions").locator("[data-value]"))).toBe(review.decisions);
  expect(await valueOf(page, summary.getByTestId("kyc-stat-approvalRate").locator("[data-value]"))).toBeCloseTo(review.approved / review.decisions, 6);
  expect(await valueOf(page, summary.getByTestId("kyc-stat-sla").locator("[data-value]"))).toBeCloseTo(review.withinSla / review.decisions, 6);
  await expect(summary.getByTestId("kyc-stat-sla")).toContainText(`${review.withinSla.toLocaleString("zh-CN")} / ${review.decisions.toLocaleString("zh-CN")}`);
  const officerRow = page.getByTestId("kyc-officer-table").locator('tr[data-staff-id="staff_officer"]');
  if (review.officer > 0) {
    await expect(officerRow).toContainText("林晓雯");
    expect(await valueOf(page, officerRow.locator('td[data-col="decisions"] [data-value]'))).toBe(review.officer);
  }
  // The decisions-per-day chart and its table: seven days summing to the week's decisions.
  const perDay = page.getByTestId("kyc-per-day");
  await expect(perDay.getByTestId("kyc-decisions-chart")).toBeVisible();
  const dayRows = perDay.getByTestId("chart-table").locator("tbody tr");
  await expect(dayRows).toHaveCount(7);
  const totals = await dayRows.locator("td:last-child [data-value]").evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute("data-value"))));
  expect(totals.reduce((a, b) => a + b, 0)).toBe(review.decisions);
});

test("manager sees the KYC analytics", async ({ page }) => {
  await signIn(page, "manager");
  const response = await page.goto("/analytics/kyc");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("kyc-analytics")).toBeVisible();
  await expect(page.getByTestId("kyc-funnel")).toBeVisible();
  await expect(page.getByTestId("kyc-officers")).toBeVisible();
});

test("marketing (analytics without analytics:kyc) gets 403 on the KYC analytics", async ({ page }) => {
  await signIn(page, "marketing");
  const refused = await page.goto("/analytics/kyc");
  expect(refused?.status()).toBe(403);
  await expect(page.getByTestId("forbidden")).toBeVisible();
});
