// A rule's version history, newest first, and the difference between any two versions chosen in a small
// GET form (?from=&to=), so a comparison is a link one can send.
import { Card, CardBody } from "@/components/ui/card";
import { PlainTable, cellClassName } from "@/components/ui/plain-table";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { DiffTable } from "@/components/rules/diff-table";
import { SeverityBadge, VersionStatusBadge } from "@/components/rules/severity-badge";
import { diffVersions } from "@/lib/fraud/versions/diff";
import { specDefaults } from "@/lib/fraud/versions/params";
import type { RuleDetail, VersionView } from "@/lib/fraud/versions/read";
import { DataValue } from "@/lib/i18n/data-value";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import type { Locale } from "@/lib/i18n/translate";
import { formatDateTime } from "@/lib/time";

export function VersionsCard({ rule, from, to, locale, m, severity }: { rule: RuleDetail; from?: string; to?: string; locale: Locale; m: Messages["rules"]; severity: Messages["alerts"]["severity"] }) {
  const versions = rule.versions;
  const pick = (id: string | undefined, fallback: VersionView | undefined) => versions.find((v) => v.id === id) ?? fallback;
  const right = pick(to, versions[0]);
  const left = pick(from, versions.find((v) => v.id !== right?.id && v.version < (right?.version ?? 0)) ?? versions[1]);
  const order = rule.definition ? Object.keys(rule.definition.params) : [];
  const changes = left && right ? diffVersions(left, right, order, specDefaults(rule.definition ?? undefined)) : [];
  const label = (v: VersionView) => fill(m.versions.versionLabel, { version: v.version });
  return (
    <Card title={m.versions.title}>
      <PlainTable caption={m.versions.title} headers={[m.versions.version, m.versions.status, m.list.severity, m.list.enabled, m.versions.author, m.versions.approver, m.versions.created, m.versions.note].map((l) => ({ label: l }))} testId="versions-table">
        {versions.map((v) => (
          <tr key={v.id} className="group/row" data-testid={`version-row-${v.version}`}>
            <td className={`${cellClassName} tabular-nums font-medium`}>{label(v)}</td>
            <td className={cellClassName}><VersionStatusBadge status={v.status} label={m.status[v.status]} /></td>
            <td className={cellClassName}><SeverityBadge severity={v.severity} label={severity[v.severity]} /></td>
            <td className={cellClassName}>{v.enabled ? m.on : m.off}</td>
            <td className={cellClassName}>{v.createdBy ? <DataValue>{v.createdBy}</DataValue> : m.none}</td>
            <td className={cellClassName}>{v.approvedBy ? <DataValue>{v.approvedBy}</DataValue> : m.none}</td>
            <td className={`${cellClassName} whitespace-nowrap tabular-nums`}>{formatDateTime(v.createdAt)}</td>
            <td className={`${cellClassName} max-w-64 text-xs`}>{v.note ? <DataValue>{v.note}</DataValue> : m.none}</td>
          </tr>
        ))}
      </PlainTable>
      {versions.length > 1 && left && right ? (
        <CardBody className="flex flex-col gap-3 border-t border-border">
          <form method="get" className="flex flex-wrap items-end gap-2" aria-label={m.versions.compare}>
            <label className="flex flex-col gap-1 text-xs text-ink-muted">
              {m.versions.compareFrom}
              <Select name="from" defaultValue={left.id} className="w-28">
                {versions.map((v) => <option key={v.id} value={v.id}>{label(v)}</option>)}
              </Select>
            </label>
            <label className="flex flex-col gap-1 text-xs text-ink-muted">
              {m.versions.compareTo}
              <Select name="to" defaultValue={right.id} className="w-28">
                {versions.map((v) => <option key={v.id} value={v.id}>{label(v)}</option>)}
              </Select>
            </label>
            <Button type="submit" size="sm">{m.versions.compareSubmit}</Button>
          </form>
          <h3 className="text-sm font-semibold text-ink-strong">{fill(m.versions.diffTitle, { from: left.version, to: right.version })}</h3>
          <div className="rounded-md border border-border">
            <DiffTable changes={changes} definition={rule.definition} locale={locale} m={m} severity={severity} caption={fill(m.versions.diffTitle, { from: left.version, to: right.version })} testId="versions-diff" />
          </div>
        </CardBody>
      ) : null}
    </Card>
  );
}
