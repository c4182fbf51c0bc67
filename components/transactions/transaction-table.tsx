"use client";
// The transactions of one page. Columns live here because TanStack Table needs them on the client; the
// server hands over rows already translated and formatted. A row opens its drawer (the URL's `?tx=`)
// without scrolling the list away.
import { useMemo, type ReactNode } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { clsx } from "clsx";
import { Globe } from "lucide-react";
import { createDataTableColumnHelper, DataTable } from "@/components/ui/data-table";
import { TransactionStatusBadge } from "@/components/transactions/transaction-status-badge";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import { fill } from "@/lib/i18n/translate";
import type { TransactionStatusCode, TransactionTypeCode } from "@/lib/transactions/schemas";

export interface TransactionTableRow {
  id: string;
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
}

type Labels = Messages["transactions"]["table"];

const col = createDataTableColumnHelper<TransactionTableRow>();

function transactionColumns(m: Labels) {
  return col.columns([
    col.accessor("id", {
      header: m.id,
      cell: ({ row }) => (
        <Link href={row.original.href} scroll={false} className="text-brand-700 hover:underline" aria-label={fill(m.open, { id: row.original.id })}>
          {row.original.id}
        </Link>
      ),
      meta: { mono: true, width: "7rem" },
    }),
    col.accessor("time", { header: m.time, meta: { mono: true, width: "11.5rem" } }),
    col.accessor("typeLabel", { header: m.type, cell: ({ row }) => <span data-type={row.original.type}>{row.original.typeLabel}</span> }),
    col.display({
      id: "party",
      header: m.merchant,
      cell: ({ row }) => (
        <span className="inline-flex max-w-[26rem] items-baseline gap-1.5">
          <span className="truncate" title={row.original.party ?? undefined}>{row.original.party ?? "—"}</span>
          {row.original.category ? <span className="shrink-0 text-xs text-ink-subtle">{row.original.category}</span> : null}
        </span>
      ),
    }),
    col.accessor("channelLabel", { header: m.channel }),
    col.display({
      id: "country",
      header: m.country,
      cell: ({ row }) => (
        <span className="inline-flex items-center gap-1" title={row.original.countryName}>
          {row.original.crossBorder ? <Globe aria-label={m.crossBorder} className="size-3.5 text-info-fg" data-testid="cross-border" /> : null}
          <span className="font-mono text-[13px]">{row.original.country}</span>
        </span>
      ),
    }),
    col.display({
      id: "amount",
      header: m.amount,
      cell: ({ row }) => (
        <span className="inline-flex flex-col items-end leading-tight">
          <span className={clsx("font-medium", row.original.credit ? "text-success-fg" : "text-ink-strong")}>{row.original.amount}</span>
          {row.original.original ? <span className="text-xs text-ink-subtle" data-testid="original-amount">{row.original.original}</span> : null}
        </span>
      ),
      meta: { align: "end", width: "10rem" },
    }),
    col.accessor("status", { header: m.status, cell: ({ row }) => <TransactionStatusBadge status={row.original.status} label={row.original.statusLabel} />, meta: { width: "6.5rem" } }),
  ]);
}

export function TransactionTable({ rows, m, emptyState }: { rows: TransactionTableRow[]; m: Labels; emptyState: ReactNode }) {
  const router = useRouter();
  const columns = useMemo(() => transactionColumns(m), [m]);
  return (
    <DataTable
      columns={columns}
      data={rows}
      getRowId={(row) => row.id}
      onRowClick={(row) => router.push(row.href, { scroll: false })}
      caption={m.caption}
      emptyState={emptyState}
    />
  );
}
