import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { ConsoleNav } from "@/components/layout/console-nav";
import { LocaleSwitch } from "@/components/layout/locale-switch";
import { IdleGuard } from "@/components/layout/idle-guard";
import { PageShell } from "@/components/layout/page-shell";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { StaffBadge } from "@/components/layout/staff-badge";
import { Badge } from "@/components/ui/badge";
import { requireStaff } from "@/lib/auth/session";
import { env, isEmbeddedDatabase } from "@/lib/env";
import { getTranslator } from "@/lib/i18n/server";
import { MessagesProvider } from "@/lib/i18n/messages-provider";
import { navFor } from "@/lib/navigation";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const staff = await requireStaff();
  const { t } = await getTranslator();
  const sectionLabel = { work: t("nav.sectionWork"), oversight: t("nav.sectionOversight") };
  const items = navFor(staff.roles).map((entry) => ({ href: entry.href, label: t(entry.label), icon: entry.icon, section: sectionLabel[entry.section] }));

  // The provider wraps the whole frame: the header's locale switch and the idle guard read it too.
  return (
    <MessagesProvider namespaces={["app", "roles", "nav", "header", "locale", "actions", "validation", "session", "errors", "overview", "account"]}>
      <PageShell
        skipLabel={t("app.skipToContent")}
        sidebar={
          <ConsoleNav
            items={items}
            label={t("nav.mainLabel")}
            brand={
              <div className="leading-tight">
                <p className="text-sm font-semibold text-ink">{t("app.name")}</p>
                <p className="text-xs text-ink-subtle">{t("app.bank")}</p>
              </div>
            }
            footer={isEmbeddedDatabase ? <Badge tone="warning">{t("header.demoDatabase")}</Badge> : undefined}
          />
        }
        header={
          <AppHeader
            right={
              <div className="flex items-center gap-4">
                <LocaleSwitch />
                <StaffBadge name={staff.name} email={staff.email} roles={staff.roles.map((role) => t(`roles.${role}`))} label={t("header.signedInAs")} accountLabel={t("account.myAccount")} />
                <SignOutButton label={t("header.signOut")} />
              </div>
            }
          />
        }
      >
        {children}
        <IdleGuard idleSeconds={env.SESSION_IDLE_SECONDS} />
      </PageShell>
    </MessagesProvider>
  );
}
