import type { ReactNode } from "react";
import { clsx } from "clsx";
import { Label } from "./label";

// Convention: the error text has id `${htmlFor}-error` and the hint `${htmlFor}-hint`.
// The control opts in with aria-describedby={fieldDescribedBy(id, error, hint)} and aria-invalid.
export function fieldErrorId(htmlFor: string): string {
  return `${htmlFor}-error`;
}

export function fieldHintId(htmlFor: string): string {
  return `${htmlFor}-hint`;
}

/** The aria-describedby value for a control inside a Field, or undefined when there is nothing to describe. */
export function fieldDescribedBy(htmlFor: string, error?: ReactNode, hint?: ReactNode): string | undefined {
  const ids = [hint ? fieldHintId(htmlFor) : null, error ? fieldErrorId(htmlFor) : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export type FieldProps = {
  label: ReactNode;
  htmlFor: string;
  error?: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  children: ReactNode;
};

export function Field({ label, htmlFor, error, hint, required, className, children }: FieldProps) {
  return (
    <div className={clsx("flex flex-col gap-1.5", className)}>
      <Label htmlFor={htmlFor} required={required}>
        {label}
      </Label>
      {children}
      {hint ? (
        <p id={fieldHintId(htmlFor)} className="text-xs text-ink-subtle">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={fieldErrorId(htmlFor)} className="text-xs font-medium text-danger-fg">
          {error}
        </p>
      ) : null}
    </div>
  );
}
