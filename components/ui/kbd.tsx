import type { ComponentPropsWithRef } from "react";
import { clsx } from "clsx";

export function Kbd({ className, ...props }: ComponentPropsWithRef<"kbd">) {
  return (
    <kbd
      className={clsx(
        "inline-flex h-5 min-w-5 items-center justify-center rounded-sm border border-border-strong border-b-2 bg-surface px-1 font-mono text-[11px] leading-none font-medium text-ink-muted",
        className,
      )}
      {...props}
    />
  );
}
