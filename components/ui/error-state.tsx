import type { ReactNode } from "react";
import { clsx } from "clsx";
import { TriangleAlert } from "lucide-react";

export type ErrorStateProps = {
  title: ReactNode;
  description?: ReactNode;
  /** An error id the user can quote to support; shown in monospace and selectable. */
  reference?: string;
  /** Text before the reference, e.g. "Reference" / "错误编号". */
  referenceLabel?: ReactNode;
  action?: ReactNode;
  className?: string;
};

export function ErrorState({ title, description, reference, referenceLabel, action, className }: ErrorStateProps) {
  return (
    <div className={clsx("flex flex-col items-center justify-center px-6 py-10 text-center", className)}>
      <div
        aria-hidden
        className="mb-3 flex size-10 items-center justify-center rounded-full border border-danger-border bg-danger-bg text-danger-fg"
      >
        <TriangleAlert className="size-5" />
      </div>
      <p className="text-sm font-semibold text-ink-strong">{title}</p>
      {description ? <p className="mt-1 max-w-md text-sm text-ink-subtle">{description}</p> : null}
      {reference ? (
        <p className="mt-3 inline-flex items-center gap-1.5 rounded-md border border-border bg-surface-muted px-2 py-1 text-xs text-ink-muted">
          {referenceLabel ? <span>{referenceLabel}</span> : null}
          <code className="font-mono text-ink select-all">{reference}</code>
        </p>
      ) : null}
      {action ? <div className="mt-4 flex items-center gap-2">{action}</div> : null}
    </div>
  );
}
