import type { ComponentPropsWithRef } from "react";
import { clsx } from "clsx";
import { type Tone, toneSoftClassName, toneSolidClassName } from "./tone";

export type BadgeTone = Tone;

export type BadgeProps = ComponentPropsWithRef<"span"> & {
  tone?: Tone;
  /** A small leading status dot. */
  dot?: boolean;
};

export function Badge({ tone = "neutral", dot = false, className, children, ...props }: BadgeProps) {
  return (
    <span
      className={clsx(
        "inline-flex h-5 max-w-full shrink-0 items-center gap-1.5 rounded-full border px-2 text-xs leading-none font-medium whitespace-nowrap",
        toneSoftClassName[tone],
        className,
      )}
      {...props}
    >
      {dot ? (
        <span
          aria-hidden
          className={clsx("size-1.5 shrink-0 rounded-full", tone === "critical" ? "bg-white" : toneSolidClassName[tone])}
        />
      ) : null}
      <span className="truncate">{children}</span>
    </span>
  );
}
