// The promotion's activity from the audit trail, newest first: every lifecycle step, the editor's saves,
// simulations, the clock's and the guard's automatic changes (no actor: the system), with the fields a
// step changed and the reason someone gave.
import { fieldLabel } from "@/lib/promotions/diff";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { fieldOfAuditKey, type ParamField, type ParamMessages } from "@/components/promotions/detail/param-text";
import { auditActionLabel } from "@/lib/audit/labels";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { fill } from "@/lib/i18n/fill";
import type { Locale, Translate } from "@/lib/i18n/translate";
import { getPromotionActivity } from "@/lib/promotions/lifecycle/queries";
import { formatDateTimeSeconds } from "@/lib/time";

export async function ActivityCard({ promotionId, locale, t, m }: { promotionId: string; locale: Locale; t: Translate; m: ParamMessages }) {
  const entries = await getPromotionActivity(promotionId);
  const tl = m.review.timeline;
  return (
    <Card title={tl.title} description={tl.description} data-testid="promotion-activity">
      {entries.length === 0 ? (
        <p className="p-4 text-sm text-ink-subtle">{tl.empty}</p>
      ) : (
        <ol className="max-h-[32rem] overflow-y-auto px-4 py-2">
          {entries.map((entry) => {
            const fields = entry.changed.map(fieldOfAuditKey).filter((f): f is ParamField => f !== null);
            return (
              <li key={String(entry.id)} className="relative border-l border-border py-2 pl-4" data-testid="activity-entry" data-action={entry.action}>
                <span aria-hidden className="absolute top-3.5 -left-[4.5px] size-2 rounded-full bg-border-strong" />
                <p className="flex flex-wrap items-center gap-1.5 text-sm text-ink">
                  {auditActionLabel(t, entry.action)}
                  {entry.versionNumber !== null ? <Badge>{fill(tl.version, { number: entry.versionNumber })}</Badge> : null}
                  {entry.failed ? <Badge tone="danger">{tl.failed}</Badge> : null}
                </p>
                {fields.length > 0 ? <p className="mt-0.5 text-xs text-ink-muted">{fill(tl.changed, { fields: fields.map((f) => fieldLabel(f, m)).join(m.review.values.separator) })}</p> : null}
                {entry.reason ? <p className="mt-0.5 text-xs break-words text-ink-muted">{fillNodes(tl.reason, { reason: <DataValue>{entry.reason}</DataValue> })}</p> : null}
                <p className="mt-0.5 text-xs text-ink-subtle">
                  {entry.actorName || entry.actorEmail ? <DataValue>{entry.actorName ?? entry.actorEmail}</DataValue> : m.review.detail.system} · {formatDateTimeSeconds(entry.at, locale)}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
