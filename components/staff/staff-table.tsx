"use client";

import { useMemo } from "react";
import { Badge } from "@/components/ui/badge";
import { TextLink } from "@/components/ui/text-link";
import { createDataTableColumnHelper, DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { StaffMessages } from "@/components/staff/messages";
import { RoleBadges, StaffStatusBadge } from "@/components/staff/status-badge";
import { useMessages } from "@/lib/i18n/provider";
import type { StaffStatus } from "@/lib/staff/schemas";

/** One staff member as the list shows them: everything already formatted on the server. */
export interface StaffTableRow {
  id: string;
  name: string;
  email: string;
  self: boolean;
  roles: string[];
  status: StaffStatus;
  statusLabel: string;
  secondFactor: boolean;
  lastSignIn: string | null;
  mustChangePassword: boolean;
  temporaryPasswordExpired: boolean;
}

/** The table's strings, picked from the staff catalogue once per language. */
function tableLabels(m: StaffMessages) {
  return {
    caption: m.tableCaption,
    ...m.columns,
    enrolled: m.secondFactor.enrolled,
    notEnrolled: m.secondFactor.notEnrolled,
    never: m.neverSignedIn,
    mustChange: m.mustChange,
    temporaryPasswordExpired: m.temporaryPasswordExpired,
    noValue: m.noValue,
    you: m.you,
    emptyTitle: m.emptyTitle,
    emptyBody: m.emptyBody,
  };
}

type StaffTableLabels = ReturnType<typeof tableLabels>;

const col = createDataTableColumnHelper<StaffTableRow>();

function staffColumns(labels: StaffTableLabels) {
  return col.columns([
    col.accessor("name", {
      header: labels.name,
      cell: ({ row }) => (
        <span className="flex items-center gap-1.5">
          <TextLink href={`/admin/staff/${row.original.id}`} className="font-medium" translate="no">
            {row.original.name}
          </TextLink>
          {row.original.self ? <Badge tone="info">{labels.you}</Badge> : null}
        </span>
      ),
    }),
    col.accessor("email", { header: labels.email, meta: { mono: true } }),
    col.accessor("roles", { header: labels.roles, cell: ({ getValue }) => <RoleBadges roles={getValue()} />, meta: { wrap: true } }),
    col.accessor("statusLabel", {
      header: labels.status,
      cell: ({ row }) => <StaffStatusBadge status={row.original.status} label={row.original.statusLabel} />,
    }),
    col.accessor("secondFactor", {
      header: labels.secondFactor,
      cell: ({ getValue }) => (getValue() ? <Badge tone="success">{labels.enrolled}</Badge> : <Badge tone="warning">{labels.notEnrolled}</Badge>),
    }),
    col.accessor("lastSignIn", {
      header: labels.lastSignIn,
      cell: ({ getValue }) => <span className="num text-ink-muted">{getValue() ?? labels.never}</span>,
    }),
    col.accessor("mustChangePassword", {
      header: labels.mustChangePassword,
      cell: ({ row, getValue }) =>
        row.original.temporaryPasswordExpired ? (
          <Badge tone="danger">{labels.temporaryPasswordExpired}</Badge>
        ) : getValue() ? (
          <Badge tone="warning">{labels.mustChange}</Badge>
        ) : (
          <span className="text-ink-subtle">{labels.noValue}</span>
        ),
    }),
  ]);
}

export function StaffTable({ rows }: { rows: StaffTableRow[] }) {
  const m = useMessages("staff");
  const labels = useMemo(() => tableLabels(m), [m]);
  const columns = useMemo(() => staffColumns(labels), [labels]);
  return (
    <DataTable
      columns={columns}
      data={rows}
      getRowId={(row) => row.id}
      rowHref={(row) => `/admin/staff/${row.id}`}
      caption={labels.caption}
      emptyState={<EmptyState title={labels.emptyTitle} description={labels.emptyBody} />}
    />
  );
}
