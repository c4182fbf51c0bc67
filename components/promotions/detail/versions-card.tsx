// Every version of the promotion, newest first: who wrote it, its status, who decided it and when.
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PlainTable, cellClassName } from "@/components/ui/plain-table";
import type { ParamMessages } from "@/components/promotions/detail/param-text";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/translate";
import type { PromotionDetail } from "@/lib/promotions/lifecycle/queries";
import { formatDateTime } from "@/lib/time";

export function VersionsCard({ promotion, locale, m }: { promotion: PromotionDetail; locale: Locale; m: ParamMessages }) {
  const v = m.review.versions;
  return (
    <Card title={v.title} data-testid="promotion-versions">
      {promotion.versions.length === 0 ? (
        <p className="p-4 text-sm text-ink-subtle">{v.empty}</p>
      ) : (
        <PlainTable caption={v.caption} headers={[{ label: v.number }, { label: v.status }, { label: v.author }, { label: v.decided }]}>
          {promotion.versions.map((version) => (
            <tr key={version.id} className="group/row" data-testid={`version-row-${version.number}`}>
              <td className={`${cellClassName} whitespace-nowrap tabular-nums`}>
                {fill(m.review.timeline.version, { number: version.number })}
                {version.id === promotion.liveVersionId ? <Badge tone="success" className="ml-1.5">{v.live}</Badge> : null}
              </td>
              <td className={`${cellClassName} whitespace-nowrap`}>{m.review.versionStatus[version.status]}</td>
              <td className={cellClassName}>
                <DataValue>{version.authorName}</DataValue>
                <span className="block text-xs text-ink-muted">{formatDateTime(version.createdAt, locale)}</span>
              </td>
              <td className={cellClassName}>
                {version.decidedByName && version.decidedAt ? fillNodes(v.decidedValue, { name: <DataValue>{version.decidedByName}</DataValue>, time: formatDateTime(version.decidedAt, locale) }) : m.promotions.summary.none}
              </td>
            </tr>
          ))}
        </PlainTable>
      )}
    </Card>
  );
}
