"use client";
// One page of the alert queue: the table (columns in alert-columns.tsx), its pagination, "take" on a row,
// and the rows raised since the page was opened marked new and announced politely. The page refreshes
// itself when the live feed hears of a new alert (live-status.tsx); this table only compares each row with
// the newest alert it saw first.
import { useMemo, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { DataTable, type DataTableSorting } from "@/components/ui/data-table";
import { CursorPagination } from "@/components/ui/pagination";
import { ALERT_COLUMN_PICKER, alertColumns, NewRowsContext, TakeContext, type AlertTableRow } from "@/components/alerts/queue/alert-columns";
import { AssignmentFeedback, type Feedback } from "@/components/queue/assignment-feedback";
import { fill } from "@/components/alerts/queue/messages";
import { useMessages } from "@/lib/i18n/provider";
import { assignAlertToMeAction } from "@/lib/fraud/queue/actions";
import { alertHref, type AlertSort } from "@/lib/fraud/queue/view";

export type { AlertTableRow } from "@/components/alerts/queue/alert-columns";

export interface AlertTableProps {
  rows: AlertTableRow[];
  sort: AlertSort;
  /** Hrefs of the same view under each sort. */
  sortHrefs: Record<AlertSort, string>;
  /** The newest alert when the page was first rendered: rows after it are new. */
  baseline: { id: string; createdAt: string } | null;
  emptyState: ReactNode;
  pagination: { prevHref: string | null; nextHref: string | null; summary: string };
}

const SORT_COLUMN: Record<AlertSort, string> = { newest: "age", severity: "severity", amount: "amount" };

function after(row: { id: string; createdAt: string }, mark: { id: string; createdAt: string } | null): boolean {
  if (!mark) return true;
  return row.createdAt > mark.createdAt || (row.createdAt === mark.createdAt && row.id > mark.id);
}

export function AlertTable({ rows, sort, sortHrefs, baseline, emptyState, pagination }: AlertTableProps) {
  const m = useMessages("alerts");
  const columns = useMemo(() => alertColumns(m), [m]);
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [taking, setTaking] = useState<string | null>(null);
  // The first baseline stays: a refresh brings a later one, and the rows between are what is new.
  const [since] = useState(baseline);
  const fresh = useMemo(() => new Set(rows.filter((row) => after(row, since)).map((row) => row.id)), [rows, since]);

  const take = async (row: AlertTableRow) => {
    setTaking(row.id);
    setFeedback(null);
    try {
      const result = await assignAlertToMeAction({ alertId: row.id, version: row.version });
      setFeedback(
        result.ok
          ? { tone: "success", message: fill(m.assign.done, { id: row.id }), href: alertHref(row.id) }
          : { tone: result.error === "conflict" || result.error === "state" ? "warning" : "danger", message: result.message, reload: result.error === "conflict" },
      );
    } finally {
      setTaking(null);
    }
  };

  const sorting: DataTableSorting = [{ id: SORT_COLUMN[sort], desc: true }];

  return (
    <NewRowsContext value={fresh}>
      <TakeContext value={{ take, taking }}>
        <div className="flex flex-col gap-3">
          {feedback ? <AssignmentFeedback feedback={feedback} onDismiss={() => setFeedback(null)} labels={{ open: m.assign.open, reload: m.reload, dismiss: m.dismiss }} testId="alert-queue-feedback" /> : null}
          <p className="sr-only" aria-live="polite" data-testid="alert-new-announcement">
            {fresh.size > 0 ? fill(m.live.announce, { count: fresh.size }) : ""}
          </p>
          <div className="overflow-hidden rounded-lg border border-border bg-surface shadow-xs" data-testid="alert-queue-table">
            <DataTable
              columns={columns}
              data={rows}
              getRowId={(row) => row.id}
              rowHref={(row) => alertHref(row.id)}
              caption={m.table.caption}
              emptyState={emptyState}
              columnPicker={ALERT_COLUMN_PICKER}
              sorting={sorting}
              onSortingChange={(next) => {
                const column = next[0]?.id;
                const target = (Object.keys(SORT_COLUMN) as AlertSort[]).find((key) => SORT_COLUMN[key] === column);
                if (target && target !== sort) router.push(sortHrefs[target]);
              }}
            />
            <div className="flex flex-wrap items-center justify-between gap-3 border-t border-border bg-surface-muted px-4 py-2">
              <CursorPagination
                className="flex-1"
                hasPrev={pagination.prevHref !== null}
                hasNext={pagination.nextHref !== null}
                prevHref={pagination.prevHref ?? undefined}
                nextHref={pagination.nextHref ?? undefined}
                prevLabel={m.pagination.prev}
                nextLabel={m.pagination.next}
                label={m.pagination.label}
                summary={<span data-testid="alert-queue-summary">{pagination.summary}</span>}
              />
            </div>
          </div>
        </div>
      </TakeContext>
    </NewRowsContext>
  );
}
