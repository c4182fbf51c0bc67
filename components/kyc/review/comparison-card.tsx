// Entered vs. read from the documents, one row per field. A difference, or a failed automated check on a
// field whose two sides agree, is marked three ways: the row's tint, an icon and words, so it never depends
// on seeing colour; the summary says "all match" only when neither is found.
import { CircleCheck, Minus, ShieldAlert, TriangleAlert } from "lucide-react";
import { clsx } from "clsx";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { cellClassName, PlainTable } from "@/components/ui/plain-table";
import { PiiValue } from "@/components/kyc/review/pii-context";
import { comparisonFindings, type ComparisonRow } from "@/lib/kyc/review/comparison";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import { getMessages } from "@/lib/i18n/server";

type ReviewMessages = Messages["kycReview"];

function shown(row: ComparisonRow, value: string | null, source: "entered" | "read", m: ReviewMessages) {
  if (value === null) return <span className="text-ink-subtle">{row.result === "documentOnly" && source === "entered" ? m.noValue : m.compare.unread}</span>;
  if (row.pii) return <PiiValue source={source} field={row.pii} masked={value} />;
  if (row.field === "gender" && (value === "M" || value === "F")) return m.compare.gender[value];
  if (row.field === "idValidTo" && value === "LONG_TERM") return m.compare.longTerm;
  return <span translate="no" className={row.field === "card" || row.field === "idValidFrom" || row.field === "idValidTo" ? "num" : undefined}>{value}</span>;
}

function Result({ row, m, checkName }: { row: ComparisonRow; m: ReviewMessages; checkName: (code: string) => string }) {
  const failed = row.failedChecks.length > 0 ? <span className="block text-xs text-danger-fg">{fill(m.compare.failedChecks, { checks: row.failedChecks.map(checkName).join(m.listSeparator) })}</span> : null;
  const [Icon, tone, text] =
    row.result === "differ"
      ? [TriangleAlert, "font-semibold text-warning-fg", m.compare.differ]
      : failed
        ? [ShieldAlert, "font-semibold text-danger-fg", m.compare.checkFailed]
        : row.result === "match"
          ? [CircleCheck, "text-success-fg", m.compare.match]
          : [Minus, "text-ink-subtle", m.compare.documentOnly];
  return (
    <>
      <span className={clsx("inline-flex items-center gap-1", tone)}>
        <Icon aria-hidden className="size-4" />
        {text}
      </span>
      {failed}
    </>
  );
}

export async function ComparisonCard({ rows }: { rows: ComparisonRow[] }) {
  const { kycReview: m, kycChecks } = await getMessages();
  const checkName = (code: string) => kycChecks.names[code as keyof typeof kycChecks.names] ?? code;
  const { differ, checkFailed } = comparisonFindings(rows);
  const summary = [differ > 0 ? fill(m.compare.summaryDiffer, { count: differ }) : null, checkFailed > 0 ? fill(m.compare.summaryCheckFailed, { count: checkFailed }) : null].filter(Boolean).join(" · ");
  return (
    <Card
      title={m.compare.title}
      description={m.compare.description}
      data-testid="kyc-comparison"
      actions={
        summary ? (
          <Badge tone={checkFailed > 0 ? "danger" : "warning"} data-testid="kyc-comparison-summary">
            {summary}
          </Badge>
        ) : (
          <Badge tone="success" data-testid="kyc-comparison-summary">
            {m.compare.summaryMatch}
          </Badge>
        )
      }
    >
      <PlainTable caption={m.compare.caption} headers={[{ label: m.compare.field }, { label: m.compare.entered }, { label: m.compare.read }, { label: m.compare.result }]}>
        {rows.map((row) => {
          const bad = row.result === "differ" || row.failedChecks.length > 0;
          return (
            <tr key={row.field} data-testid={`kyc-compare-${row.field}`} data-result={row.result} data-check-failed={row.failedChecks.length > 0 || undefined} className={clsx("group/row", bad && (row.result === "differ" ? "bg-warning-bg" : "bg-danger-bg"))}>
              <th scope="row" className={clsx(cellClassName, "text-left font-medium whitespace-nowrap text-ink-muted", bad && (row.result === "differ" ? "border-l-4 border-l-warning-solid" : "border-l-4 border-l-critical-solid"))}>
                {m.compare.fields[row.field]}
              </th>
              <td className={cellClassName}>{shown(row, row.entered, "entered", m)}</td>
              <td className={cellClassName}>{shown(row, row.read, "read", m)}</td>
              <td className={clsx(cellClassName, "min-w-24")}>
                <Result row={row} m={m} checkName={checkName} />
              </td>
            </tr>
          );
        })}
      </PlainTable>
    </Card>
  );
}
