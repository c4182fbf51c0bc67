// What a stopped promotion's reader must know first: who paused it and why (the automatic guard's finding
// is the performance helper's banner), that a changed version must be approved before it can resume, or
// who ended it.
import { AlertBanner } from "@/components/ui/alert-banner";
import type { ParamMessages } from "@/components/promotions/detail/param-text";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/translate";
import type { PromotionDetail } from "@/lib/promotions/lifecycle/queries";
import { formatDateTime } from "@/lib/time";

export function StateBanner({ promotion, pendingChange, locale, m }: { promotion: PromotionDetail; pendingChange: number | null; locale: Locale; m: ParamMessages }) {
  const p = m.review.paused;
  if (promotion.status === "ENDED" && promotion.endedAt) {
    return (
      <AlertBanner tone="neutral" testId="promotion-ended">
        {fillNodes(p.ended, { name: <DataValue>{promotion.endedByName ?? m.review.detail.system}</DataValue>, time: formatDateTime(promotion.endedAt, locale) })}
      </AlertBanner>
    );
  }
  if (promotion.status !== "PAUSED") return null;
  // The guard's own pause is told by its banner (components/promotions/performance/guard-banner.tsx).
  if (!promotion.pausedByName && promotion.pauseReason !== "MANUAL" && pendingChange === null) return null;
  const when = promotion.pausedAt ? formatDateTime(promotion.pausedAt, locale) : "";
  const reason = promotion.pauseReason && promotion.pauseReason in m.promotions.pauseReason ? m.promotions.pauseReason[promotion.pauseReason as keyof ParamMessages["promotions"]["pauseReason"]] : null;
  // Under the guard's own banner only what it does not say: the change that must be approved first.
  if (!promotion.pausedByName && pendingChange !== null) {
    return <AlertBanner tone="warning" testId="resume-needs-approval">{fill(p.needsApproval, { number: pendingChange })}</AlertBanner>;
  }
  return (
    <AlertBanner tone="warning" title={reason ? `${p.title} · ${reason}` : p.title} testId="promotion-paused">
      <span className="block">{promotion.pausedByName ? fillNodes(p.by, { name: <DataValue>{promotion.pausedByName}</DataValue>, time: when }) : fill(p.byGuard, { time: when })}</span>
      {promotion.pauseNote ? <span className="block">{fillNodes(p.note, { note: <DataValue>{promotion.pauseNote}</DataValue> })}</span> : null}
      {pendingChange !== null ? <span className="mt-1 block font-medium" data-testid="resume-needs-approval">{fill(p.needsApproval, { number: pendingChange })}</span> : null}
    </AlertBanner>
  );
}
