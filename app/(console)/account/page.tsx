import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { MfaEnrolment } from "@/components/account/mfa-enrolment";
import { SignInHistory } from "@/components/account/sign-in-history";
import { PageHeader } from "@/components/layout/page-header";
import { Card, CardBody } from "@/components/ui/card";
import { ownSecurityState, recentSignIns } from "@/lib/account/queries";
import { requireArea } from "@/lib/auth/page-gate";
import { getTranslator } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("account.title") };
}

export default async function AccountPage() {
  const staff = await requireArea("/account");
  const { t, locale } = await getTranslator();
  const [signIns, security] = await Promise.all([recentSignIns(staff.id), ownSecurityState(staff.id)]);

  return (
    <div className="flex max-w-5xl flex-col gap-5">
      <PageHeader title={t("account.title")} description={t("account.description")} />
      <Card title={t("account.signInsTitle")}>
        <SignInHistory events={signIns} />
      </Card>
      <div className="grid gap-5 lg:grid-cols-2">
        <div className="flex flex-col gap-5">
          <Card title={t("account.securityTitle")}>
            <CardBody>
              <dl className="flex flex-col gap-3 text-sm">
                <div>
                  <dt className="font-medium text-ink">{t("account.secondFactor")}</dt>
                  <dd className="text-ink-muted" data-testid="mfa-state">
                    {security.totpEnabledAt ? t("account.enabledSince", { date: formatDateTime(security.totpEnabledAt, locale) }) : t("account.notEnabled")}
                  </dd>
                  {security.totpEnabledAt ? <dd className="text-ink-muted">{t("account.recoveryLeft", { count: security._count.recoveryCodes })}</dd> : null}
                </div>
                <div>
                  <dt className="font-medium text-ink">{t("account.changePasswordTitle")}</dt>
                  <dd className="text-ink-muted">
                    {security.passwordChangedAt ? t("account.passwordChanged", { date: formatDateTime(security.passwordChangedAt, locale) }) : t("account.passwordNeverChanged")}
                  </dd>
                </div>
              </dl>
            </CardBody>
          </Card>
          {/* Where the second factor is optional (the embedded demo database), anyone may still turn it on. */}
          {security.totpEnabledAt ? null : (
            <Card title={t("account.mfa.offerTitle")}>
              <CardBody>
                <MfaEnrolment />
              </CardBody>
            </Card>
          )}
        </div>
        <Card title={t("account.changePasswordTitle")}>
          <CardBody>
            <ChangePasswordForm />
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
