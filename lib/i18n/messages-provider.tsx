// Server side of the i18n provider: picks the namespaces a layout's client components use from the
// signed-in person's catalogue, so only those strings travel to the browser.
import "server-only";
import type { ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import { I18nProvider } from "@/lib/i18n/provider";
import { getLocale } from "@/lib/i18n/server";
import { CATALOGUES } from "@/lib/i18n/translate";

export type Namespace = keyof Messages;

export async function MessagesProvider({ namespaces, children }: { namespaces: readonly Namespace[]; children?: ReactNode }) {
  const locale = await getLocale();
  const catalogue = CATALOGUES[locale];
  const messages: Partial<Messages> = {};
  for (const namespace of namespaces) (messages as Record<Namespace, unknown>)[namespace] = catalogue[namespace];
  return (
    <I18nProvider locale={locale} messages={messages}>
      {children}
    </I18nProvider>
  );
}
