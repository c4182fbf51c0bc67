"use client";
// One page of promotions as a dense table. Rows arrive from the server already formatted (money, Beijing
// dates, labels); names are data (translate="no"). Markers under the status: a change waiting for
// approval, one being drafted, and a pause the guard made on its own.
import { useMemo, type ReactNode } from "react";
import Link from "next/link";
import { Bot, Clock3, PencilLine } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { DataTable, createDataTableColumnHelper } from "@/components/ui/data-table";
import { CursorPagination } from "@/components/ui/pagination";
import { PromotionStatusBadge } from "@/components/promotions/list/status-badge";
import { useMessages } from "@/lib/i18n/provider";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import type { PromotionStatusCode, PromotionTypeCode } from "@/lib/promotions/list/view";

export interface PromotionTableRow {
  id: string;
  name: string;
  type: PromotionTypeCode;
  status: PromotionStatusCode;
  window: string;
  budget: string;
  spent: string;
  /** 0..1 of the budget committed. */
  spentShare: number;
  spentShareLabel: string;
  rewardsPaid: string;
  priority: number;
  stackable: boolean;
  pendingVersion: boolean;
  draftVersion: boolean;
  /** "自动暂停：预算将提前用尽" when the guard paused it, else null. */
  autoPaused: string | null;
}

const col = createDataTableColumnHelper<PromotionTableRow>();

function columns(m: Messages["promotions"]) {
  const l = m.list;
  return col.columns([
    col.accessor("name", {
      header: l.name,
      cell: ({ row }) => (
        <Link href={`/promotions/${row.original.id}`} className="font-medium text-brand-700 hover:underline" translate="no" tabIndex={-1}>
          {row.original.name}
        </Link>
      ),
      meta: { wrap: true, width: "11rem", cellClassName: "min-w-36" },
    }),
    col.accessor("type", { header: l.type, cell: (c) => m.type[c.getValue()], meta: { wrap: true, width: "8rem", cellClassName: "min-w-28" } }),
    col.accessor("status", {
      header: l.status,
      cell: ({ row }) => {
        const r = row.original;
        return (
          <span className="flex max-w-52 flex-col items-start gap-1">
            <PromotionStatusBadge status={r.status} label={m.status[r.status]} />
            {r.pendingVersion && r.status !== "PENDING_APPROVAL" ? <Marker icon={<Clock3 />} tone="warning" testId="promotion-pending-change">{l.pendingChange}</Marker> : null}
            {r.draftVersion && !r.pendingVersion ? <Marker icon={<PencilLine />} tone="neutral">{l.draftChange}</Marker> : null}
            {r.autoPaused ? <Marker icon={<Bot />} tone="danger" testId="promotion-auto-paused">{r.autoPaused}</Marker> : null}
          </span>
        );
      },
      meta: { wrap: true, width: "13rem" },
    }),
    col.accessor("window", { header: l.window, cell: (c) => <span className="num">{c.getValue()}</span>, meta: { wrap: true, width: "8.5rem" } }),
    col.accessor("budget", {
      header: l.budget,
      cell: ({ row }) => {
        const r = row.original;
        const pct = Math.min(100, Math.max(0, r.spentShare * 100));
        return (
          <span className="flex min-w-32 flex-col gap-1">
            <span className="num text-right">{r.budget}</span>
            <span className="h-1.5 w-full overflow-hidden rounded-full bg-surface-sunken" aria-hidden>
              <span className={`block h-full rounded-full ${pct >= 90 ? "bg-danger-solid" : pct >= 70 ? "bg-warning-solid" : "bg-brand-solid"}`} style={{ width: `${pct}%` }} />
            </span>
            <span className="num text-right text-xs text-ink-muted">{r.spent} · {r.spentShareLabel}</span>
          </span>
        );
      },
      meta: { align: "end" },
    }),
    col.accessor("rewardsPaid", { header: l.rewards, meta: { align: "end" } }),
    col.accessor("priority", {
      header: l.priority,
      cell: ({ row }) => (
        <span className="flex flex-col items-end">
          <span className="num">{row.original.priority}</span>
          <span className="text-xs whitespace-nowrap text-ink-muted">{row.original.stackable ? l.stackable : l.exclusive}</span>
        </span>
      ),
      meta: { align: "end" },
    }),
  ]);
}

function Marker({ icon, tone, children, testId }: { icon: ReactNode; tone: "warning" | "neutral" | "danger"; children: ReactNode; testId?: string }) {
  return (
    <Badge tone={tone} data-testid={testId} className="[&_svg]:size-3" title={typeof children === "string" ? children : undefined}>
      <span className="inline-flex items-center gap-1">{icon}{children}</span>
    </Badge>
  );
}

export function PromotionTable({ rows, emptyState, pagination }: { rows: PromotionTableRow[]; emptyState: ReactNode; pagination: { prevHref: string | null; nextHref: string | null; summary: string } }) {
  const m = useMessages("promotions");
  const cols = useMemo(() => columns(m), [m]);
  return (
    <div className="overflow-hidden rounded-lg border border-border bg-surface shadow-xs" data-testid="promotion-table">
      <DataTable columns={cols} data={rows} getRowId={(row) => row.id} rowHref={(row) => `/promotions/${row.id}`} caption={m.list.caption} emptyState={emptyState} />
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
