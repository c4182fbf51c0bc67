// The list of staff accounts: rows read and formatted here (times in Beijing time, role names in the
// reader's language), shown by the client table.
import { StaffTable, type StaffTableRow } from "@/components/staff/staff-table";
import type { StaffSession } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import type { Locale, Translate } from "@/lib/i18n/translate";
import type { StaffListRow } from "@/lib/staff/queries";
import { formatDateTime } from "@/lib/time";

export function statusLabel(row: Pick<StaffListRow, "status" | "lockedUntil">, t: Translate, locale: Locale): string {
  if (row.status === "locked" && row.lockedUntil) return t("staff.status.lockedUntil", { time: formatDateTime(row.lockedUntil, locale) });
  return t(`staff.status.${row.status}`);
}

export async function StaffList({ rows, viewer }: { rows: StaffListRow[]; viewer: StaffSession }) {
  const { t, locale } = await getTranslator();
  const tableRows: StaffTableRow[] = rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    self: row.id === viewer.id,
    roles: row.roles.map((role) => t(`roles.${role}`)),
    status: row.status,
    statusLabel: statusLabel(row, t, locale),
    secondFactor: row.secondFactor,
    lastSignIn: row.lastSignInAt ? formatDateTime(row.lastSignInAt, locale) : null,
    mustChangePassword: row.mustChangePassword,
    temporaryPasswordExpired: row.temporaryPasswordExpired,
  }));
  return <StaffTable rows={tableRows} />;
}
