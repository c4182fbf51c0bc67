"use client";
// The audit events of one page. Columns live here because TanStack Table needs them on the client; the
// server hands over rows already translated and formatted.
import { useMemo, type ReactNode } from "react";
import { TextLink } from "@/components/ui/text-link";
import { createDataTableColumnHelper, DataTable } from "@/components/ui/data-table";
import type { ColumnPickerConfig } from "@/components/ui/column-picker";
import { OutcomeBadge } from "@/components/audit/outcome-badge";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import { useMessages } from "@/lib/i18n/provider";

export interface AuditTableRow {
  id: string;
  time: string;
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  actionLabel: string;
  entityLabel: string;
  entityId: string | null;
  outcome: "SUCCESS" | "FAILURE";
  outcomeLabel: string;
  ip: string | null;
  reason: string | null;
}

type AuditTableLabels = Messages["audit"]["table"];

const col = createDataTableColumnHelper<AuditTableRow>();

function auditColumns(labels: AuditTableLabels) {
  return col.columns([
    col.accessor("id", {
      header: labels.id,
      cell: (c) => (
        <TextLink href={`/audit/${c.getValue()}`}>
          #{c.getValue()}
        </TextLink>
      ),
      meta: { mono: true, width: "5.5rem" },
    }),
    col.accessor("time", { header: labels.time, meta: { mono: true, width: "11rem" } }),
    // Actor, action and entity may wrap: at 1280 px in English they would otherwise push the table past the page.
    col.display({ id: "actor", header: labels.actor, cell: ({ row }) => <Actor row={row.original} labels={labels} />, meta: { wrap: true } }),
    col.accessor("actionLabel", {
      header: labels.action,
      cell: ({ row }) => (
        <span title={row.original.action} className={row.original.actionLabel === row.original.action ? "font-mono text-[13px]" : undefined}>
          {row.original.actionLabel}
        </span>
      ),
      meta: { wrap: true },
    }),
    col.display({
      id: "entity",
      header: labels.entity,
      cell: ({ row }) => (
        <span className="inline-flex max-w-72 items-baseline gap-1.5">
          <span className="shrink-0">{row.original.entityLabel}</span>
          {row.original.entityId ? <span className="truncate font-mono text-xs text-ink-subtle" title={row.original.entityId} translate="no">{row.original.entityId}</span> : null}
        </span>
      ),
      meta: { wrap: true },
    }),
    col.accessor("outcome", { header: labels.outcome, cell: ({ row }) => <OutcomeBadge outcome={row.original.outcome} label={row.original.outcomeLabel} /> }),
    col.accessor("ip", { header: labels.ip, cell: (c) => c.getValue() ?? "—", meta: { mono: true } }),
    col.accessor("reason", {
      header: labels.reason,
      cell: (c) => <span className="block max-w-64 truncate" title={c.getValue() ?? undefined}>{c.getValue() ?? ""}</span>,
    }),
  ]);
}

// An email without a staff account is a failed sign-in with a mistyped or foreign address: flag it.
function Actor({ row, labels }: { row: AuditTableRow; labels: AuditTableLabels }) {
  if (!row.actorName && !row.actorEmail) return <span className="text-ink-subtle">{labels.noActor}</span>;
  return (
    <span className="inline-flex max-w-80 items-baseline gap-1.5">
      {row.actorName ? <span className="shrink-0" translate="no">{row.actorName}</span> : <span className="shrink-0 text-warning-fg">{labels.unknownAccount}</span>}
      {row.actorEmail ? <span className="truncate text-xs text-ink-subtle" title={row.actorEmail}>{row.actorEmail}</span> : null}
    </span>
  );
}

// The IP and the reason are for the event's own page; on narrower screens they start hidden so the
// list fits without scrolling sideways, and anyone can bring them back with the column picker.
const columnPicker: ColumnPickerConfig = {
  storageKey: "audit-events",
  hideable: ["ip", "reason", "entity"],
  defaultHidden: (width) => (width != null && width >= 1600 ? [] : ["ip", "reason"]),
};

export function AuditTable({ rows, emptyState }: { rows: AuditTableRow[]; emptyState: ReactNode }) {
  const labels = useMessages("audit").table;
  const columns = useMemo(() => auditColumns(labels), [labels]);
  return <DataTable columns={columns} data={rows} getRowId={(row) => row.id} rowHref={(row) => `/audit/${row.id}`} caption={labels.caption} emptyState={emptyState} columnPicker={columnPicker} />;
}
