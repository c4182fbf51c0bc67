"use client";
// One page of the review queue: the table (columns in queue-columns.tsx), its pagination and shortcuts,
// "assign to me" on a row and, for leads, bulk assignment of the selected rows. j/k move the row focus;
// Enter opens the focused row (DataTable handles that).
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { DataTable, type DataTableSorting } from "@/components/ui/data-table";
import { CursorPagination } from "@/components/ui/pagination";
import { QUEUE_COLUMN_PICKER, queueColumns, SelectionContext, TakeContext, type QueueTableRow, type Selection } from "@/components/kyc/queue/queue-columns";
import { QueueBulkBar } from "@/components/kyc/queue/queue-bulk-bar";
import { AssignmentFeedback, type Feedback } from "@/components/queue/assignment-feedback";
import { QueueShortcuts } from "@/components/kyc/queue/queue-shortcuts";
import { isShortcut } from "@/components/queue/keyboard";
import { fill } from "@/components/kyc/queue/messages";
import { useMessages } from "@/lib/i18n/provider";
import { assignToMeAction } from "@/lib/kyc/queue/actions";
import type { QueueSort } from "@/lib/kyc/queue/view";

export type { QueueTableRow } from "@/components/kyc/queue/queue-columns";

export interface QueueTableProps {
  rows: QueueTableRow[];
  sort: QueueSort;
  /** Hrefs of the same view sorted by each sortable column. */
  sortHrefs: Record<QueueSort, string>;
  /** Leads: row checkboxes and bulk assignment to these officers. */
  bulk: { officers: { id: string; name: string }[] } | null;
  /** The approved or rejected tab: submission times instead of waits, no time limit column. */
  decided: boolean;
  emptyState: ReactNode;
  pagination: { prevHref: string | null; nextHref: string | null; summary: string };
  /** The viewer may take work: "assign to me" buttons and the n shortcut. */
  canTake: boolean;
}

const SORT_COLUMN: Record<QueueSort, string> = { submitted: "submitted", due: "due", risk: "risk" };

export function QueueTable({ rows, sort, sortHrefs, bulk, decided, emptyState, pagination, canTake }: QueueTableProps) {
  const m = useMessages("kycQueue");
  const columns = useMemo(() => queueColumns(m, bulk !== null, decided), [m, bulk, decided]);
  const router = useRouter();
  const container = useRef<HTMLDivElement>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [taking, setTaking] = useState<string | null>(null);

  // Only rows on this page can stay selected (the page changes under a selection after an assignment).
  const ids = useMemo(() => rows.map((row) => row.id), [rows]);
  const selected = useMemo(() => new Set(ids.filter((id) => chosen.has(id))), [ids, chosen]);
  const selection: Selection = {
    selected,
    all: ids.length > 0 && selected.size === ids.length,
    some: selected.size > 0,
    toggle: (id) => setChosen((prev) => (prev.has(id) ? new Set([...prev].filter((x) => x !== id)) : new Set([...prev, id]))),
    toggleAll: () => setChosen(selected.size === ids.length ? new Set() : new Set(ids)),
  };

  const take = async (row: QueueTableRow) => {
    setTaking(row.id);
    setFeedback(null);
    try {
      const result = await assignToMeAction({ submissionId: row.id, version: row.version });
      setFeedback(result.ok ? { tone: "success", message: fill(m.assign.done, { id: row.id }), href: `/kyc/${row.id}` } : { tone: result.error === "conflict" || result.error === "state" ? "warning" : "danger", message: result.message, reload: result.error === "conflict" });
    } finally {
      setTaking(null);
    }
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const down = isShortcut(event, "j");
      if (!down && !isShortcut(event, "k")) return;
      const items = [...(container.current?.querySelectorAll<HTMLTableRowElement>("tbody tr[data-href]") ?? [])];
      if (items.length === 0) return;
      event.preventDefault();
      const current = items.findIndex((item) => item === document.activeElement || item.contains(document.activeElement));
      const next = current === -1 ? (down ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, current + (down ? 1 : -1)));
      items[next]!.focus();
      items[next]!.scrollIntoView({ block: "nearest" });
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  // Oldest submission first reads as "longest wait first" on the wait column, and as ascending on times.
  const sorting: DataTableSorting = [{ id: SORT_COLUMN[sort], desc: sort === "risk" || (sort === "submitted" && !decided) }];

  return (
    <SelectionContext value={selection}>
      <TakeContext value={{ take, taking }}>
        <div className="flex flex-col gap-3">
          {feedback ? <AssignmentFeedback feedback={feedback} onDismiss={() => setFeedback(null)} labels={{ open: m.assign.open, reload: m.reload, dismiss: m.dismiss }} testId="kyc-queue-feedback" /> : null}
          {bulk ? (
            <QueueBulkBar ids={[...selected]} officers={bulk.officers} onDone={(next) => { setFeedback(next); if (next.tone === "success") setChosen(new Set()); }} onClear={() => setChosen(new Set())} />
          ) : null}
          <div ref={container} className="overflow-hidden rounded-lg border border-border bg-surface shadow-xs" data-testid="kyc-queue-table">
            <DataTable
              columns={columns}
              data={rows}
              getRowId={(row) => row.id}
              rowHref={(row) => `/kyc/${row.id}`}
              caption={m.table.caption}
              emptyState={emptyState}
              columnPicker={QUEUE_COLUMN_PICKER}
              sorting={sorting}
              onSortingChange={(next) => {
                const column = next[0]?.id;
                const target = (Object.keys(SORT_COLUMN) as QueueSort[]).find((key) => SORT_COLUMN[key] === column);
                if (target && target !== sort) router.push(sortHrefs[target]);
              }}
            />
            <div className="flex flex-wrap items-center justify-between gap-3 border-t border-border bg-surface-muted px-4 py-2">
              <QueueShortcuts canTake={canTake} />
              <CursorPagination
                className="flex-1"
                hasPrev={pagination.prevHref !== null}
                hasNext={pagination.nextHref !== null}
                prevHref={pagination.prevHref ?? undefined}
                nextHref={pagination.nextHref ?? undefined}
                prevLabel={m.pagination.prev}
                nextLabel={m.pagination.next}
                label={m.pagination.label}
                summary={<span data-testid="kyc-queue-summary">{pagination.summary}</span>}
              />
            </div>
          </div>
        </div>
      </TakeContext>
    </SelectionContext>
  );
}
