// The registered clients: name, key id, limit, state, who registered them, when they last called, and a
// revoke button while they are active. Names and ids are data (translate="no"); times in Beijing time.
import { RevokeClient } from "@/components/api-clients/revoke-client";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { cellClassName, PlainTable } from "@/components/ui/plain-table";
import type { ApiClientRow } from "@/lib/fraud/decisions/queries";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { getTranslator } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/time";

export async function ClientTable({ rows }: { rows: ApiClientRow[] }) {
  const { t, locale } = await getTranslator();
  if (rows.length === 0) return <EmptyState title={t("apiClients.list.empty")} description={t("apiClients.list.emptyHint")} />;
  const headers = ["name", "keyId", "rateLimit", "status", "createdBy", "lastUsedAt", "actions"] as const;
  return (
    <PlainTable caption={t("apiClients.listTitle")} headers={headers.map((key) => ({ label: t(`apiClients.list.${key}`) }))} testId="api-client-list">
      {rows.map((row) => (
        <tr key={row.id} className="group/row" data-testid="api-client-row" data-key-id={row.keyId}>
          <td className={cellClassName}>
            <DataValue className="font-medium text-ink-strong">{row.name}</DataValue>
          </td>
          <td className={cellClassName}>
            <code translate="no" className="font-mono text-xs">
              {row.keyId}
            </code>
          </td>
          <td className={`${cellClassName} whitespace-nowrap`}>{t("apiClients.list.perMinute", { limit: row.rateLimitPerMinute.toLocaleString(locale) })}</td>
          <td className={cellClassName}>
            <Badge tone={row.active ? "success" : "neutral"} dot data-testid="api-client-status">
              {t(row.active ? "apiClients.status.active" : "apiClients.status.revoked")}
            </Badge>
            {row.revokedAt ? <p className="mt-1 text-xs text-ink-subtle">{t("apiClients.list.revokedAt", { time: formatDateTime(row.revokedAt, locale) })}</p> : null}
            {row.revokeReason ? (
              <p className="mt-0.5 max-w-64 text-xs text-ink-subtle">{fillNodes(t("apiClients.list.revokeReason"), { reason: <DataValue>{row.revokeReason}</DataValue> })}</p>
            ) : null}
          </td>
          <td className={cellClassName}>
            <DataValue>{row.createdBy}</DataValue>
            <p className="text-xs whitespace-nowrap text-ink-subtle">{formatDateTime(row.createdAt, locale)}</p>
          </td>
          <td className={`${cellClassName} whitespace-nowrap`} data-testid="api-client-last-used">
            {row.lastUsedAt ? formatDateTime(row.lastUsedAt, locale) : <span className="text-ink-subtle">{t("apiClients.list.never")}</span>}
          </td>
          <td className={cellClassName}>{row.active ? <RevokeClient clientId={row.id} name={row.name} version={row.version} /> : null}</td>
        </tr>
      ))}
    </PlainTable>
  );
}
