// The rules helper's plain-language sentence for a set of parameters (lib/promotions/summary.ts), the same
// one the editor shows beside its form.
// SLOT (lifecycle): summarizePromotion lands with the rules helper; until then this renders nothing.
import type { Locale } from "@/lib/i18n/translate";
import type { PromotionParams } from "@/lib/promotions/params";

export function PromotionSummary({ params, locale, label }: { params: PromotionParams; locale: Locale; label: string }) {
  const text = summaryOf(params, locale);
  if (!text) return null;
  return (
    <div className="rounded-md bg-surface-muted px-3 py-2" data-testid="promotion-summary">
      <p className="text-xs text-ink-muted">{label}</p>
      <p className="mt-0.5 text-sm text-ink-strong">{text}</p>
    </div>
  );
}

function summaryOf(_params: PromotionParams, _locale: Locale): string | null {
  return null;
}
