// What the signed-in person can do in the console today: one sentence per role they hold, and the pages
// their roles open (named as the sidebar names them, where the links are), each with what it is for. Built
// from the navigation table, so it never names a page that does not exist (analytics is not built yet).
import { Card, CardBody } from "@/components/ui/card";
import { ROLES } from "@/lib/auth/permissions";
import { getTranslator } from "@/lib/i18n/server";
import { navFor } from "@/lib/navigation";

const AREA_HINTS = {
  "/kyc": "overview.areas.kyc",
  "/customers": "overview.areas.customers",
  "/transactions": "overview.areas.transactions",
  "/audit": "overview.areas.audit",
  "/admin/staff": "overview.areas.staff",
  "/promotions": "overview.areas.promotions",
} as const;

export async function WhatYouCanDo({ roles }: { roles: readonly string[] }) {
  const { t } = await getTranslator();
  const held = ROLES.filter((role) => roles.includes(role));
  const areas = navFor(roles).filter((entry): entry is typeof entry & { href: keyof typeof AREA_HINTS } => entry.href in AREA_HINTS);
  return (
    <Card title={t("overview.canDoTitle")} data-testid="overview-can-do">
      <CardBody className="flex flex-col gap-3 text-sm">
        {held.map((role) => (
          <p key={role}>
            <span className="font-medium text-ink-strong">{t(`roles.${role}`)}</span>
            {t("overview.roleSeparator")}
            {t(`overview.roleToday.${role}`)}
          </p>
        ))}
        <ul className="flex flex-col gap-1.5">
          {areas.map((entry) => (
            <li key={entry.href}>
              <span className="font-medium text-ink-strong">{t(entry.label)}</span>
              <span className="text-ink-muted">{t("overview.roleSeparator")}{t(AREA_HINTS[entry.href])}</span>
            </li>
          ))}
          <li>
            <span className="font-medium text-ink-strong">{t("overview.areas.accountLink")}</span>
            <span className="text-ink-muted">{t("overview.roleSeparator")}{t("overview.areas.account")}</span>
          </li>
        </ul>
      </CardBody>
    </Card>
  );
}
