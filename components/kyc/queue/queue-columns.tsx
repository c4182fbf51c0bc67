"use client";
// The review queue's columns and their cells. Column definitions must live in a client module (TanStack
// Table); the rows arrive from the server already masked, translated and formatted. The table must fit
// 1280 px in both languages: the customer's masked ID sits under the name, the risk score under its
// level, "awaiting lead" under the status, a time limit may wrap after "Overdue", and province and
// account class go behind the column picker below 1536 px (QUEUE_COLUMN_PICKER).
import { createContext, use, useEffect, useRef } from "react";
import Link from "next/link";
import { AlarmClockOff } from "lucide-react";
import { Button } from "@/components/ui/button";
import { createDataTableColumnHelper } from "@/components/ui/data-table";
import { AwaitingLeadBadge, QueueRiskBadge, QueueStatusBadge } from "@/components/kyc/queue/queue-badges";
import { fill, type QueueMessages } from "@/components/kyc/queue/messages";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { tierNumeral } from "@/lib/i18n/glossary";
import { useMessages } from "@/lib/i18n/provider";
import type { ColumnPickerConfig } from "@/components/ui/column-picker";
import type { QueueRow } from "@/lib/kyc/queue/read";

/** A queue row as the table shows it: the server's row with its times already formatted. */
export type QueueTableRow = Pick<
  QueueRow,
  "id" | "version" | "customerName" | "idNumber" | "province" | "tier" | "riskLevel" | "riskScore" | "status" | "approvalPending" | "assigneeName" | "overdue"
> & {
  mine: boolean;
  submitted: string;
  /** "3 小时 12 分" while the submission is open, else null. */
  waiting: string | null;
  due: string;
  /** "超时 2 小时" / "剩余 5 小时" while open, else null. */
  dueRelative: string | null;
  /** Unassigned and open, and the viewer may take work. */
  canTake: boolean;
};

export interface Selection {
  selected: ReadonlySet<string>;
  toggle: (id: string) => void;
  toggleAll: () => void;
  all: boolean;
  some: boolean;
}

export const SelectionContext = createContext<Selection | null>(null);
export const TakeContext = createContext<{ take: (row: QueueTableRow) => void; taking: string | null }>({ take: () => {}, taking: null });

const col = createDataTableColumnHelper<QueueTableRow>();

/** Columns a reviewer can do without: the rest (id, customer, risk, status, time limit, take) always show. */
export const QUEUE_COLUMN_PICKER: ColumnPickerConfig = {
  storageKey: "kyc-queue",
  hideable: ["province", "tier", "assigneeName", "submitted"],
  // Hidden too while the width is unknown (server render), so a narrow screen never starts cut off.
  defaultHidden: (width) => (width === null || width < 1536 ? ["province", "tier"] : []),
};

export function queueColumns(m: QueueMessages, selectable: boolean, decided: boolean) {
  const t = m.table;
  const columns = col.columns([
    col.accessor("id", {
      header: t.id,
      enableSorting: false,
      cell: (c) => (
        <Link href={`/kyc/${c.getValue()}`} className="text-brand-700 hover:underline" tabIndex={-1}>
          {c.getValue()}
        </Link>
      ),
      meta: { mono: true, width: "6.75rem" },
    }),
    col.accessor("customerName", {
      header: t.customer,
      enableSorting: false,
      cell: ({ row }) => (
        <span className="flex flex-col leading-tight">
          <span translate="no">{row.original.customerName}</span>
          <span className="font-mono text-xs text-ink-muted">{row.original.idNumber}</span>
        </span>
      ),
    }),
    col.accessor("province", { header: t.province, enableSorting: false }),
    col.accessor("tier", { header: t.tier, enableSorting: false, cell: (c) => fill(t.tierValue, { tier: tierNumeral(c.getValue()) }) }),
    col.accessor("riskScore", {
      id: "risk",
      header: t.risk,
      enableSorting: true,
      cell: ({ row }) => (
        <QueueRiskBadge level={row.original.riskLevel} label={m.risk[row.original.riskLevel]} scoreLabel={fill(t.riskScore, { score: row.original.riskScore })} />
      ),
    }),
    col.accessor("status", {
      header: t.status,
      enableSorting: false,
      cell: ({ row }) => (
        <span className="flex flex-col items-start gap-0.5">
          <QueueStatusBadge status={row.original.status} label={m.status[row.original.status]} />
          {row.original.approvalPending ? <AwaitingLeadBadge label={t.awaitingLead} /> : null}
        </span>
      ),
    }),
    col.accessor("assigneeName", {
      header: t.assignee,
      enableSorting: false,
      cell: ({ row }) =>
        row.original.assigneeName ? (
          <span className={row.original.mine ? "font-medium text-ink-strong" : undefined}>{row.original.mine ? fillNodes(t.me, { name: <DataValue>{row.original.assigneeName}</DataValue> }) : <DataValue>{row.original.assigneeName}</DataValue>}</span>
        ) : (
          <span className="text-ink-subtle">{t.unassigned}</span>
        ),
    }),
    // Open submissions: how long they have waited (longest first is the FIFO order); decided ones: when.
    col.accessor("waiting", { id: "submitted", header: decided ? t.submitted : t.waiting, enableSorting: true, cell: ({ row }) => <Waiting row={row.original} />, meta: { align: decided ? "start" : "end" } }),
    ...(decided ? [] : [col.accessor("dueRelative", { id: "due", header: t.due, enableSorting: true, cell: ({ row }) => <Due row={row.original} />, meta: { wrap: true } })]),
    col.display({ id: "actions", header: () => <span className="sr-only">{t.actions}</span>, cell: ({ row }) => <TakeCell row={row.original} />, meta: { align: "end" } }),
  ]);
  if (!selectable) return columns;
  return [
    col.display({ id: "select", header: () => <SelectAll />, cell: ({ row }) => <SelectRow id={row.original.id} />, meta: { width: "2.5rem" } }),
    ...columns,
  ];
}

function Waiting({ row }: { row: QueueTableRow }) {
  const m = useMessages("kycQueue");
  if (!row.waiting) return <span className="font-mono text-[13px]">{row.submitted}</span>;
  return (
    <span title={fill(m.table.submittedAt, { time: row.submitted })}>
      {row.waiting}
      <span className="sr-only">{` (${fill(m.table.submittedAt, { time: row.submitted })})`}</span>
    </span>
  );
}

function Due({ row }: { row: QueueTableRow }) {
  const m = useMessages("kycQueue");
  const title = fill(m.table.dueAt, { time: row.due });
  if (!row.dueRelative) return <span className="text-ink-subtle" title={title}>{m.table.notApplicable}</span>;
  if (row.overdue) {
    return (
      <span className="inline-flex items-center gap-1 font-medium text-danger-fg" title={title} data-testid="kyc-overdue">
        <AlarmClockOff aria-hidden className="size-4 shrink-0" />
        {row.dueRelative}
      </span>
    );
  }
  return (
    <span className="text-ink-muted" title={title}>
      {row.dueRelative}
    </span>
  );
}

function TakeCell({ row }: { row: QueueTableRow }) {
  const m = useMessages("kycQueue");
  const { take, taking } = use(TakeContext);
  if (!row.canTake) return null;
  return (
    <Button size="sm" onClick={() => take(row)} loading={taking === row.id} disabled={taking !== null && taking !== row.id} aria-label={fill(m.table.assignToMeLabel, { id: row.id })} data-testid="kyc-assign-me">
      {m.table.assignToMe}
    </Button>
  );
}

function SelectAll() {
  const m = useMessages("kycQueue");
  const selection = use(SelectionContext)!;
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = selection.some && !selection.all;
  }, [selection.some, selection.all]);
  return <input ref={ref} type="checkbox" checked={selection.all} onChange={selection.toggleAll} aria-label={m.table.selectAll} className="size-4 accent-brand-600" />;
}

function SelectRow({ id }: { id: string }) {
  const m = useMessages("kycQueue");
  const selection = use(SelectionContext)!;
  return <input type="checkbox" checked={selection.selected.has(id)} onChange={() => selection.toggle(id)} aria-label={fill(m.table.selectRow, { id })} className="size-4 accent-brand-600" />;
}
