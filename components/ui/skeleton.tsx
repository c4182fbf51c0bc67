import type { ReactNode } from "react";
import { clsx } from "clsx";

export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden className={clsx("animate-pulse rounded-md bg-surface-sunken", className)} />;
}

/** Screen-reader text for a loading region; the skeleton itself is hidden from assistive tech. */
function LoadingLabel({ label }: { label?: ReactNode }) {
  return label ? (
    <span role="status" className="sr-only">
      {label}
    </span>
  ) : null;
}

export function StatSkeleton({ label, className }: { label?: ReactNode; className?: string }) {
  return (
    <div className={clsx("rounded-lg border border-border bg-surface px-4 py-3 shadow-xs", className)}>
      <LoadingLabel label={label} />
      <Skeleton className="h-3 w-20" />
      <Skeleton className="mt-3 h-6 w-28" />
      <Skeleton className="mt-2 h-3 w-16" />
    </div>
  );
}

// Varied widths so the placeholder reads as text rather than a grid of bars.
const widths = ["w-3/4", "w-1/2", "w-2/3", "w-5/6", "w-2/5"];

export function TableSkeleton({
  rows = 8,
  columns = 5,
  label,
  className,
}: {
  rows?: number;
  columns?: number;
  label?: ReactNode;
  className?: string;
}) {
  return (
    <div className={clsx("w-full", className)}>
      <LoadingLabel label={label} />
      <div aria-hidden className="flex h-9 items-center gap-4 border-b border-border bg-surface-muted px-3">
        {Array.from({ length: columns }, (_, c) => (
          <Skeleton key={c} className="h-3 flex-1" />
        ))}
      </div>
      {Array.from({ length: rows }, (_, r) => (
        <div key={r} aria-hidden className="flex h-9 items-center gap-4 border-b border-border px-3 last:border-b-0">
          {Array.from({ length: columns }, (_, c) => (
            <div key={c} className="flex-1">
              <Skeleton className={clsx("h-3", widths[(r + c) % widths.length])} />
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
