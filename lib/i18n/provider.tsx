"use client";
// Strings and locale for client components: the console layout and each area's layout put the namespaces
// their pages need into context (server-side, from the typed catalogues), and components read them with a
// hook instead of receiving `m`, `t` and `locale` through every level. Nested providers add namespaces.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import { translatorOver, type Locale, type Translate } from "@/lib/i18n/lookup";

interface I18nValue {
  locale: Locale;
  messages: Partial<Messages>;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ locale, messages, children }: { locale: Locale; messages: Partial<Messages>; children: ReactNode }) {
  const parent = useContext(I18nContext);
  const value = useMemo<I18nValue>(() => ({ locale, messages: parent ? { ...parent.messages, ...messages } : messages }), [locale, messages, parent]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error("No I18nProvider above this component: render it inside the console layout.");
  return value;
}

export function useLocale(): Locale {
  return useI18n().locale;
}

/** One namespace of the catalogue, typed; the layout above must have provided it. */
export function useMessages<N extends keyof Messages>(namespace: N): Messages[N] {
  const messages = useI18n().messages[namespace];
  if (!messages) throw new Error(`Messages "${namespace}" were not provided: add it to the area layout's namespaces.`);
  return messages as Messages[N];
}

/** Dot-path lookup over the provided namespaces (for keys that come from the server, such as error codes). */
export function useTranslate(): Translate {
  const { messages } = useI18n();
  return useMemo(() => translatorOver(messages), [messages]);
}
