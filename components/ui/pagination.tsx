import type { ReactNode } from "react";
import Link from "next/link";
import { clsx } from "clsx";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { buttonClassName } from "./button";

export type CursorPaginationProps = {
  hasPrev: boolean;
  hasNext: boolean;
  prevHref?: string;
  nextHref?: string;
  prevLabel: string;
  nextLabel: string;
  /** Accessible name of the pagination nav. */
  label: string;
  /** Left-hand text such as "第 1–50 条". */
  summary?: ReactNode;
  className?: string;
};

/** Keyset pagination: previous / next only, each a plain link. */
export function CursorPagination({
  hasPrev,
  hasNext,
  prevHref,
  nextHref,
  prevLabel,
  nextLabel,
  label,
  summary,
  className,
}: CursorPaginationProps) {
  return (
    <nav aria-label={label} className={clsx("flex items-center justify-between gap-3", className)}>
      <div className="num min-w-0 truncate text-xs text-ink-subtle">{summary}</div>
      <div className="flex items-center gap-2">
        <PageLink href={hasPrev ? prevHref : undefined} rel="prev">
          <ChevronLeft aria-hidden />
          {prevLabel}
        </PageLink>
        <PageLink href={hasNext ? nextHref : undefined} rel="next">
          {nextLabel}
          <ChevronRight aria-hidden />
        </PageLink>
      </div>
    </nav>
  );
}

function PageLink({ href, rel, children }: { href?: string; rel: "prev" | "next"; children: ReactNode }) {
  const className = buttonClassName("secondary", "sm");
  if (!href) {
    // A disabled link is not a link: render inert text with the same footprint.
    return (
      <span aria-disabled="true" className={clsx(className, "pointer-events-none")}>
        {children}
      </span>
    );
  }
  return (
    <Link href={href} rel={rel} className={className}>
      {children}
    </Link>
  );
}
