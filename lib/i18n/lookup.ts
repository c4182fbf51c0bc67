// Locales and message lookup without the catalogues themselves: client components import from here, so a
// page's JavaScript never carries both whole catalogues (translate.ts holds them, for the server).
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import { fill } from "@/lib/i18n/fill";

export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";
export const LOCALE_COOKIE = "wallet-locale";

type Paths<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = Paths<Messages>;
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A translator over a catalogue, or over the namespaces a client component was given (provider.tsx). */
export function translatorOver(messages: Partial<Messages>): Translate {
  return (key, values) => {
    let node: unknown = messages;
    for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node !== "string") return key;
    return values ? fill(node, values) : node;
  };
}
