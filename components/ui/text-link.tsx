// A link in running text or a table cell, to a person or a record (a customer, a submission, a staff member,
// an audit event): always underlined, so it never differs from the text around it by colour alone (WCAG
// 1.4.1; axe "link-in-text-block"), and the same everywhere so staff learn one look. Buttons that navigate
// use buttonClassName instead.
import type { ComponentProps } from "react";
import Link from "next/link";
import { clsx } from "clsx";

/** For anchors that are not next/link (a download, a plain <a>), and for tests that want the one style. */
export const textLinkClassName =
  "rounded-xs text-brand-700 underline decoration-brand-300 decoration-1 underline-offset-2 hover:text-brand-800 hover:decoration-brand-700 hover:decoration-2";

export function TextLink({ className, prefetch = false, ...props }: ComponentProps<typeof Link>) {
  return <Link prefetch={prefetch} className={clsx(textLinkClassName, className)} {...props} />;
}
