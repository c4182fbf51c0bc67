// The reporting rules and working calendar (/reports/settings): a compliance lead adds a holiday to a
// year's calendar, sees it grouped under its name, and removes it again (the calendar is configuration that
// outlives data resets, so the spec leaves it as it found it); an officer reads the rules and the calendar
// without any control to change them. The rules' arithmetic and the deadline across holidays are
// lib/reports/calendar/*.test.ts's and tests/integration/reports-large-value.test.ts's job.
import { expect, test } from "@playwright/test";
import { withConsoleDb } from "./support/console-database";
import { signIn } from "./support/staff";

const YEAR = 2031;
const DAY = "2031-03-12";
const NAME = "端到端测试假日";

async function forgetDay() {
  await withConsoleDb((db) => db.query(`DELETE FROM working_calendar_day WHERE day = $1::date`, [DAY]));
}

test.describe("reporting settings", () => {
  test.beforeAll(forgetDay);
  test.afterAll(forgetDay);

  test("a lead adds a holiday, sees it in the year's calendar and removes it", async ({ page }) => {
    await signIn(page, "lead");
    await page.goto(`/reports/settings?year=${YEAR}`);
    await expect(page.getByTestId("rule-set-thresholds")).toContainText("50,000");
    await expect(page.getByTestId("calendar-year")).toContainText(String(YEAR));
    await page.waitForLoadState("networkidle");

    await page.getByTestId("calendar-add").click();
    const form = page.getByTestId("calendar-add-form");
    await form.getByLabel(/^日期/).fill(DAY);
    await form.getByLabel(/^类型/).selectOption("HOLIDAY");
    await form.getByLabel(/^名称/).fill(NAME);
    await page.getByTestId("calendar-add-form-submit").click();

    await expect(page.getByTestId("calendar-result")).toContainText(DAY);
    const group = page.getByTestId("calendar-group").filter({ hasText: NAME });
    await expect(group).toContainText("节假日");
    await expect(group.getByTestId(`calendar-day-${DAY}`)).toContainText("周三");

    // The same day again is refused beside the day field, and nothing is written twice.
    await page.getByTestId("calendar-add").click();
    await form.getByLabel(/^日期/).fill(DAY);
    await form.getByLabel(/^名称/).fill(NAME);
    await page.getByTestId("calendar-add-form-submit").click();
    await expect(form).toContainText("该日期已在工作日历中");
    await page.keyboard.press("Escape");
    await expect(form).toBeHidden();

    await group.getByTestId(`calendar-remove-${DAY}`).click();
    await expect(page.getByTestId(`calendar-day-${DAY}`)).toHaveCount(0);
  });

  test("an officer sees the rules and the calendar read-only", async ({ page }) => {
    await signIn(page, "officer");
    await page.goto("/reports/settings?year=2026");
    await expect(page.getByTestId("report-settings-read-only")).toBeVisible();
    await expect(page.getByTestId("rule-set")).toContainText("5 个工作日");
    await expect(page.getByTestId("threshold-NATURAL_CROSS_BORDER")).toContainText("200,000");
    await expect(page.getByTestId("calendar-group").filter({ hasText: "国庆节" }).first()).toBeVisible();
    await expect(page.getByTestId("calendar-add")).toHaveCount(0);
    await expect(page.getByTestId("rule-set-new")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^删除/ })).toHaveCount(0);
  });
});
