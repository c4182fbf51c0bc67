import type { ComponentPropsWithRef } from "react";
import { clsx } from "clsx";
import { Loader2 } from "lucide-react";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";
export type ButtonSize = "sm" | "md";

const base =
  "inline-flex shrink-0 items-center justify-center gap-1.5 whitespace-nowrap rounded-md border font-medium " +
  "transition-colors select-none disabled:cursor-not-allowed aria-disabled:cursor-not-allowed " +
  "[&_svg]:size-4 [&_svg]:shrink-0";

const variants: Record<ButtonVariant, string> = {
  primary:
    "border-brand-600 bg-brand-600 text-ink-inverse shadow-xs not-disabled:hover:border-brand-700 not-disabled:hover:bg-brand-700 " +
    "not-disabled:active:bg-brand-800 disabled:not-aria-busy:border-brand-300 disabled:not-aria-busy:bg-brand-300 " +
    "aria-disabled:border-brand-300 aria-disabled:bg-brand-300",
  secondary:
    "border-border-strong bg-surface text-ink shadow-xs not-disabled:hover:bg-surface-hover not-disabled:active:bg-surface-sunken " +
    "disabled:not-aria-busy:text-ink-disabled aria-disabled:text-ink-disabled",
  ghost:
    "border-transparent bg-transparent text-ink-muted not-disabled:hover:bg-surface-hover not-disabled:hover:text-ink not-disabled:active:bg-surface-sunken " +
    "disabled:text-ink-disabled aria-disabled:text-ink-disabled",
  danger:
    "border-danger-solid bg-danger-solid text-ink-inverse shadow-xs not-disabled:hover:border-critical-solid not-disabled:hover:bg-critical-solid " +
    "disabled:not-aria-busy:border-danger-border disabled:not-aria-busy:bg-danger-border disabled:not-aria-busy:text-danger-fg " +
    "aria-disabled:opacity-60",
};

const sizes: Record<ButtonSize, string> = {
  sm: "h-7 px-2.5 text-xs",
  md: "h-8 px-3 text-sm",
};

/** Classes for anything that should look like a button, e.g. a Next `<Link>`. */
export function buttonClassName(variant: ButtonVariant = "secondary", size: ButtonSize = "md"): string {
  return clsx(base, variants[variant], sizes[size]);
}

export type ButtonProps = ComponentPropsWithRef<"button"> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Shows a spinner, sets aria-busy and disables the button. */
  loading?: boolean;
};

export function Button({
  variant = "secondary",
  size = "md",
  loading = false,
  disabled,
  type = "button",
  className,
  children,
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      className={clsx(buttonClassName(variant, size), loading && "cursor-progress!", className)}
      {...props}
    >
      {loading ? <Loader2 aria-hidden className="animate-spin" /> : null}
      {children}
    </button>
  );
}
