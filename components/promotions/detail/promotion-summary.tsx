// The promotion in one plain sentence (summarizePromotion, lib/promotions/summary.ts), the same sentence the
// editor shows beside its form. Names typed by staff are data inside it, so the browser is asked not to
// translate it.
import { CATALOGUES, type Locale } from "@/lib/i18n/translate";
import type { PromotionParams } from "@/lib/promotions/params";
import { summarizePromotion } from "@/lib/promotions/summary";

export function PromotionSummary({ params, locale, label }: { params: PromotionParams; locale: Locale; label: string }) {
  const { promotions, transactions } = CATALOGUES[locale];
  const text = summarizePromotion(params, locale, { promotions, transactions });
  if (!text) return null;
  return (
    <div className="rounded-md bg-surface-muted px-3 py-2" data-testid="promotion-summary">
      <p className="text-xs text-ink-muted">{label}</p>
      <p className="mt-0.5 text-sm leading-relaxed text-ink-strong" translate="no">{text}</p>
    </div>
  );
}
