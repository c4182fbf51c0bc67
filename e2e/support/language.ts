// Finds UI text on a page that is not in the page's language: Chinese characters on an English page,
// English words on a Chinese one. What the console shows as stored data (a customer's name, an address, a
// merchant, a note someone typed, a staff member's name) is not UI text and stays in its own language: the
// components mark it with translate="no" (the HTML attribute that tells translators and screen readers'
// translation features "a value, leave it alone"), and text inside an element whose lang differs from the
// page (the locale switch's "中文" / "English") is that element's language. Both are skipped here.
import type { Page } from "@playwright/test";

export type UiLocale = "zh-CN" | "en";

export interface Stray {
  /** Where: the nearest element with a test id or role, then the tag path. */
  where: string;
  text: string;
}

/**
 * What a Chinese page may show in Latin letters, explicitly:
 * - codes: two or three capitals (KYC, BIN, CSV, CNY, ISO country and currency codes, II/III account
 *   classes), TOTP, HMAC and JSON; a raw enum value such as PENDING or IN_REVIEW is not one;
 * - identifiers: tokens with a digit, @ or dot (ids, emails, hashes, IPs), lower-case snake_case ids
 *   (staff_auditor) and camelCase field codes (approvalPending);
 * - text in <code>, <kbd> and <samp> (codes and key names) and a browser's user-agent string;
 * - the brand names and units below.
 */
const ZH_ALLOWED_WORDS = [
  "Wallet", "Console", "Microsoft", "Google", "Authenticator", "App", "UnionPay", "Visa", "Mastercard", "px",
  // Browsers and systems, as the account page names a sign-in's device.
  "Chrome", "Chromium", "Safari", "Firefox", "Edge", "Opera", "Windows", "macOS", "Linux", "Ubuntu", "Android", "iOS", "iPhone", "iPad",
  // The customer search's hint shows what a person may type: a pinyin prefix.
  "zhangw",
];

export async function straysOnPage(page: Page, locale: UiLocale): Promise<Stray[]> {
  return page.evaluate(
    ({ locale, allowed }) => {
      const cjk = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff01-\uff60]/;
      const words = /[A-Za-z][A-Za-z0-9_.@'’-]*[A-Za-z0-9]|[A-Za-z]{2,}/g;
      const code = /^[A-Z]{2,3}$|^(TOTP|HMAC|JSON)$/;
      const identifier = /[0-9@.]|^[a-z]+(_[a-z]+)+$|^[a-z]+[A-Z]\w*$/;
      const userAgent = /^Mozilla\/\d/;
      function strayText(text: string): string | null {
        if (locale === "en") return cjk.test(text) ? text.trim() : null;
        if (userAgent.test(text)) return null;
        const english = (text.match(words) ?? []).filter((w) => !code.test(w) && !identifier.test(w) && !allowed.includes(w));
        return english.length ? text.trim() : null;
      }
      function excluded(element: Element | null): boolean {
        for (let node = element; node; node = node.parentElement) {
          if (node.getAttribute("translate") === "no") return true;
          const lang = node.getAttribute("lang");
          if (lang) return lang !== locale && node !== document.documentElement;
          if (["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "CODE", "KBD", "SAMP"].includes(node.tagName)) return true;
        }
        return false;
      }
      function where(element: Element): string {
        const parts: string[] = [];
        for (let node: Element | null = element; node && node !== document.body && parts.length < 4; node = node.parentElement) {
          const id = node.getAttribute("data-testid");
          parts.unshift(id ? `[${id}]` : node.tagName.toLowerCase());
          if (id) break;
        }
        return parts.join(" > ");
      }
      const found: { where: string; text: string }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || excluded(parent)) continue;
        const text = strayText(node.textContent ?? "");
        if (text) found.push({ where: where(parent), text });
      }
      for (const element of document.body.querySelectorAll("[title], [aria-label], [placeholder], [alt]")) {
        if (excluded(element)) continue;
        for (const attribute of ["title", "aria-label", "placeholder", "alt"]) {
          const value = element.getAttribute(attribute);
          const text = value ? strayText(value) : null;
          if (text) found.push({ where: `${where(element)}@${attribute}`, text });
        }
      }
      // The document title may repeat a value the page shows marked (a staff member's name): not UI text.
      // Longest first, so a name is taken out whole before its initial (the header's avatar) is.
      const values = [...document.body.querySelectorAll("[translate=no]")].map((v) => v.textContent?.trim() ?? "").filter(Boolean);
      let titleText = document.title;
      for (const value of values.sort((a, b) => b.length - a.length)) titleText = titleText.split(value).join(" ");
      const title = strayText(titleText);
      if (title) found.push({ where: "<title>", text: document.title });
      // A mark on the page itself, or on the main region, would hide everything: only values may carry it.
      const main = document.querySelector("main");
      if (main && excluded(main)) found.push({ where: "main", text: "<main> or an ancestor is marked as a data value" });
      return found;
    },
    { locale, allowed: ZH_ALLOWED_WORDS },
  );
}
