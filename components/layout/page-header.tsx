import type { ReactNode } from "react";
import Link from "next/link";
import { ChevronRight } from "lucide-react";

export type Breadcrumb = { label: ReactNode; href?: string };

export type PageHeaderProps = {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** Ancestors of this page; the page itself is the title, so it is not repeated here. */
  breadcrumbs?: Breadcrumb[];
  /** Accessible name of the breadcrumb nav. */
  breadcrumbsLabel?: string;
  /** Extra content under the title, e.g. status badges or Tabs. */
  children?: ReactNode;
};

export function PageHeader({ title, description, actions, breadcrumbs, breadcrumbsLabel, children }: PageHeaderProps) {
  return (
    <div className="mb-5">
      {breadcrumbs && breadcrumbs.length > 0 ? (
        <nav aria-label={breadcrumbsLabel} className="mb-1.5">
          <ol className="flex flex-wrap items-center gap-1 text-xs text-ink-subtle">
            {breadcrumbs.map((crumb, index) => (
              <li key={index} className="flex items-center gap-1">
                {index > 0 ? <ChevronRight aria-hidden className="size-3 text-ink-disabled" /> : null}
                {crumb.href ? (
                  <Link href={crumb.href} className="rounded-sm hover:text-ink hover:underline">
                    {crumb.label}
                  </Link>
                ) : (
                  <span>{crumb.label}</span>
                )}
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-3">
        <div className="min-w-0">
          <h1 className="text-xl leading-7 font-semibold tracking-tight text-ink-strong">{title}</h1>
          {description ? <p className="mt-1 max-w-3xl text-sm text-ink-subtle">{description}</p> : null}
        </div>
        {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
      </div>
      {children ? <div className="mt-3">{children}</div> : null}
    </div>
  );
}
