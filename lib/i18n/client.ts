"use client";
// For the few client components that cannot receive their strings from a server component (error
// boundaries): the same catalogue, with the locale read from the cookie the locale switch sets.
import { useMemo } from "react";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, translator, type Translate } from "@/lib/i18n/translate";

export function useClientTranslator(): Translate {
  return useMemo(() => {
    const match = typeof document === "undefined" ? null : document.cookie.match(new RegExp(`(?:^|; )${LOCALE_COOKIE}=([^;]+)`));
    const value = match?.[1] ? decodeURIComponent(match[1]) : null;
    return translator(isLocale(value) ? value : DEFAULT_LOCALE);
  }, []);
}
