import type { ComponentPropsWithRef } from "react";
import { clsx } from "clsx";
import { controlClassName } from "./input";

export type SelectProps = ComponentPropsWithRef<"select">;

/** Native select: best keyboard and screen-reader support, styled to match Input. */
export function Select({ className, children, ...props }: SelectProps) {
  return (
    <select
      className={clsx(controlClassName, "bg-chevron h-8 cursor-pointer appearance-none pr-8 pl-2.5", className)}
      {...props}
    >
      {children}
    </select>
  );
}
