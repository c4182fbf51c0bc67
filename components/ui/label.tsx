import type { ComponentPropsWithRef } from "react";
import { clsx } from "clsx";

export type LabelProps = ComponentPropsWithRef<"label"> & {
  /** Adds a decorative asterisk; the control itself must still carry `required`. */
  required?: boolean;
};

export function Label({ className, required, children, ...props }: LabelProps) {
  return (
    <label className={clsx("inline-flex items-center gap-0.5 text-sm font-medium text-ink", className)} {...props}>
      {children}
      {required ? (
        <span aria-hidden className="text-danger-fg">
          *
        </span>
      ) : null}
    </label>
  );
}
