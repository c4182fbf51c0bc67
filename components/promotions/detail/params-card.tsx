// The parameters a promotion runs with (or, before its first approval, its draft's): a plain-language
// sentence, then every field of its type as a definition list.
import { Card, CardBody } from "@/components/ui/card";
import { AlertBanner } from "@/components/ui/alert-banner";
import { DATA_FIELDS, type ParamMessages } from "@/components/promotions/detail/param-text";
import { fieldLabel, fieldsOfType, formatParamValue } from "@/lib/promotions/diff";
import { PromotionSummary } from "@/components/promotions/detail/promotion-summary";
import type { Locale } from "@/lib/i18n/translate";
import type { PromotionParams } from "@/lib/promotions/params";

export function ParamsCard({ params, live, locale, m }: { params: PromotionParams | null; live: boolean; locale: Locale; m: ParamMessages }) {
  const r = m.review.params;
  return (
    <Card title={live ? r.title : r.draftTitle} description={live ? r.description : r.draftDescription} data-testid="promotion-params">
      <CardBody className="flex flex-col gap-4">
        {params ? (
          <>
            <PromotionSummary params={params} locale={locale} label={r.summary} />
            <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_minmax(0,1fr)]">
              {fieldsOfType(params.type).map((field) => (
                <div key={field} className="contents" data-field={field}>
                  <dt className="text-ink-muted">{fieldLabel(field, m)}</dt>
                  <dd className="break-words text-ink" translate={DATA_FIELDS.includes(field) ? "no" : undefined}>
                    {formatParamValue(field, params[field], locale, m)}
                  </dd>
                </div>
              ))}
            </dl>
          </>
        ) : (
          <AlertBanner tone="warning">{r.unreadable}</AlertBanner>
        )}
      </CardBody>
    </Card>
  );
}
