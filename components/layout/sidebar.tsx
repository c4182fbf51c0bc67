import type { ReactNode } from "react";
import Link from "next/link";
import { clsx } from "clsx";

export type SidebarItem = {
  href: string;
  label: string;
  /** A rendered icon, e.g. <ShieldCheck />; sized by the sidebar. */
  icon: ReactNode;
  active: boolean;
  /** A count such as open alerts. */
  badge?: string | number;
};

export type SidebarSection = {
  label?: string;
  items: SidebarItem[];
};

export type SidebarProps = {
  brand: ReactNode;
  sections: SidebarSection[];
  footer?: ReactNode;
  /** Accessible name of the navigation landmark. */
  label?: string;
};

export function Sidebar({ brand, sections, footer, label }: SidebarProps) {
  return (
    <aside className="flex h-full w-sidebar flex-col border-r border-border bg-surface-muted">
      <div className="flex h-header shrink-0 items-center border-b border-border px-4">{brand}</div>
      <nav aria-label={label} className="flex-1 overflow-y-auto px-2.5 py-3">
        {sections.map((section, index) => (
          <div key={section.label ?? index} className={clsx(index > 0 && "mt-5")}>
            {section.label ? (
              <p className="mb-1 px-2 text-xs font-medium text-ink-subtle">{section.label}</p>
            ) : null}
            <ul className="flex flex-col gap-px">
              {section.items.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={item.active ? "page" : undefined}
                    className={clsx(
                      "relative flex h-8 items-center gap-2.5 rounded-md px-2 text-sm transition-colors focus-visible:outline-offset-0",
                      "[&>svg]:size-4 [&>svg]:shrink-0",
                      item.active
                        ? "bg-brand-50 font-medium text-brand-800 [&>svg]:text-brand-600"
                        : "text-ink-muted hover:bg-surface-hover hover:text-ink [&>svg]:text-ink-subtle",
                    )}
                  >
                    {item.active ? (
                      <span aria-hidden className="absolute inset-y-1.5 -left-2.5 w-[3px] rounded-r-full bg-brand-600" />
                    ) : null}
                    {item.icon}
                    <span className="min-w-0 flex-1 truncate">{item.label}</span>
                    {item.badge != null && item.badge !== "" ? (
                      <span
                        className={clsx(
                          "num min-w-5 rounded-full px-1.5 text-center text-xs leading-[18px] font-medium",
                          item.active ? "bg-brand-100 text-brand-800" : "bg-neutral-bg text-neutral-fg",
                        )}
                      >
                        {item.badge}
                      </span>
                    ) : null}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      {footer ? <div className="shrink-0 border-t border-border px-3 py-3">{footer}</div> : null}
    </aside>
  );
}
