// A small read-only table for short server-rendered lists (the 360's cards, the customer list): dense rows, a hidden caption.
// (The design system's DataTable is for client-side, sortable lists; these are short server-rendered ones.)
import type { ReactNode } from "react";
import { clsx } from "clsx";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const cellClassName = "border-b border-border px-3 py-2 align-top text-sm text-ink group-last/row:border-b-0";

export function PlainTable({ caption, headers, children, testId }: { caption: string; headers: { label: string; align?: "end" }[]; children: ReactNode; testId?: string }) {
  return (
    <ScrollRegion label={caption} className="overflow-x-auto">
      <table className="w-full border-separate border-spacing-0" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th
                key={header.label}
                scope="col"
                className={clsx("h-9 border-b border-border bg-surface-muted px-3 text-xs font-medium whitespace-nowrap text-ink-muted", header.align === "end" ? "text-right" : "text-left")}
              >
                {header.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}
