"use client";
// The alert queue's columns and their cells. Column definitions live in a client module (TanStack Table);
// the rows arrive from the server already masked, translated and formatted. An alert raised after the
// page was opened carries a "new" badge beside its severity.
import { createContext, use } from "react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { createDataTableColumnHelper } from "@/components/ui/data-table";
import type { ColumnPickerConfig } from "@/components/ui/column-picker";
import { AlertSeverityBadge, AlertStatusBadge } from "@/components/alerts/queue/alert-badges";
import { fill, type AlertMessages } from "@/components/alerts/queue/messages";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { useMessages } from "@/lib/i18n/provider";
import type { AlertSeverityCode, AlertStatusCode } from "@/lib/fraud/queue/view";

/** A queue row as the table shows it: the server's row, translated and formatted. */
export interface AlertTableRow {
  id: string;
  version: number;
  severity: AlertSeverityCode;
  score: number;
  ruleCode: string;
  ruleName: string;
  customerId: string;
  customerName: string;
  amount: string;
  /** "3 分钟前"; the exact time is in `raisedAt`. */
  age: string;
  raisedAt: string;
  /** ISO time and id: where the row sits in time, for "new since the page opened". */
  createdAt: string;
  status: AlertStatusCode;
  assigneeName: string | null;
  mine: boolean;
  /** Unassigned, unresolved, and the viewer may take it. */
  canTake: boolean;
}

export const TakeContext = createContext<{ take: (row: AlertTableRow) => void; taking: string | null }>({ take: () => {}, taking: null });
/** Ids of the rows raised after the page was opened. */
export const NewRowsContext = createContext<ReadonlySet<string>>(new Set());

const col = createDataTableColumnHelper<AlertTableRow>();

/** The columns an officer can do without: severity, rule, customer, amount, status and "take" always show. */
export const ALERT_COLUMN_PICKER: ColumnPickerConfig = {
  storageKey: "alert-queue",
  hideable: ["age", "assigneeName"],
  defaultHidden: () => [],
};

export function alertColumns(m: AlertMessages) {
  const t = m.table;
  return col.columns([
    col.accessor("severity", {
      header: t.severity,
      enableSorting: true,
      cell: ({ row }) => <SeverityCell row={row.original} />,
      meta: { width: "7.5rem" },
    }),
    col.accessor("ruleName", {
      header: t.rule,
      enableSorting: false,
      cell: ({ row }) => (
        // No prefetch: fifty investigation pages rendered ahead for one list (and again on every live refresh) would queue behind each other on the database.
        <Link href={`/alerts/${row.original.id}`} prefetch={false} className="text-brand-700 hover:underline" tabIndex={-1} data-testid="alert-rule" data-rule={row.original.ruleCode}>
          {row.original.ruleName}
        </Link>
      ),
      meta: { wrap: true },
    }),
    col.accessor("customerName", {
      header: t.customer,
      enableSorting: false,
      cell: ({ row }) => (
        <span className="flex flex-col leading-tight">
          <span translate="no" data-testid="alert-customer">{row.original.customerName}</span>
          <span className="font-mono text-xs text-ink-muted" translate="no">{row.original.customerId}</span>
        </span>
      ),
    }),
    col.accessor("amount", { id: "amount", header: t.amount, enableSorting: true, cell: (c) => <span className="num" translate="no">{c.getValue()}</span>, meta: { align: "end" } }),
    col.accessor("age", {
      id: "age",
      header: t.age,
      enableSorting: true,
      cell: ({ row }) => (
        <span title={fill(t.createdAt, { time: row.original.raisedAt })}>
          {row.original.age}
          <span className="sr-only">{` (${fill(t.createdAt, { time: row.original.raisedAt })})`}</span>
        </span>
      ),
      meta: { align: "end" },
    }),
    col.accessor("status", { header: t.status, enableSorting: false, cell: ({ row }) => <AlertStatusBadge status={row.original.status} label={m.status[row.original.status]} /> }),
    col.accessor("assigneeName", {
      header: t.assignee,
      enableSorting: false,
      cell: ({ row }) =>
        row.original.assigneeName ? (
          <span className={row.original.mine ? "font-medium text-ink-strong" : undefined} data-testid="alert-assignee">
            {row.original.mine ? fillNodes(t.me, { name: <DataValue>{row.original.assigneeName}</DataValue> }) : <DataValue>{row.original.assigneeName}</DataValue>}
          </span>
        ) : (
          <span className="text-ink-subtle" data-testid="alert-assignee">{t.unassigned}</span>
        ),
    }),
    col.display({ id: "actions", header: () => <span className="sr-only">{t.actions}</span>, cell: ({ row }) => <TakeCell row={row.original} />, meta: { align: "end", label: t.actions } }),
  ]);
}

function SeverityCell({ row }: { row: AlertTableRow }) {
  const m = useMessages("alerts");
  const isNew = use(NewRowsContext).has(row.id);
  return (
    <span className="flex items-start gap-1.5">
      <AlertSeverityBadge severity={row.severity} label={m.severity[row.severity]} scoreLabel={fill(m.table.score, { score: row.score })} />
      {isNew ? (
        <Badge tone="brand" dot data-testid="alert-new" title={m.table.newLabel}>
          {m.table.new}
        </Badge>
      ) : null}
    </span>
  );
}

function TakeCell({ row }: { row: AlertTableRow }) {
  const m = useMessages("alerts");
  const { take, taking } = use(TakeContext);
  if (!row.canTake) return null;
  return (
    <Button size="sm" onClick={() => take(row)} loading={taking === row.id} disabled={taking !== null && taking !== row.id} aria-label={fill(m.table.assignToMeLabel, { id: row.id })} data-testid="alert-assign-me">
      {m.table.assignToMe}
    </Button>
  );
}
