import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { Locale, Translate } from "@/lib/i18n/translate";
import { formatDateTime } from "@/lib/time";

interface SignInEvent {
  id: bigint;
  createdAt: Date;
  action: string;
  outcome: "SUCCESS" | "FAILURE";
  ip: string | null;
  userAgent: string | null;
}

export function SignInHistory({ events, locale, t }: { events: SignInEvent[]; locale: Locale; t: Translate }) {
  if (events.length === 0) return <EmptyState title={t("account.signInsEmpty")} />;
  return (
    <table className="w-full text-sm" data-testid="sign-in-history">
      <thead className="bg-surface-muted text-left text-xs text-ink-muted">
        <tr>
          <th className="px-4 py-2 font-medium">{t("account.when")}</th>
          <th className="px-4 py-2 font-medium">{t("account.result")}</th>
          <th className="px-4 py-2 font-medium">{t("account.ip")}</th>
          <th className="px-4 py-2 font-medium">{t("account.device")}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id.toString()} className="border-t border-border">
            <td className="num whitespace-nowrap px-4 py-2">{formatDateTime(event.createdAt, locale)}</td>
            <td className="px-4 py-2">
              {event.action === "auth.lockout" ? (
                <Badge tone="critical">{t("account.lockedOut")}</Badge>
              ) : event.outcome === "SUCCESS" ? (
                <Badge tone="success">{t("account.succeeded")}</Badge>
              ) : (
                <Badge tone="danger">{t("account.failed")}</Badge>
              )}
            </td>
            <td className="num px-4 py-2 font-mono text-xs">{event.ip ?? "—"}</td>
            <td className="max-w-md truncate px-4 py-2 text-ink-muted" title={event.userAgent ?? undefined}>
              {event.userAgent ?? "—"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
