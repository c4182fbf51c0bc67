// Customer search and the customer 360, as a compliance officer works a complaint: find the customer by
// pinyin, open their record, see the ID number masked, reveal it with a reason, add a note (it shows in
// the notes and in the staff-actions timeline), then find them again by mobile number. An auditor reads
// the record without reveal or note controls; marketing cannot open customers at all.
import { expect, test, type Page } from "@playwright/test";
import { showPii } from "@/lib/privacy/policy";
import { namePinyin } from "@/lib/text/pinyin";
import { atEveryLayout, expectFits } from "./support/layout";
import { demoStaff, signIn } from "./support/staff";

async function search(page: Page, query: string) {
  await page.getByLabel("搜索客户").fill(query);
  await page.getByTestId("customer-search-submit").click();
  await expect(page).toHaveURL(new RegExp(`/customers\\?q=`));
}

test.describe("customers", () => {
  test("an officer finds a customer by pinyin, reveals the ID number with a reason, adds a note, and finds them again by phone", async ({ page }) => {
    const officer = demoStaff("officer");
    await signIn(page, "officer");
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "客户", exact: true }).click();
    await expect(page).toHaveURL("/customers");
    await expect(page.getByRole("heading", { level: 1, name: "客户" })).toBeVisible();

    // The newest customers are listed; take one whose pinyin we can type like staff do ("Zhang Wei").
    const first = page.getByTestId("customer-result").first();
    await expect(first).toBeVisible();
    const id = (await first.getAttribute("data-customer-id"))!;
    // The list masks names (lib/privacy/policy.ts): the customer's own record shows the whole name to type.
    await first.getByRole("link").click();
    const name = (await page.getByTestId("customer-header").getByRole("heading", { level: 1 }).textContent())!.trim();
    await page.goto("/customers");
    const typed = namePinyin(name).replace(/\b\w/g, (c) => c.toUpperCase());
    await search(page, typed);
    await expect(page.getByTestId("customer-search-summary")).toHaveAttribute("data-kind", "pinyin");
    const row = page.locator(`[data-testid="customer-result"][data-customer-id="${id}"]`);
    await expect(row).toBeVisible();
    await expect(row).toContainText(/\d{6}\*{8}[\dX]{4}/);
    await row.getByRole("link", { name: showPii("list", "name", name) }).click();

    await expect(page).toHaveURL(`/customers/${id}`);
    const header = page.getByTestId("customer-header");
    await expect(header.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(header.getByTestId("customer-id")).toHaveText(id);

    // Masked until revealed with a reason; a too-short reason is refused beside the field.
    const idNumber = page.getByTestId("pii-customer-idNumber");
    await expect(idNumber).toHaveAttribute("data-masked", "true");
    await expect(idNumber).toHaveText(/^\d{6}\*{8}[\dX]{4}已遮盖$/);
    await page.getByTestId("pii-reveal-open").click();
    const dialog = page.getByRole("dialog", { name: "查看完整个人信息" });
    await dialog.getByLabel("身份证号").check();
    await dialog.getByLabel("手机号").check();
    await dialog.getByLabel("查看原因").fill("短");
    await dialog.getByTestId("pii-reveal-submit").click();
    await expect(dialog).toContainText("至少需要 5 个字符");
    await dialog.getByLabel("查看原因").fill("客户来电投诉，核对身份证号");
    await dialog.getByTestId("pii-reveal-submit").click();
    await expect(dialog).toBeHidden();
    await expect(idNumber).toHaveAttribute("data-masked", "false");
    await expect(idNumber).toHaveText(/^\d{17}[\dX]已显示完整信息$/);
    const phone = (await page.getByTestId("pii-customer-phone").textContent())!.replace(/\D/g, "");
    expect(phone).toHaveLength(11);

    // A note appears in the notes card and, with the reveal, in the staff-actions timeline.
    const body = `客户投诉重复扣款 ${Date.now()}`;
    await page.getByLabel("新备注").fill(body);
    await page.getByTestId("customer-note-submit").click();
    await expect(page.getByTestId("customer-note-added")).toBeVisible();
    await expect(page.getByTestId("customer-notes").getByTestId("customer-note").first()).toContainText(body);
    const timeline = page.getByTestId("customer-timeline");
    await expect(timeline.locator('[data-action="customer.note"]').first()).toContainText(body);
    await expect(timeline.locator('[data-action="customer.note"]').first()).toContainText(officer.name);
    await expect(timeline.locator('[data-action="pii.reveal"]').first()).toContainText("客户来电投诉，核对身份证号");
    await expect(timeline.locator('[data-action="customer.view"]').first()).toContainText(officer.name);

    // A reload masks again; the mobile number finds exactly this customer.
    await page.reload();
    await expect(page.getByTestId("pii-customer-idNumber")).toHaveAttribute("data-masked", "true");
    await page.goto("/customers");
    await search(page, `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`);
    await expect(page.getByTestId("customer-search-summary")).toHaveAttribute("data-kind", "phone");
    await expect(page.getByTestId("customer-result")).toHaveCount(1);
    await expect(page.getByTestId("customer-result")).toHaveAttribute("data-customer-id", id);
  });

  test("an auditor reads a customer's record but has no reveal button and no note form", async ({ page }) => {
    await signIn(page, "auditor");
    await page.goto("/customers");
    const first = page.getByTestId("customer-result").first();
    const id = (await first.getAttribute("data-customer-id"))!;
    await first.getByRole("link").click();
    await expect(page).toHaveURL(`/customers/${id}`);
    await expect(page.getByTestId("customer-header")).toBeVisible();
    await expect(page.getByTestId("pii-customer-idNumber")).toHaveAttribute("data-masked", "true");
    await expect(page.getByTestId("customer-notes")).toContainText("您的角色只能查看备注。");
    await expect(page.getByTestId("pii-reveal-open")).toHaveCount(0);
    await expect(page.getByTestId("customer-note-form")).toHaveCount(0);
  });

  test("a search the page cannot use says so instead of listing the newest customers", async ({ page }) => {
    await signIn(page, "officer");
    // Pasted into the address bar: longer than the box accepts.
    await page.goto(`/customers?q=${encodeURIComponent("王".repeat(200))}`);
    const invalid = page.getByTestId("customer-search-invalid");
    await expect(invalid).toHaveAttribute("data-reason", "tooLong");
    await expect(invalid).toContainText("最多 100 个字符，收到的是 200 个");
    await expect(page.getByTestId("customer-result")).toHaveCount(0);
    // A link whose page position or filter cannot be read says it was ignored.
    await page.goto("/customers?after=not-a-position&wallet=ASLEEP");
    await expect(page.getByTestId("customer-search-ignored")).toContainText("钱包状态筛选、翻页位置");
    await expect(page.getByTestId("customer-result").first()).toBeVisible();
  });

  test("the list and the 360 fit 1280 and 1440 px in English and Chinese; a box that scrolls is reachable by keyboard", async ({ page, context, baseURL }) => {
    await signIn(page, "officer");
    await page.goto("/customers?wallet=ACTIVE");
    const id = (await page.getByTestId("customer-result").first().getAttribute("data-customer-id"))!;
    await atEveryLayout(page, context, baseURL!, async (where, locale, width) => {
      for (const path of ["/customers", `/customers/${id}`]) {
        await page.goto(path);
        await expect(page.locator("main table").first()).toBeVisible();
        if (path !== "/customers") await expect(page.getByTestId("customer-recent-transactions").locator("tbody tr").first()).toBeVisible();
        // No table is clipped: nothing in the page scrolls sideways...
        const clipped = await page.locator("main").evaluate((main) =>
          [...main.querySelectorAll("*")]
            .filter((el) => el.scrollWidth > el.clientWidth + 1 && ["auto", "scroll", "hidden"].includes(getComputedStyle(el).overflowX) && el.querySelector("table"))
            .map((el) => `${el.closest("[data-testid]")?.getAttribute("data-testid") ?? el.tagName}: ${el.scrollWidth} > ${el.clientWidth}`),
        );
        expect(clipped, `${path} in ${where}`).toEqual([]);
        // ...the last column of the recent transactions is on screen...
        if (path !== "/customers") {
          const card = page.getByTestId("customer-recent-transactions");
          await expectFits(card.locator("[data-table-scroller]"), card.locator("tbody tr").first().getByTestId("transaction-status"), width, where);
        }
        // ...and any box that does scroll (a long timeline) is a named region in the tab order (axe: scrollable-region-focusable).
        const unreachable = await page.locator("main").evaluate((main) =>
          [...main.querySelectorAll("*")]
            .filter((el) => {
              const style = getComputedStyle(el);
              const scrolls = (el.scrollWidth > el.clientWidth + 1 && ["auto", "scroll"].includes(style.overflowX)) || (el.scrollHeight > el.clientHeight + 1 && ["auto", "scroll"].includes(style.overflowY));
              return scrolls && el !== main && !((el as HTMLElement).tabIndex >= 0 && el.getAttribute("aria-label"));
            })
            .map((el) => el.closest("[data-testid]")?.getAttribute("data-testid") ?? el.tagName),
        );
        expect(unreachable, `${path} in ${where}`).toEqual([]);
        await page.screenshot({ path: `test-results/customers-${path === "/customers" ? "list" : "360"}-${locale}-${width}.png`, fullPage: true });
      }
    });
  });

  test("the 360's timeline, once it scrolls, is a named region in the tab order", async ({ page }) => {
    await signIn(page, "officer");
    await page.goto("/customers?wallet=ACTIVE");
    const id = (await page.getByTestId("customer-result").first().getAttribute("data-customer-id"))!;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/customers/${id}`);
    // Squeeze the box so it overflows whatever the customer's history, as a long history would.
    const box = page.getByTestId("customer-timeline-scroll");
    await box.evaluate((el) => ((el as HTMLElement).style.maxHeight = "3rem"));
    await expect(box).toHaveAttribute("tabindex", "0");
    await expect(box).toHaveAttribute("role", "region");
    await expect(box).toHaveAttribute("aria-label", "操作记录");
  });

  test("a marketing user cannot open customers", async ({ page }) => {
    await signIn(page, "marketing");
    await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "客户", exact: true })).toHaveCount(0);
    const response = await page.goto("/customers");
    expect(response?.status()).toBe(403);
    await expect(page.getByTestId("forbidden")).toBeVisible();
    expect((await page.goto("/customers/C00000001"))?.status()).toBe(403);
  });
});
