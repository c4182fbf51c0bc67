// What an administrator can do to another staff member's account, one card per change. Their own account
// is not administered here (segregation of duties): the cards give way to a notice.
import { AlertBanner } from "@/components/ui/alert-banner";
import { RolesCard } from "@/components/staff/roles-card";
import { StaffChangeCard } from "@/components/staff/staff-change-card";
import { getTranslator } from "@/lib/i18n/server";
import type { StaffDetail } from "@/lib/staff/queries";
import { formatDateTime } from "@/lib/time";

export async function StaffAdministration({ staff, self }: { staff: StaffDetail; self: boolean }) {
  const { t, locale } = await getTranslator();
  if (self) {
    return (
      <AlertBanner tone="info" testId="staff-self-notice">
        {t("staff.detail.selfNotice")}
      </AlertBanner>
    );
  }
  const version = staff.updatedAt.toISOString();
  const common = { staffId: staff.id, updatedAt: version };
  return (
    <div className="grid items-start gap-4 lg:grid-cols-2">
      <RolesCard {...common} roles={staff.roles} />
      <div className="flex flex-col gap-4">
        <StaffChangeCard
          {...common}
          kind="unlock"
          note={staff.lockedUntil ? t("staff.unlock.lockedUntil", { time: formatDateTime(staff.lockedUntil, locale) }) : undefined}
          unavailable={staff.status === "locked" ? undefined : t("staff.unlock.notLocked")}
        />
        <StaffChangeCard {...common} kind="resetPassword" />
      </div>
      <StaffChangeCard {...common} kind="resetSecondFactor" unavailable={staff.secondFactor ? undefined : t("staff.resetSecondFactor.notEnrolled")} />
      <StaffChangeCard {...common} kind={staff.status === "deactivated" ? "reactivate" : "deactivate"} />
    </div>
  );
}
