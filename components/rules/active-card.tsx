// The live version of a rule: each parameter with its value and allowed range, severity and switch.
import { Card, CardBody } from "@/components/ui/card";
import { PlainTable, cellClassName } from "@/components/ui/plain-table";
import { SeverityBadge } from "@/components/rules/severity-badge";
import { formatParam } from "@/components/rules/param-format";
import type { RuleDetail } from "@/lib/fraud/versions/read";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import type { Locale } from "@/lib/i18n/translate";
import { formatDateTime } from "@/lib/time";

export function ActiveCard({ rule, locale, m, severity }: { rule: RuleDetail; locale: Locale; m: Messages["rules"]; severity: Messages["alerts"]["severity"] }) {
  const active = rule.active;
  if (!active) return <Card title={m.detail.active}><CardBody className="text-sm text-ink-subtle">{m.detail.noActive}</CardBody></Card>;
  const definition = rule.definition;
  return (
    <Card
      title={fill(m.detail.activeTitle, { version: active.version })}
      description={active.approvedBy && active.approvedAt ? fillNodes(m.detail.approvedBy, { name: <DataValue>{active.approvedBy}</DataValue>, time: formatDateTime(active.approvedAt) }) : undefined}
      actions={<><SeverityBadge severity={active.severity} label={severity[active.severity]} /><span className="text-xs text-ink-muted">{active.enabled ? m.on : m.off}</span></>}
      data-testid="active-version"
    >
      {definition ? (
        <PlainTable caption={m.detail.active} headers={[{ label: m.detail.param }, { label: m.detail.value, align: "end" }, { label: m.detail.range, align: "end" }]}>
          {Object.entries(definition.params).map(([key, spec]) => (
            <tr key={key} className="group/row">
              <td className={cellClassName}>{spec.label[locale]}</td>
              <td className={`${cellClassName} text-right tabular-nums font-medium`} data-testid={`active-param-${key}`}>{formatParam(spec.unit, active.params[key] ?? spec.default, locale, m)}</td>
              <td className={`${cellClassName} text-right text-xs tabular-nums text-ink-subtle`}>{formatParam(spec.unit, spec.min, locale, m)} – {formatParam(spec.unit, spec.max, locale, m)}</td>
            </tr>
          ))}
        </PlainTable>
      ) : null}
    </Card>
  );
}
