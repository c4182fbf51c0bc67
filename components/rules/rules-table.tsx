// /rules: every rule with its live parameters, severity, switch, last change, alerts of the last seven
// days and the drafts waiting on it.
import { Card } from "@/components/ui/card";
import { PlainTable, cellClassName } from "@/components/ui/plain-table";
import { TextLink } from "@/components/ui/text-link";
import { SeverityBadge } from "@/components/rules/severity-badge";
import { formatParam } from "@/components/rules/param-format";
import { characteristicByCode } from "@/lib/fraud/rules/characteristics";
import { raisedRuleByCode } from "@/lib/fraud/rules/raised";
import { listRules } from "@/lib/fraud/versions/queries";
import { fill } from "@/lib/i18n/fill";
import { getTranslator } from "@/lib/i18n/server";
import { CATALOGUES } from "@/lib/i18n/translate";
import { formatCount } from "@/lib/money";
import { formatDateTime } from "@/lib/time";

export async function RulesTable() {
  const { locale } = await getTranslator();
  const m = CATALOGUES[locale].rules;
  const severity = CATALOGUES[locale].alerts.severity;
  const rules = await listRules();
  const headers = [m.list.rule, m.list.characteristic, m.list.params, m.list.severity, m.list.enabled, m.list.lastChange, m.list.alerts7d, m.list.pending, m.list.drafts].map((label, i) => ({ label, align: i >= 6 ? ("end" as const) : undefined }));
  return (
    <Card>
      <PlainTable caption={m.title} headers={headers} testId="rules-table">
        {rules.map((rule) => {
          // A rule another guard raises (PROMOTION_FARMING) has no parameters here, but a name and a characteristic.
          const raised = rule.definition ? undefined : raisedRuleByCode(rule.code);
          const known = rule.definition ?? raised;
          const name = known ? known.name[locale] : rule.storedName;
          const characteristic = known ? characteristicByCode(known.characteristic)?.label[locale] : null;
          return (
            <tr key={rule.id} className="group/row" data-testid={`rule-row-${rule.code}`}>
              <td className={cellClassName}>
                <TextLink href={`/rules/${rule.code}`} aria-label={fill(m.list.open, { name })}>{name}</TextLink>
                <div className="text-xs text-ink-subtle" translate="no">{rule.code}</div>
                {raised ? <div className="text-xs text-ink-muted">{raised.raisedBy[locale]}</div> : null}
                {!known ? <div className="text-xs text-warning-fg">{fill(m.list.unknownRule, { code: rule.code })}</div> : null}
              </td>
              <td className={`${cellClassName} max-w-56 text-xs`}>{characteristic ?? m.none}</td>
              <td className={`${cellClassName} text-xs`}>
                {rule.active && rule.definition ? (
                  <dl className="grid grid-cols-[auto_auto] gap-x-2 gap-y-0.5">
                    {Object.entries(rule.definition.params).map(([key, spec]) => (
                      <div key={key} className="contents">
                        <dt className="text-ink-muted">{spec.label[locale]}</dt>
                        <dd className="tabular-nums">{formatParam(spec.unit, rule.active!.params[key] ?? spec.default, locale, m)}</dd>
                      </div>
                    ))}
                  </dl>
                ) : (
                  m.list.noActive
                )}
              </td>
              <td className={cellClassName}>{rule.active ? <SeverityBadge severity={rule.active.severity} label={severity[rule.active.severity]} /> : m.none}</td>
              <td className={cellClassName}>{rule.active?.enabled ? m.on : m.off}</td>
              <td className={`${cellClassName} whitespace-nowrap tabular-nums`}>{rule.lastChange ? formatDateTime(rule.lastChange) : m.none}</td>
              <td className={`${cellClassName} text-right tabular-nums`}>{formatCount(rule.alerts7d, locale)}</td>
              <td className={`${cellClassName} text-right tabular-nums`} data-testid="pending-count">{rule.pending > 0 ? formatCount(rule.pending, locale) : m.none}</td>
              <td className={`${cellClassName} text-right tabular-nums`}>{rule.drafts > 0 ? formatCount(rule.drafts, locale) : m.none}</td>
            </tr>
          );
        })}
      </PlainTable>
      {rules.length === 0 ? <p className="p-4 text-sm text-ink-subtle">{m.list.empty}</p> : null}
    </Card>
  );
}
