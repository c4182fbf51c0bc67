// The account at a glance: who, what they may do, and the state of their credentials.
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { statusLabel } from "@/components/staff/staff-list";
import { RoleBadges, StaffStatusBadge } from "@/components/staff/status-badge";
import { getTranslator } from "@/lib/i18n/server";
import type { StaffDetail } from "@/lib/staff/queries";
import { formatDateTime } from "@/lib/time";

export async function StaffSummary({ staff }: { staff: StaffDetail }) {
  const { t, locale } = await getTranslator();
  const time = (value: Date | null, empty: string) => (value ? <span className="num">{formatDateTime(value, locale)}</span> : <span className="text-ink-subtle">{empty}</span>);
  const items: [string, ReactNode][] = [
    [t("staff.detail.email"), <span key="email" className="font-mono text-[13px]">{staff.email}</span>],
    [t("staff.detail.roles"), <RoleBadges key="roles" roles={staff.roles.map((role) => t(`roles.${role}`))} />],
    [t("staff.detail.status"), <StaffStatusBadge key="status" status={staff.status} label={statusLabel(staff, t, locale)} />],
    [
      t("staff.detail.secondFactor"),
      staff.secondFactor ? <Badge tone="success">{t("staff.secondFactor.enrolled")}</Badge> : <Badge tone="warning">{t("staff.secondFactor.notEnrolled")}</Badge>,
    ],
    [t("staff.detail.lastSignIn"), time(staff.lastSignInAt, t("staff.neverSignedIn"))],
    [
      t("staff.detail.mustChangePassword"),
      staff.temporaryPasswordExpired ? (
        <Badge tone="danger" data-testid="temporary-password-expired">{t("staff.detail.temporaryPasswordExpired")}</Badge>
      ) : staff.mustChangePassword ? (
        <Badge tone="warning">{t("staff.detail.yes")}</Badge>
      ) : (
        t("staff.detail.no")
      ),
    ],
    [t("staff.detail.passwordChangedAt"), time(staff.passwordChangedAt, t("staff.noValue"))],
    // The sign-in flow restarts the count when it locks, so a count beside a lock would mislead.
    [t("staff.detail.failedAttempts"), staff.status === "active" ? <span key="failed" className="num">{staff.failedAttempts}</span> : t("staff.noValue")],
    [t("staff.detail.createdAt"), time(staff.createdAt, t("staff.noValue"))],
  ];
  return (
    <Card title={t("staff.detail.summary")} data-testid="staff-summary">
      <dl className="grid gap-x-6 gap-y-3 p-4 sm:grid-cols-2 xl:grid-cols-3">
        {items.map(([label, value]) => (
          <div key={label} className="min-w-0">
            <dt className="text-xs text-ink-subtle">{label}</dt>
            <dd className="mt-1 text-sm text-ink">{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
