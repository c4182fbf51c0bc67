"use client";
// The transactions of one page. Columns live here because TanStack Table needs them on the client; the
// server hands over rows already formatted. A row opens its drawer (the URL's `?tx=`) without scrolling the
// list away. Two layouts: the search's full list (channel behind the column picker below 1440 px, so it fits
// 1280 px in both languages) and the 360's narrow card, where the time sits under the reference and the
// type beside the merchant instead of taking columns of their own.
import { useMemo, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { clsx } from "clsx";
import { Gift, Globe } from "lucide-react";
import { createDataTableColumnHelper, DataTable } from "@/components/ui/data-table";
import { TextLink } from "@/components/ui/text-link";
import { TransactionStatusBadge } from "@/components/transactions/transaction-status-badge";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import { fill } from "@/lib/i18n/fill";
import { useMessages } from "@/lib/i18n/provider";
import type { TransactionStatusCode, TransactionTypeCode } from "@/lib/transactions/schemas";

export interface TransactionTableRow {
  id: string;
  /** The 交易流水号 (lib/transactions/reference-number.ts). */
  reference: string;
  href: string;
  time: string;
  type: TransactionTypeCode;
  typeLabel: string;
  credit: boolean;
  amount: string;
  original: string | null;
  party: string | null;
  category: string | null;
  channelLabel: string;
  country: string;
  countryName: string;
  crossBorder: boolean;
  status: TransactionStatusCode;
  statusLabel: string;
  /** Promotion rewards this transaction earned, paid or took back: what happened and the promotion's name. */
  rewards?: { kind: "EARNED" | "CREDIT" | "CLAWBACK"; label: string; promotion: string }[];
}

type Labels = Messages["transactions"]["table"];
type Layout = "list" | "card";

const col = createDataTableColumnHelper<TransactionTableRow>();

function ReferenceLink({ row }: { row: TransactionTableRow }) {
  const m = useMessages("transactions").table;
  return (
    <TextLink href={row.href} scroll={false} aria-label={fill(m.open, { id: row.reference })} data-testid="transaction-reference">
      {row.reference}
    </TextLink>
  );
}

/** Merchant or counterparty, with its category (and, in the card, the type): what does not fit is cut with an ellipsis inside the cell, never drawn over the amount. */
function Party({ row, withType }: { row: TransactionTableRow; withType: boolean }) {
  const party = (
    <span className="flex min-w-0 items-baseline gap-1.5 overflow-hidden">
      {withType ? <span className="shrink-0 text-ink-muted" data-type={row.type}>{row.typeLabel}</span> : null}
      <span className="min-w-0 truncate" title={row.party ?? undefined} translate="no">{row.party ?? "—"}</span>
      {row.category ? <span className="min-w-0 shrink-[2] truncate text-xs text-ink-subtle" title={row.category}>{row.category}</span> : null}
    </span>
  );
  if (!row.rewards?.length) return party;
  return (
    <span className="flex min-w-0 flex-col leading-tight">
      {party}
      {row.rewards.map((reward, index) => (
        <span key={index} className="flex min-w-0 items-center gap-1 overflow-hidden text-xs text-brand-700" data-testid="transaction-reward" data-kind={reward.kind}>
          <Gift aria-hidden className="size-3 shrink-0" />
          <span className="shrink-0">{reward.label}</span>
          <span className="min-w-0 truncate" title={reward.promotion} translate="no">{reward.promotion}</span>
        </span>
      ))}
    </span>
  );
}

function transactionColumns(m: Labels, layout: Layout) {
  const card = layout === "card";
  const amount = col.display({
    id: "amount",
    header: m.amount,
    cell: ({ row }) => (
      <span className="inline-flex flex-col items-end leading-tight">
        <span className={clsx("font-medium", row.original.credit ? "text-success-fg" : "text-ink-strong")}>{row.original.amount}</span>
        {row.original.original ? <span className="text-xs text-ink-subtle" data-testid="original-amount">{row.original.original}</span> : null}
      </span>
    ),
    meta: { align: "end" },
  });
  const status = col.accessor("status", { header: m.status, cell: ({ row }) => <TransactionStatusBadge status={row.original.status} label={row.original.statusLabel} /> });
  if (card) {
    return col.columns([
      col.display({
        id: "reference",
        header: m.id,
        cell: ({ row }) => (
          <span className="flex flex-col leading-tight">
            <ReferenceLink row={row.original} />
            <span className="num text-xs text-ink-subtle">{row.original.time}</span>
          </span>
        ),
        meta: { mono: true, label: m.id, cellClassName: "py-1.5" },
      }),
      col.display({ id: "party", header: m.merchant, cell: ({ row }) => <Party row={row.original} withType />, meta: { cellClassName: "max-w-0 w-full" } }),
      amount,
      status,
    ]);
  }
  return col.columns([
    col.display({ id: "reference", header: m.id, cell: ({ row }) => <ReferenceLink row={row.original} />, meta: { mono: true, label: m.id } }),
    col.accessor("time", { header: m.time, meta: { mono: true } }),
    col.accessor("typeLabel", { id: "type", header: m.type, cell: ({ row }) => <span data-type={row.original.type}>{row.original.typeLabel}</span> }),
    col.display({ id: "party", header: m.merchant, cell: ({ row }) => <Party row={row.original} withType={false} />, meta: { label: m.merchant, cellClassName: "max-w-0 w-full" } }),
    col.accessor("channelLabel", { id: "channel", header: m.channel }),
    col.display({
      id: "country",
      header: m.country,
      cell: ({ row }) => (
        <span className="inline-flex items-center gap-1" title={row.original.country} data-testid="transaction-country" data-country={row.original.country}>
          {row.original.crossBorder ? <Globe aria-label={m.crossBorder} className="size-3.5 shrink-0 text-info-fg" data-testid="cross-border" /> : null}
          {row.original.countryName}
        </span>
      ),
      // A long name ("Hong Kong SAR, China") wraps instead of pushing the status off a 1280 px screen.
      meta: { label: m.country, wrap: true, cellClassName: "min-w-[9rem]" },
    }),
    amount,
    status,
  ]);
}

/** The channel says least about a payment once the type and merchant are shown: it goes first when space is short. */
const LIST_PICKER = {
  storageKey: "transactions",
  hideable: ["time", "type", "channel", "country"],
  defaultHidden: (width: number | null) => (width !== null && width >= 1440 ? [] : ["channel"]),
};

export function TransactionTable({ rows, emptyState, layout = "list" }: { rows: TransactionTableRow[]; emptyState: ReactNode; layout?: Layout }) {
  const m = useMessages("transactions").table;
  const router = useRouter();
  const columns = useMemo(() => transactionColumns(m, layout), [m, layout]);
  return (
    <DataTable
      columns={columns}
      data={rows}
      getRowId={(row) => row.id}
      onRowClick={(row) => router.push(row.href, { scroll: false })}
      caption={m.caption}
      emptyState={emptyState}
      columnPicker={layout === "list" ? LIST_PICKER : undefined}
    />
  );
}
