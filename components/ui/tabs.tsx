import type { ReactNode } from "react";
import Link from "next/link";
import { clsx } from "clsx";

export type TabItem = {
  href: string;
  label: ReactNode;
  active: boolean;
  /** Optional count shown after the label. */
  count?: number | string;
};

export type TabsProps = {
  items: TabItem[];
  /** Accessible name of the tab navigation. */
  label?: string;
  className?: string;
};

/** Link-based tabs: each tab is a URL, so they work without JavaScript and survive reloads. */
export function Tabs({ items, label, className }: TabsProps) {
  return (
    <nav aria-label={label} className={clsx("border-b border-border", className)}>
      <ul className="-mb-px flex gap-5 overflow-x-auto">
        {items.map((item) => (
          <li key={item.href} className="shrink-0">
            <Link
              href={item.href}
              aria-current={item.active ? "page" : undefined}
              className={clsx(
                "inline-flex h-9 items-center gap-1.5 border-b-2 text-sm font-medium transition-colors focus-visible:outline-offset-[-2px]",
                item.active
                  ? "border-brand-600 text-brand-700"
                  : "border-transparent text-ink-muted hover:border-border-strong hover:text-ink",
              )}
            >
              {item.label}
              {item.count != null ? (
                <span
                  className={clsx(
                    "num rounded-full px-1.5 text-xs leading-[18px]",
                    item.active ? "bg-brand-100 text-brand-800" : "bg-neutral-bg text-ink-muted",
                  )}
                >
                  {item.count}
                </span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
