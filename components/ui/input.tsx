import type { ComponentPropsWithRef } from "react";
import { clsx } from "clsx";

/** Shared look of text-like controls (Input, Select, Textarea). */
export const controlClassName =
  "block w-full rounded-md border border-border-strong bg-surface text-sm text-ink shadow-xs " +
  "placeholder:text-ink-subtle transition-colors hover:border-ink-disabled " +
  "focus-visible:border-focus focus-visible:outline-offset-0 " +
  "disabled:cursor-not-allowed disabled:bg-surface-sunken disabled:text-ink-subtle disabled:hover:border-border-strong " +
  "aria-invalid:border-danger-solid aria-invalid:focus-visible:outline-danger-solid";

export type InputProps = ComponentPropsWithRef<"input">;

export function Input({ className, type = "text", ...props }: InputProps) {
  return <input type={type} className={clsx(controlClassName, "h-8 px-2.5 read-only:bg-surface-muted", className)} {...props} />;
}
