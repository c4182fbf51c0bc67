import type { ReactNode } from "react";
import { clsx } from "clsx";

export type EmptyStateProps = {
  icon?: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  className?: string;
};

export function EmptyState({ icon, title, description, action, className }: EmptyStateProps) {
  return (
    <div className={clsx("flex flex-col items-center justify-center px-6 py-10 text-center", className)}>
      {icon ? (
        <div
          aria-hidden
          className="mb-3 flex size-10 items-center justify-center rounded-full border border-border bg-surface-muted text-ink-subtle [&_svg]:size-5"
        >
          {icon}
        </div>
      ) : null}
      <p className="text-sm font-semibold text-ink-strong">{title}</p>
      {description ? <p className="mt-1 max-w-sm text-sm text-ink-subtle">{description}</p> : null}
      {action ? <div className="mt-4 flex items-center gap-2">{action}</div> : null}
    </div>
  );
}
