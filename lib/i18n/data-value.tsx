// Stored data shown inside the UI's own language: a customer's or staff member's name, an address, a
// merchant, a note someone typed. It stays as it was written, so it is marked translate="no" (the HTML
// attribute for "a value, not prose to translate"); e2e/language.spec.ts skips what carries it and checks
// that everything else on a page is in the page's language. No server imports: both sides render it.
import { Fragment, type ReactNode } from "react";

export function DataValue({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <span translate="no" className={className}>
      {children}
    </span>
  );
}

/**
 * A message's {placeholders} filled with nodes, so a sentence can carry a data value as its own element
 * ("Hello, <DataValue>王丽华</DataValue>"); a placeholder without a value stays as written, as fill() does.
 */
export function fillNodes(template: string, values: Record<string, ReactNode>): ReactNode {
  const parts = template.split(/\{(\w+)\}/);
  return parts.map((part, index) => (index % 2 === 0 ? part : <Fragment key={index}>{part in values ? values[part] : `{${part}}`}</Fragment>));
}
