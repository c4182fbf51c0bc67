// The signed-in person's language on the server: a cookie set by the locale switch, zh-CN by default.
import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { CATALOGUES, DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, translator, type Locale, type Translate } from "@/lib/i18n/translate";
import type { Messages } from "@/lib/i18n/messages/zh-CN";

export const getLocale = cache(async (): Promise<Locale> => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
});

export async function getTranslator(): Promise<{ t: Translate; locale: Locale }> {
  const locale = await getLocale();
  return { t: translator(locale), locale };
}

/** The signed-in person's whole catalogue, for server components that hand a namespace on. */
export async function getMessages(): Promise<Messages> {
  return CATALOGUES[await getLocale()];
}
