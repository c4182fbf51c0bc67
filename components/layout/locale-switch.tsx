"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocaleAction } from "@/lib/i18n/actions";
import { LOCALES } from "@/lib/i18n/lookup";
import { useLocale, useMessages } from "@/lib/i18n/provider";

// Each language named in itself ("中文", "English"), from the locale namespace.
export function LocaleSwitch() {
  const locale = useLocale();
  const label = useMessages("header").language;
  const names = useMessages("locale");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div role="group" aria-label={label} className="inline-flex rounded-md border border-border bg-surface p-0.5 text-xs" aria-busy={pending}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === locale}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              await setLocaleAction({ locale: option });
              router.refresh();
            })
          }
          className={
            option === locale
              ? "rounded px-2 py-1 font-medium bg-brand-600 text-white"
              : "rounded px-2 py-1 text-ink-muted hover:bg-surface-muted hover:text-ink"
          }
        >
          {names[option]}
        </button>
      ))}
    </div>
  );
}
