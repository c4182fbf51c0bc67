"use client";
// One page of reports of a kind as a dense table. Rows arrive from the server already formatted (money,
// labels, masked names, the deadline's state); references are data (translate="no").
import { useMemo, type ReactNode } from "react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable, createDataTableColumnHelper } from "@/components/ui/data-table";
import { CursorPagination } from "@/components/ui/pagination";
import { DeadlineCell } from "@/components/reports/list/deadline-cell";
import { ReportStatusBadge } from "@/components/reports/status-badge";
import type { RegulatoryReportKind, RegulatoryReportStatus } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import { useMessages } from "@/lib/i18n/provider";
import type { DeadlineView } from "@/lib/reports/list/format";

export interface ReportTableRow {
  id: string;
  reference: string;
  status: RegulatoryReportStatus;
  /** Masked as lists show names. */
  customer: string;
  customerId: string;
  basisDay: string;
  deadline: DeadlineView;
  drafter: string;
  correction: boolean;
  // Large-value
  threshold: string;
  direction: string;
  total: string;
  totalUsd: string;
  count: string;
  // Suspicious
  trigger: string;
  crimeType: string;
  urgent: boolean;
  source: { href: string; label: string } | null;
}

const col = createDataTableColumnHelper<ReportTableRow>();

function columns(m: Messages["reports"], kind: RegulatoryReportKind) {
  const l = m.list;
  const head = [
    col.accessor("reference", {
      header: l.reference,
      cell: ({ row }) => (
        <span className="flex flex-col items-start gap-1">
          <Link href={`/reports/${row.original.id}`} className="font-medium text-brand-700 hover:underline" translate="no" tabIndex={-1} data-testid="report-link">
            {row.original.reference}
          </Link>
          {row.original.correction ? <Badge tone="info">{l.correction}</Badge> : null}
        </span>
      ),
      meta: { mono: true, width: "11rem" },
    }),
    col.accessor("customer", {
      header: l.customer,
      cell: ({ row }) => (
        <span className="flex flex-col">
          <span translate="no">{row.original.customer}</span>
          <span className="num text-xs text-ink-subtle" translate="no">{row.original.customerId}</span>
        </span>
      ),
    }),
    col.accessor("basisDay", { header: kind === "LARGE_VALUE" ? l.businessDay : l.confirmedDay, cell: (c) => <span className="num">{c.getValue()}</span> }),
  ];
  const largeValue = [
    col.accessor("threshold", { header: l.threshold, meta: { wrap: true, width: "9rem" } }),
    col.accessor("direction", { header: l.direction }),
    col.accessor("total", {
      header: l.total,
      cell: ({ row }) => (
        <span className="flex flex-col items-end">
          <span className="num">{row.original.total}</span>
          {row.original.totalUsd ? <span className="num text-xs text-ink-subtle">{row.original.totalUsd}</span> : null}
        </span>
      ),
      meta: { align: "end" },
    }),
    col.accessor("count", { header: l.count, meta: { align: "end" } }),
  ];
  const suspicious = [
    col.accessor("trigger", { header: l.trigger, meta: { wrap: true, width: "8rem" } }),
    col.accessor("crimeType", {
      header: l.crimeType,
      cell: ({ row }) => (
        <span className="flex flex-col items-start gap-1">
          <span>{row.original.crimeType}</span>
          {row.original.urgent ? <Badge tone="danger" data-testid="report-urgent">{l.urgent}</Badge> : null}
        </span>
      ),
      meta: { wrap: true, width: "9rem" },
    }),
    col.accessor("source", {
      header: l.source,
      cell: ({ row }) => (row.original.source ? <Link href={row.original.source.href} className="text-brand-700 hover:underline">{row.original.source.label}</Link> : null),
    }),
  ];
  const tail = [
    col.accessor("status", { header: l.status, cell: ({ row }) => <ReportStatusBadge status={row.original.status} /> }),
    col.accessor("deadline", { header: l.due, cell: ({ row }) => <DeadlineCell deadline={row.original.deadline} /> }),
    col.accessor("drafter", { header: l.drafter, meta: { wrap: true, width: "7rem" } }),
  ];
  return col.columns([...head, ...(kind === "LARGE_VALUE" ? largeValue : suspicious), ...tail]);
}

export function ReportTable({
  kind,
  rows,
  emptyState,
  pagination,
}: {
  kind: RegulatoryReportKind;
  rows: ReportTableRow[];
  emptyState: ReactNode;
  pagination: { prevHref: string | null; nextHref: string | null; summary: string };
}) {
  const m = useMessages("reports");
  const cols = useMemo(() => columns(m, kind), [m, kind]);
  return (
    <div className="overflow-hidden rounded-lg border border-border bg-surface shadow-xs" data-testid="report-table">
      <DataTable columns={cols} data={rows} getRowId={(row) => row.id} rowHref={(row) => `/reports/${row.id}`} caption={m.list.caption[kind]} emptyState={emptyState} />
      {rows.length > 0 ? (
        <div className="flex items-center justify-between gap-3 border-t border-border bg-surface-muted px-4 py-2">
          <CursorPagination
            className="flex-1"
            hasPrev={pagination.prevHref !== null}
            hasNext={pagination.nextHref !== null}
            prevHref={pagination.prevHref ?? undefined}
            nextHref={pagination.nextHref ?? undefined}
            prevLabel={m.list.pagination.prev}
            nextLabel={m.list.pagination.next}
            label={m.list.pagination.label}
            summary={<span>{pagination.summary}</span>}
          />
        </div>
      ) : null}
    </div>
  );
}
