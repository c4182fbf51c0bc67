import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { LocaleSwitch } from "@/components/layout/locale-switch";
import { getStaffSession } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { MessagesProvider } from "@/lib/i18n/messages-provider";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("login.submit") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; signedOut?: string; reason?: string }> }) {
  if (await getStaffSession()) redirect("/");
  const { t } = await getTranslator();
  const params = await searchParams;
  const notice = params.signedOut
    ? t("login.signedOut")
    : params.reason === "idle"
      ? t("login.expired", { minutes: Math.round(env.SESSION_IDLE_SECONDS / 60) || 1 })
      : params.reason === "expired"
        ? t("login.sessionEnded")
        : null;
  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-canvas px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-between">
          <div>
            <p className="text-xs font-medium uppercase tracking-wide text-brand-700">{t("app.bank")}</p>
            <h1 className="mt-1 text-xl font-semibold text-ink">{t("login.title")}</h1>
          </div>
          <MessagesProvider namespaces={["header", "locale"]}>
            <LocaleSwitch />
          </MessagesProvider>
        </div>
        <div className="rounded-lg border border-border bg-surface p-6 shadow-sm">
          <p className="mb-5 text-sm text-ink-muted">{t("login.subtitle")}</p>
          <MessagesProvider namespaces={["login"]}>
            <LoginForm callbackUrl={safeCallback(params.callbackUrl)} notice={notice} />
          </MessagesProvider>
        </div>
        <p className="mt-4 text-center text-xs text-ink-subtle">{t("login.footer")}</p>
      </div>
    </main>
  );
}

/** Only same-site paths: an open redirect after sign-in would be a phishing aid. */
function safeCallback(value: string | undefined): string {
  if (!value) return "/";
  try {
    const url = new URL(value, "http://console.local");
    return url.host === "console.local" ? url.pathname + url.search : "/";
  } catch {
    return "/";
  }
}
