"use client";
// Beside the form: the promotion in one plain sentence (summarizePromotion, lib/promotions/summary.ts),
// redrawn on every key from whatever the form holds (a half-typed value leaves its clause out). Names typed
// by staff are data inside the sentence, so the browser is asked not to translate it.
import { Card, CardBody } from "@/components/ui/card";
import { useLocale, useMessages } from "@/lib/i18n/provider";
import { summarizePromotion, type DraftParams } from "@/lib/promotions/summary";

export function PromotionSummary({ params }: { params: DraftParams }) {
  const promotions = useMessages("promotions");
  const transactions = useMessages("transactions");
  const locale = useLocale();
  const text = summarizePromotion(params, locale, { promotions, transactions });
  return (
    <Card title={promotions.editor.summary}>
      <CardBody>
        <p className="text-sm leading-relaxed text-ink" aria-live="polite" data-testid="promotion-summary" translate={text ? "no" : undefined}>
          {text || <span className="text-ink-subtle">{promotions.editor.summaryWaiting}</span>}
        </p>
      </CardBody>
    </Card>
  );
}
