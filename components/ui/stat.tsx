import type { ReactNode } from "react";
import Link from "next/link";
import { clsx } from "clsx";
import { ChevronRight } from "lucide-react";
import { type Tone, toneSolidClassName } from "./tone";

export type StatProps = {
  label: ReactNode;
  value: ReactNode;
  hint?: ReactNode;
  /** Colours the small left accent; omit for none. */
  tone?: Tone;
  /** When given, the whole tile is a link. */
  href?: string;
  className?: string;
};

/** A KPI tile for overview pages. */
export function Stat({ label, value, hint, tone, href, className }: StatProps) {
  const body = (
    <>
      {tone ? (
        <span aria-hidden className={clsx("absolute inset-y-3 left-0 w-[3px] rounded-r-full", toneSolidClassName[tone])} />
      ) : null}
      <span className="flex items-center justify-between gap-2">
        <span className="truncate text-xs font-medium text-ink-muted">{label}</span>
        {href ? (
          <ChevronRight
            aria-hidden
            className="size-4 shrink-0 text-ink-disabled transition-transform group-hover:translate-x-0.5 group-hover:text-ink-muted"
          />
        ) : null}
      </span>
      <span className="num mt-1.5 block truncate text-2xl leading-8 font-semibold tracking-tight text-ink-strong">
        {value}
      </span>
      {hint != null ? <span className="mt-0.5 block truncate text-xs text-ink-subtle">{hint}</span> : null}
    </>
  );

  const tile = "group relative block min-w-0 rounded-lg border border-border bg-surface px-4 py-3 shadow-xs";

  if (href) {
    return (
      <Link
        href={href}
        className={clsx(tile, "transition-colors hover:border-border-strong hover:bg-surface-muted", className)}
      >
        {body}
      </Link>
    );
  }
  return <div className={clsx(tile, className)}>{body}</div>;
}
