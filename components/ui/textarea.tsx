import type { ComponentPropsWithRef } from "react";
import { clsx } from "clsx";
import { controlClassName } from "./input";

export type TextareaProps = ComponentPropsWithRef<"textarea">;

export function Textarea({ className, rows = 3, ...props }: TextareaProps) {
  return <textarea rows={rows} className={clsx(controlClassName, "min-h-16 px-2.5 py-1.5 read-only:bg-surface-muted", className)} {...props} />;
}
