import type { ComponentPropsWithRef, ReactNode } from "react";
import { clsx } from "clsx";

export type CardProps = Omit<ComponentPropsWithRef<"section">, "title"> & {
  title?: ReactNode;
  description?: ReactNode;
  /** Right side of the header row: buttons, links, a filter. */
  actions?: ReactNode;
};

/**
 * A bordered panel. Children render flush, so a DataTable can touch the edges;
 * wrap ordinary content in CardBody for padding.
 */
export function Card({ title, description, actions, className, children, ...props }: CardProps) {
  const hasHeader = title != null || description != null || actions != null;
  return (
    <section
      className={clsx("overflow-hidden rounded-lg border border-border bg-surface shadow-xs", className)}
      {...props}
    >
      {hasHeader ? (
        <header className="flex min-h-11 items-center justify-between gap-4 border-b border-border px-4 py-2.5">
          <div className="min-w-0">
            {title != null ? <h2 className="truncate text-sm font-semibold text-ink-strong">{title}</h2> : null}
            {description != null ? <p className="mt-0.5 text-xs text-ink-subtle">{description}</p> : null}
          </div>
          {actions != null ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
        </header>
      ) : null}
      {children}
    </section>
  );
}

export function CardBody({ className, ...props }: ComponentPropsWithRef<"div">) {
  return <div className={clsx("p-4", className)} {...props} />;
}

/** Optional muted strip at the bottom of a card (totals, pagination, secondary actions). */
export function CardFooter({ className, ...props }: ComponentPropsWithRef<"div">) {
  return (
    <div
      className={clsx("flex items-center justify-between gap-3 border-t border-border bg-surface-muted px-4 py-2", className)}
      {...props}
    />
  );
}
