"use client";

import type { KeyboardEvent, MouseEvent, ReactNode } from "react";
import { useRouter } from "next/navigation";
import { clsx } from "clsx";
import { ArrowDown, ArrowUp, ChevronsUpDown } from "lucide-react";
import {
  FlexRender,
  columnVisibilityFeature,
  createColumnHelper,
  functionalUpdate,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type Header,
  type Row,
  type RowData,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { ColumnPicker, useColumnVisibility, type ColumnPickerConfig } from "@/components/ui/column-picker";

/** Per-column presentation hints, set via `meta` in a column definition. */
export type DataTableColumnMeta = {
  /** "end" for amounts and counts; also switches on tabular figures. */
  align?: "start" | "center" | "end";
  /** CSS width of the column, e.g. "8rem" or "20%". */
  width?: string;
  /** Let long text wrap instead of staying on one line. */
  wrap?: boolean;
  /** Monospace, for ids and references. */
  mono?: boolean;
  headerClassName?: string;
  cellClassName?: string;
  /** The column's name in the column picker, when its header is not plain text. */
  label?: string;
};

// Sorting is server-driven: the feature supplies state and header APIs, no client sorted row model.
// Visibility is driven by the column picker (columnPicker prop); without it every column shows.
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns of mixed value types, as TanStack's helper.columns() returns
export type DataTableColumn<TRow extends RowData> = ColumnDef<DataTableFeatures, TRow, any>;
export type DataTableSorting = SortingState;

/**
 * Column helper bound to the DataTable features. Define columns at module scope in a client component:
 *
 *   const col = createDataTableColumnHelper<KycCase>();
 *   const columns = col.columns([
 *     col.accessor("reference", { header: "编号", meta: { mono: true } }),
 *     col.accessor("amountFen", { header: "金额", cell: (c) => formatFen(c.getValue()), meta: { align: "end" } }),
 *     col.display({ id: "actions", cell: ({ row }) => <RowMenu row={row.original} /> }),
 *   ]);
 */
export function createDataTableColumnHelper<TRow extends RowData>() {
  return createColumnHelper<DataTableFeatures, TRow>();
}

export type DataTableProps<TRow extends RowData> = {
  /** Keep stable (module scope or useMemo): a new array each render rebuilds the table model. */
  columns: DataTableColumn<TRow>[];
  /** One page of rows, already sorted by the server. */
  data: TRow[];
  getRowId: (row: TRow) => string;
  /** Current server sort; at most one column. */
  sorting?: DataTableSorting;
  /** Receives the next sort; usually writes it to the URL. Without it, headers are not sortable. */
  onSortingChange?: (sorting: DataTableSorting) => void;
  /** Rows come sorted from the server; the table never reorders them. Kept for explicitness. */
  manualSorting?: true;
  /** Shown in the body when there are no rows. */
  emptyState?: ReactNode;
  onRowClick?: (row: TRow) => void;
  /** Makes each row navigate on click / Enter; Ctrl/Cmd-click and middle-click open a new tab. */
  rowHref?: (row: TRow) => string;
  /** Visually hidden caption naming the table for screen readers. */
  caption: string;
  density?: "compact" | "comfortable";
  /** Gives the table its own scroll area (e.g. "calc(100dvh - 16rem)") so the header sticks while rows scroll. */
  maxHeight?: string;
  className?: string;
  /** Offers a column picker above the table for the columns it names as hideable; the choice is remembered per table. */
  columnPicker?: ColumnPickerConfig;
};

const noSorting: DataTableSorting = [];

// Clicks on these inside a row do their own thing instead of opening the row.
const interactive = "a,button,input,select,textarea,label,summary,[role=button],[role=checkbox],[role=menuitem]";

export function DataTable<TRow extends RowData>({
  columns,
  data,
  getRowId,
  sorting = noSorting,
  onSortingChange,
  emptyState,
  onRowClick,
  rowHref,
  caption,
  density = "compact",
  maxHeight,
  className,
  columnPicker,
}: DataTableProps<TRow>) {
  const router = useRouter();
  const visibility = useColumnVisibility(columnPicker);
  const columnVisibility = Object.fromEntries(visibility.hidden.map((id) => [id, false]));

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId,
    state: { sorting, columnVisibility },
    onSortingChange: (updater: Updater<SortingState>) => onSortingChange?.(functionalUpdate(updater, sorting)),
    manualSorting: true,
    enableSorting: onSortingChange != null,
    enableMultiSort: false,
    enableSortingRemoval: false,
  });

  const rows = table.getRowModel().rows;
  const leafCount = table.getVisibleLeafColumns().length;
  const clickable = rowHref != null || onRowClick != null;

  function openRow(row: Row<DataTableFeatures, TRow>, newTab: boolean) {
    if (rowHref) {
      const href = rowHref(row.original);
      if (newTab) window.open(href, "_blank", "noopener");
      else router.push(href);
    } else {
      onRowClick?.(row.original);
    }
  }

  function handleClick(event: MouseEvent<HTMLTableRowElement>, row: Row<DataTableFeatures, TRow>) {
    const target = event.target as HTMLElement;
    if (target.closest(interactive)) return;
    // Selecting text (to copy a reference number) must not navigate away.
    if (window.getSelection()?.toString()) return;
    openRow(row, rowHref != null && (event.metaKey || event.ctrlKey));
  }

  function handleAuxClick(event: MouseEvent<HTMLTableRowElement>, row: Row<DataTableFeatures, TRow>) {
    if (event.button !== 1 || !rowHref) return;
    if ((event.target as HTMLElement).closest(interactive)) return;
    event.preventDefault();
    openRow(row, true);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTableRowElement>, row: Row<DataTableFeatures, TRow>) {
    if (event.key !== "Enter" || event.target !== event.currentTarget) return;
    event.preventDefault();
    openRow(row, rowHref != null && (event.metaKey || event.ctrlKey));
  }

  const rowHeight = density === "compact" ? "h-9" : "h-11";

  const scroller = (
    <div
      className={clsx("relative w-full", maxHeight ? "overflow-auto" : "overflow-x-auto", !columnPicker && className)}
      style={maxHeight ? { maxHeight } : undefined}
      data-table-scroller=""
    >
      <table className="w-full border-separate border-spacing-0 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <HeaderCell key={header.id} header={header} sorted={header.column.getIsSorted()} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={leafCount}>
                {emptyState}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr
                key={row.id}
                tabIndex={clickable ? 0 : undefined}
                onClick={clickable ? (event) => handleClick(event, row) : undefined}
                onAuxClick={rowHref ? (event) => handleAuxClick(event, row) : undefined}
                onKeyDown={clickable ? (event) => handleKeyDown(event, row) : undefined}
                data-href={rowHref ? rowHref(row.original) : undefined}
                className={clsx(
                  "group/row transition-[background-color] hover:bg-surface-hover",
                  clickable && "cursor-pointer focus-visible:bg-brand-50 focus-visible:outline-offset-[-2px]",
                )}
              >
                {row.getVisibleCells().map((cell) => {
                  const meta = cell.column.columnDef.meta;
                  return (
                    <td
                      key={cell.id}
                      className={clsx(
                        rowHeight,
                        "border-b border-border px-3 align-middle text-ink group-last/row:border-b-0",
                        alignClassName(meta?.align),
                        meta?.align === "end" && "num",
                        meta?.wrap ? "py-2" : "whitespace-nowrap",
                        meta?.mono && "font-mono text-[13px]",
                        meta?.cellClassName,
                      )}
                    >
                      <FlexRender cell={cell} />
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );

  if (!columnPicker) return scroller;
  const options = table
    .getAllLeafColumns()
    .filter((column) => columnPicker.hideable.includes(column.id))
    .map((column) => ({ id: column.id, label: columnLabel(column.columnDef), visible: column.getIsVisible() }));
  return (
    <div className={clsx("w-full", className)}>
      <div className="flex justify-end pb-1">
        <ColumnPicker options={options} onToggle={visibility.setVisible} onReset={visibility.reset} />
      </div>
      {scroller}
    </div>
  );
}

function columnLabel<TRow extends RowData>(def: DataTableColumn<TRow>): string {
  if (def.meta?.label) return def.meta.label;
  if (typeof def.header === "string") return def.header;
  return def.id ?? "";
}

function alignClassName(align: DataTableColumnMeta["align"]) {
  if (align === "end") return "text-right";
  if (align === "center") return "text-center";
  return "text-left";
}

// `sorted` arrives as a prop (not read inside) so the header re-renders whenever the sort changes.
function HeaderCell<TRow extends RowData>({
  header,
  sorted,
}: {
  header: Header<DataTableFeatures, TRow, unknown>;
  sorted: false | "asc" | "desc";
}) {
  const meta = header.column.columnDef.meta;
  const canSort = !header.isPlaceholder && header.column.getCanSort();
  const content = header.isPlaceholder ? null : <FlexRender header={header} />;

  return (
    <th
      scope="col"
      colSpan={header.colSpan}
      aria-sort={canSort ? (sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none") : undefined}
      style={meta?.width ? { width: meta.width } : undefined}
      className={clsx(
        "sticky top-0 z-10 h-9 border-b border-border bg-surface-muted px-3 text-xs font-medium whitespace-nowrap text-ink-muted",
        alignClassName(meta?.align),
        meta?.headerClassName,
      )}
    >
      {canSort ? (
        <button
          type="button"
          onClick={header.column.getToggleSortingHandler()}
          className={clsx(
            "group/sort -mx-1 inline-flex items-center gap-1 rounded-sm px-1 py-0.5 hover:text-ink",
            meta?.align === "end" && "flex-row-reverse",
            sorted && "text-ink",
          )}
        >
          {content}
          {sorted === "asc" ? (
            <ArrowUp aria-hidden className="size-3.5 text-brand-600" />
          ) : sorted === "desc" ? (
            <ArrowDown aria-hidden className="size-3.5 text-brand-600" />
          ) : (
            <ChevronsUpDown aria-hidden className="size-3.5 text-ink-disabled group-hover/sort:text-ink-subtle" />
          )}
        </button>
      ) : (
        content
      )}
    </th>
  );
}
