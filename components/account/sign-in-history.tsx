// The person's own recent sign-ins, as they would describe them: when, whether it worked, which browser on
// which system, and from where (the kind of network, with the address). The raw user agent stays in a tooltip.
// Browser and system names are product names, not UI text: marked translate="no" like other data.
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { describeUserAgent, networkKind } from "@/lib/account/device";
import type { SignInRow } from "@/lib/account/queries";
import { getTranslator } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/time";

export async function SignInHistory({ events }: { events: SignInRow[] }) {
  const { t, locale } = await getTranslator();
  if (events.length === 0) return <EmptyState title={t("account.signInsEmpty")} />;
  const unknown = <span className="text-ink-subtle">{t("account.unknown")}</span>;
  const th = "px-4 py-2 font-medium";
  return (
    <table className="w-full text-sm" data-testid="sign-in-history">
      <thead className="bg-surface-muted text-left text-xs text-ink-muted">
        <tr>
          <th className={th}>{t("account.when")}</th>
          <th className={th}>{t("account.result")}</th>
          <th className={th}>{t("account.browser")}</th>
          <th className={th}>{t("account.system")}</th>
          <th className={th}>{t("account.place")}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => {
          const device = describeUserAgent(event.userAgent);
          return (
            <tr key={event.id.toString()} className="border-t border-border" title={event.userAgent ?? undefined}>
              <td className="num px-4 py-2 whitespace-nowrap">{formatDateTime(event.createdAt, locale)}</td>
              <td className="px-4 py-2">
                {event.action === "auth.lockout" ? (
                  <Badge tone="critical">{t("account.lockedOut")}</Badge>
                ) : event.outcome === "SUCCESS" ? (
                  <Badge tone="success">{t("account.succeeded")}</Badge>
                ) : (
                  <Badge tone="danger">{t("account.failed")}</Badge>
                )}
              </td>
              <td className="px-4 py-2" data-testid="sign-in-browser">{device.browser ? <span translate="no">{device.browser}</span> : unknown}</td>
              <td className="px-4 py-2" data-testid="sign-in-system">{device.system ? <span translate="no">{device.system}</span> : unknown}</td>
              <td className="px-4 py-2" data-testid="sign-in-place">
                {t(`account.network.${networkKind(event.ip)}`)}
                {event.ip ? <span className="ml-1 font-mono text-xs text-ink-muted">{event.ip}</span> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
