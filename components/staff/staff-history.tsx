// The latest audit events about one account, so an administrator sees who changed it and why before
// changing it again.
import { Badge } from "@/components/ui/badge";
import { Card, CardFooter } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { DataValue } from "@/lib/i18n/data-value";
import { getTranslator } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import type { StaffHistoryEntry } from "@/lib/staff/queries";
import { formatDateTime } from "@/lib/time";
import { CATALOGUES } from "@/lib/i18n/translate";

function known(group: "events" | "signInFailures", code: string | null): MessageKey | null {
  const key = group === "events" ? code?.replace(".", ":") : code;
  return key && Object.hasOwn(CATALOGUES["zh-CN"].staff[group], key) ? (`staff.${group}.${key}` as MessageKey) : null;
}

export async function StaffHistory({ entries }: { entries: StaffHistoryEntry[] }) {
  const { t, locale } = await getTranslator();
  const th = "h-9 border-b border-border bg-surface-muted px-3 text-left text-xs font-medium whitespace-nowrap text-ink-muted";
  const td = "border-b border-border px-3 py-2 align-top text-sm text-ink";
  return (
    <Card title={t("staff.history.title")} description={entries.length > 0 ? t("staff.history.description", { count: entries.length }) : undefined} data-testid="staff-history">
      {entries.length === 0 ? (
        <EmptyState title={t("staff.history.empty")} />
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-separate border-spacing-0">
            <caption className="sr-only">{t("staff.history.caption")}</caption>
            <thead>
              <tr>
                <th scope="col" className={`${th} w-44`}>{t("staff.history.at")}</th>
                <th scope="col" className={`${th} w-56`}>{t("staff.history.event")}</th>
                <th scope="col" className={`${th} w-36`}>{t("staff.history.actor")}</th>
                <th scope="col" className={`${th} w-36`}>{t("staff.history.ip")}</th>
                <th scope="col" className={th}>{t("staff.history.reason")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => {
                const event = known("events", entry.action);
                // Administrators' reasons are theirs to read; the sign-in flow's are codes, named when known.
                const failure = entry.outcome === "FAILURE" ? known("signInFailures", entry.reason) : null;
                const reason = entry.action.startsWith("staff.") ? entry.reason : failure ? t(failure) : null;
                return (
                  <tr key={entry.id}>
                    <td className={`${td} num whitespace-nowrap text-ink-muted`}>{formatDateTime(entry.at, locale)}</td>
                    <td className={td}>
                      <span className="flex flex-wrap items-center gap-1.5">
                        {event ? t(event) : <code className="font-mono text-[13px]">{entry.action}</code>}
                        {entry.outcome === "FAILURE" ? <Badge tone="danger">{t("staff.history.failure")}</Badge> : null}
                      </span>
                    </td>
                    <td className={`${td} whitespace-nowrap`}>{entry.actorName ?? entry.actorEmail ? <DataValue>{entry.actorName ?? entry.actorEmail}</DataValue> : t("staff.history.system")}</td>
                    <td className={`${td} font-mono text-[13px] whitespace-nowrap text-ink-muted`}>{entry.ip ?? t("staff.noValue")}</td>
                    <td className={`${td} text-ink-muted`}>{reason ?? t("staff.noValue")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <CardFooter>
        <p className="text-xs text-ink-subtle">{t("staff.detail.timesNote")}</p>
      </CardFooter>
    </Card>
  );
}
