// Tables fit the screen (issue 10, item 9): checked in both languages at the two widths staff use, with
// nothing scrolling sideways and the last column's content on screen rather than cut at the edge.
import { expect, type BrowserContext, type Locator, type Page } from "@playwright/test";

export const LAYOUT_LOCALES = ["en", "zh-CN"] as const;
export const LAYOUT_WIDTHS = [1280, 1440] as const;

/** Runs `check` once per language and width, with the language cookie set and the viewport resized. */
export async function atEveryLayout(page: Page, context: BrowserContext, baseURL: string, check: (where: string, locale: (typeof LAYOUT_LOCALES)[number], width: number) => Promise<void>) {
  for (const locale of LAYOUT_LOCALES) {
    await context.addCookies([{ name: "wallet-locale", value: locale, url: baseURL }]);
    for (const width of LAYOUT_WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await check(`${locale} at ${width}px`, locale, width);
    }
  }
}

/** The scroller does not scroll sideways and `lastCell` ends inside it and inside the window. */
export async function expectFits(scroller: Locator, lastCell: Locator, width: number, where: string) {
  expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth), where).toBeLessThanOrEqual(0);
  const cell = (await lastCell.boundingBox())!;
  const box = (await scroller.boundingBox())!;
  expect(cell.x + cell.width, where).toBeLessThanOrEqual(Math.min(box.x + box.width, width));
}
