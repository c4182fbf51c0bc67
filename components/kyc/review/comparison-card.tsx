// Entered vs. read from the documents, one row per field. A difference is marked three ways: the row's
// tint, an icon and the word "differs", so it never depends on seeing colour.
import { CircleCheck, Minus, TriangleAlert } from "lucide-react";
import { clsx } from "clsx";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PiiValue } from "@/components/kyc/review/pii-context";
import type { PiiMessages } from "@/components/kyc/review/pii-reveal";
import { fill, type ReviewMessages } from "@/components/kyc/review/messages";
import type { ComparisonRow } from "@/lib/kyc/review/comparison";

function shown(row: ComparisonRow, value: string | null, source: "entered" | "read", m: ReviewMessages, pii: PiiMessages) {
  if (value === null) return <span className="text-ink-subtle">{row.result === "documentOnly" && source === "entered" ? m.noValue : m.compare.unread}</span>;
  if (row.pii) return <PiiValue source={source} field={row.pii} masked={value} maskedLabel={pii.masked} revealedLabel={pii.shown} />;
  if (row.field === "gender" && (value === "M" || value === "F")) return m.compare.gender[value];
  if (row.field === "idValidTo" && value === "LONG_TERM") return m.compare.longTerm;
  return <span className={row.field === "card" || row.field === "idValidFrom" || row.field === "idValidTo" ? "num" : undefined}>{value}</span>;
}

export function ComparisonCard({ rows, m, pii }: { rows: ComparisonRow[]; m: ReviewMessages; pii: PiiMessages }) {
  const differ = rows.filter((r) => r.result === "differ").length;
  const th = "h-9 border-b border-border bg-surface-muted px-3 text-left text-xs font-medium whitespace-nowrap text-ink-muted";
  const td = "border-b border-border px-3 py-2 align-top text-sm text-ink";
  return (
    <Card
      title={m.compare.title}
      description={m.compare.description}
      data-testid="kyc-comparison"
      actions={differ > 0 ? <Badge tone="warning">{fill(m.compare.summaryDiffer, { count: differ })}</Badge> : <Badge tone="success">{m.compare.summaryMatch}</Badge>}
    >
      <div className="overflow-x-auto">
        <table className="w-full border-separate border-spacing-0">
          <caption className="sr-only">{m.compare.caption}</caption>
          <thead>
            <tr>
              <th scope="col" className={clsx(th, "w-32")}>{m.compare.field}</th>
              <th scope="col" className={th}>{m.compare.entered}</th>
              <th scope="col" className={th}>{m.compare.read}</th>
              <th scope="col" className={clsx(th, "w-24")}>{m.compare.result}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const bad = row.result === "differ";
              return (
                <tr key={row.field} data-testid={`kyc-compare-${row.field}`} data-result={row.result} className={bad ? "bg-warning-bg" : undefined}>
                  <th scope="row" className={clsx(td, "text-left font-medium whitespace-nowrap text-ink-muted", bad && "border-l-4 border-l-warning-solid")}>
                    {m.compare.fields[row.field]}
                  </th>
                  <td className={td}>{shown(row, row.entered, "entered", m, pii)}</td>
                  <td className={td}>{shown(row, row.read, "read", m, pii)}</td>
                  <td className={clsx(td, "whitespace-nowrap")}>
                    {bad ? (
                      <span className="inline-flex items-center gap-1 font-semibold text-warning-fg">
                        <TriangleAlert aria-hidden className="size-4" />
                        {m.compare.differ}
                      </span>
                    ) : row.result === "match" ? (
                      <span className="inline-flex items-center gap-1 text-success-fg">
                        <CircleCheck aria-hidden className="size-4" />
                        {m.compare.match}
                      </span>
                    ) : (
                      <span className="inline-flex items-center gap-1 text-ink-subtle">
                        <Minus aria-hidden className="size-4" />
                        {m.compare.documentOnly}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
