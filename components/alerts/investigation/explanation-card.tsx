// Why the rule fired, in the viewer's language as the rule wrote it when it fired, with the characteristic
// it evidences and the measured values behind the sentence.
import { Card, CardBody } from "@/components/ui/card";
import { characteristicName, ruleName } from "@/components/alerts/investigation/text";
import type { AlertDetail } from "@/lib/fraud/cases/queries";
import { getTranslator, getMessages } from "@/lib/i18n/server";

export async function ExplanationCard({ alert }: { alert: AlertDetail }) {
  const [{ locale }, { alertCase: m }] = await Promise.all([getTranslator(), getMessages()]);
  const facts = Object.entries(alert.evidence.facts);
  return (
    <Card title={m.explanation.title} data-testid="alert-explanation">
      <CardBody className="flex flex-col gap-3">
        <p className="text-base leading-7 text-ink-strong" data-testid="alert-explanation-text">
          {alert.explanation[locale]}
        </p>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-ink-subtle">{m.explanation.rule}</dt>
          <dd>
            {ruleName(alert.rule, locale)}{" "}
            <span className="font-mono text-xs text-ink-subtle" translate="no">
              {alert.rule.code}
            </span>
          </dd>
          <dt className="text-ink-subtle">{m.explanation.characteristic}</dt>
          <dd data-testid="alert-characteristic">{characteristicName(alert.characteristic, locale)}</dd>
        </dl>
        {facts.length > 0 ? (
          <details className="text-sm">
            <summary className="cursor-pointer text-ink-subtle">{m.explanation.facts}</summary>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 font-mono text-xs" translate="no">
              {facts.map(([key, value]) => (
                <div key={key} className="contents">
                  <dt className="text-ink-subtle">{key}</dt>
                  <dd className="num">{String(value)}</dd>
                </div>
              ))}
            </dl>
          </details>
        ) : null}
      </CardBody>
    </Card>
  );
}
