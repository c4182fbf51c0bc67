// The promotion at a glance, under its title: when it runs, how much of its budget is committed, who
// created it and who approved the version that runs.
import { Card } from "@/components/ui/card";
import type { ParamMessages } from "@/components/promotions/detail/param-text";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/translate";
import { formatCny } from "@/lib/money";
import type { PromotionDetail } from "@/lib/promotions/lifecycle/queries";
import { formatDateTime } from "@/lib/time";

export function FactsCard({ promotion, locale, m }: { promotion: PromotionDetail; locale: Locale; m: ParamMessages }) {
  const d = m.review.detail;
  const live = promotion.versions.find((v) => v.id === promotion.liveVersionId) ?? null;
  const budget = promotion.budgetFen;
  const spent = promotion.spentFen;
  const share = budget > 0n ? Number((spent * 1000n) / budget) / 10 : 0;
  const left = budget > spent ? budget - spent : 0n;
  return (
    <Card data-testid="promotion-facts">
      <dl className="grid grid-cols-1 gap-x-6 gap-y-3 p-4 text-sm sm:grid-cols-2 xl:grid-cols-4">
        <div>
          <dt className="text-xs text-ink-muted">{d.window}</dt>
          <dd className="mt-0.5 tabular-nums text-ink" data-testid="promotion-window">
            {fill(d.windowValue, { from: formatDateTime(promotion.startsAt, locale), to: formatDateTime(promotion.endsAt, locale) })}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-ink-muted">{d.budget}</dt>
          <dd className="mt-0.5 text-ink" data-testid="promotion-budget">
            <span className="tabular-nums">{fill(d.budgetValue, { spent: formatCny(spent, locale), budget: formatCny(budget, locale) })}</span>
            <span
              className="mt-1.5 block h-1.5 w-full overflow-hidden rounded-full bg-surface-sunken"
              role="meter"
              aria-label={d.budget}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={share}
            >
              <span className={`block h-full rounded-full ${share >= 90 ? "bg-danger-solid" : share >= 70 ? "bg-warning-solid" : "bg-brand-solid"}`} style={{ width: `${Math.min(100, share)}%` }} />
            </span>
            <span className="mt-0.5 block text-xs text-ink-muted tabular-nums">{fill(d.budgetLeft, { left: formatCny(left, locale) })}</span>
          </dd>
        </div>
        <div>
          <dt className="text-xs text-ink-muted">{d.createdBy}</dt>
          <dd className="mt-0.5 text-ink">
            {fillNodes(d.createdValue, { name: <DataValue>{promotion.createdByName ?? d.system}</DataValue>, time: formatDateTime(promotion.createdAt, locale) })}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-ink-muted">{d.approvedBy}</dt>
          <dd className="mt-0.5 text-ink" data-testid="promotion-approved-by">
            {live?.decidedByName && live.decidedAt
              ? fillNodes(d.approvedValue, { name: <DataValue>{live.decidedByName}</DataValue>, time: formatDateTime(live.decidedAt, locale), number: live.number })
              : d.notApproved}
          </dd>
        </div>
      </dl>
    </Card>
  );
}
