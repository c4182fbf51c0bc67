// Message lookup on the server: typed dot-paths into the zh-CN catalogue, {name} placeholders. Client
// components get their namespaces from the provider (provider.tsx) and never import this file.
import { en } from "@/lib/i18n/messages/en";
import { zhCN, type Messages } from "@/lib/i18n/messages/zh-CN";
import { fill } from "@/lib/i18n/fill";
import { translatorOver, type Locale, type Translate } from "@/lib/i18n/lookup";

export { fill };
export { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, LOCALES, translatorOver } from "@/lib/i18n/lookup";
export type { Locale, MessageKey, Translate } from "@/lib/i18n/lookup";

export const CATALOGUES: Readonly<Record<Locale, Messages>> = { "zh-CN": zhCN, en };

export function translator(locale: Locale): Translate {
  return translatorOver(CATALOGUES[locale]);
}
