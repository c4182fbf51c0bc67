"use client";
// One chart of an analytics page: the card frame, the chart (children: a small client component with
// recharts), the data behind it as a real <table> with a caption — visually hidden but read by screen readers,
// shown on screen by the "显示数据表" toggle — the CSV link (app/api/analytics/export) and the empty state.
// Server pages render it inside their own async card component under <Suspense fallback={<ChartCardSkeleton/>}>.
import { useId, useState, type ReactNode } from "react";
import { clsx } from "clsx";
import { Download, Table2 } from "lucide-react";
import { buttonClassName, Button } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { fill } from "@/lib/i18n/fill";
import { useMessages } from "@/lib/i18n/provider";

export interface ChartTableColumn {
  key: string;
  label: ReactNode;
  /** "end"/"start" as PlainTable says it; numbers right-aligned. */
  align?: "left" | "right" | "center" | "start" | "end";
}

export interface ChartCardProps {
  title: ReactNode;
  description?: ReactNode;
  /** The CSV of this chart: a dataset of lib/analytics/export/datasets.ts and its parameters. */
  csv?: { dataset: string; params: Record<string, string> };
  /** The figures the chart draws, one row per point; values already formatted (or numbers). */
  table: { columns: ChartTableColumn[]; rows: Record<string, ReactNode>[] };
  /** No data in the period: the empty text instead of the chart. */
  empty?: boolean;
  emptyText?: ReactNode;
  /** Right side of the header, before the table toggle and the CSV link. */
  actions?: ReactNode;
  className?: string;
  testId?: string;
  children?: ReactNode;
}

/** The export route's address for a dataset and its parameters. */
export function csvHref(csv: { dataset: string; params: Record<string, string> }): string {
  const search = new URLSearchParams({ ...csv.params, dataset: csv.dataset });
  return `/api/analytics/export?${search.toString()}`;
}

const ALIGN = { left: "text-left", start: "text-left", right: "text-right", end: "text-right", center: "text-center" } as const;

export { ChartCardSkeleton } from "./chart-card-skeleton";

export function ChartCard({ title, description, csv, table, empty = false, emptyText, actions, className, testId, children }: ChartCardProps) {
  const m = useMessages("analytics").chart;
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const titleText = typeof title === "string" ? title : "";
  const hasRows = !empty && table.rows.length > 0;

  return (
    <Card
      title={title}
      description={description}
      className={clsx("analytics-card", className)}
      data-testid={testId ?? "chart-card"}
      data-chart-card=""
      data-empty={empty || undefined}
      actions={
        actions || hasRows || csv ? (
          <div className="flex items-center gap-1.5 print:hidden">
            {actions}
            {hasRows ? (
              <Button size="sm" variant="ghost" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((v) => !v)} data-testid="chart-table-toggle">
                <Table2 aria-hidden />
                {showTable ? m.hideTable : m.showTable}
              </Button>
            ) : null}
            {csv && !empty ? (
              <a
                href={csvHref(csv)}
                download
                className={buttonClassName("ghost", "sm")}
                aria-label={titleText ? fill(m.downloadCsvLabel, { title: titleText }) : undefined}
                data-testid="chart-csv"
                data-dataset={csv.dataset}
              >
                <Download aria-hidden />
                {m.downloadCsv}
              </a>
            ) : null}
          </div>
        ) : null
      }
    >
      <CardBody className="analytics-chart">
        {empty ? (
          <p className="py-8 text-center text-sm text-ink-muted" data-testid="chart-empty">
            {emptyText ?? m.empty}
          </p>
        ) : (
          children
        )}
      </CardBody>
      {hasRows ? (
        <div id={tableId} className={showTable ? "overflow-x-auto border-t border-border print:hidden" : "sr-only"} data-testid="chart-table" data-visible={showTable || undefined}>
          <table className="w-full border-separate border-spacing-0 text-sm">
            <caption className={showTable ? "px-3 pt-2 pb-1 text-left text-xs text-ink-subtle" : undefined}>{titleText ? fill(m.tableCaption, { title: titleText }) : title}</caption>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column.key} scope="col" className={clsx("h-8 border-b border-border bg-surface-muted px-3 text-xs font-medium whitespace-nowrap text-ink-muted", ALIGN[column.align ?? "left"])}>
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, index) => (
                <tr key={index}>
                  {table.columns.map((column, c) =>
                    c === 0 ? (
                      <th key={column.key} scope="row" className={clsx("border-b border-border px-3 py-1.5 font-normal whitespace-nowrap text-ink", ALIGN[column.align ?? "left"])}>
                        {row[column.key]}
                      </th>
                    ) : (
                      <td key={column.key} className={clsx("border-b border-border px-3 py-1.5 text-ink tabular-nums", ALIGN[column.align ?? "left"])}>
                        {row[column.key]}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Card>
  );
}
