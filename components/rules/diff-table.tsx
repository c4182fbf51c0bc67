// The changes between two rule versions (lib/fraud/versions/diff.ts) as a table: each parameter by its
// label with units, then severity and the switch.
import { PlainTable, cellClassName } from "@/components/ui/plain-table";
import { formatParam } from "@/components/rules/param-format";
import type { FraudRuleDefinition } from "@/lib/fraud/rules/types";
import type { VersionChange } from "@/lib/fraud/versions/diff";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import type { Locale } from "@/lib/i18n/translate";

export function DiffTable({ changes, definition, locale, m, severity, caption, testId }: {
  changes: VersionChange[];
  definition: FraudRuleDefinition | null;
  locale: Locale;
  m: Messages["rules"];
  severity: Messages["alerts"]["severity"];
  caption: string;
  testId?: string;
}) {
  if (changes.length === 0) return <p className="p-4 text-sm text-ink-subtle" data-testid={testId}>{m.versions.noDiff}</p>;
  const row = (change: VersionChange): [string, string, string] => {
    if (change.kind === "severity") return [m.diff.severity, severity[change.before], severity[change.after]];
    if (change.kind === "enabled") return [m.diff.enabled, change.before ? m.on : m.off, change.after ? m.on : m.off];
    const spec = definition?.params[change.key];
    if (!spec) return [change.key, String(change.before ?? m.none), String(change.after ?? m.none)];
    return [spec.label[locale], formatParam(spec.unit, change.before, locale, m), formatParam(spec.unit, change.after, locale, m)];
  };
  return (
    <PlainTable caption={caption} headers={[{ label: m.diff.field }, { label: m.diff.before }, { label: m.diff.after }]} testId={testId}>
      {changes.map((change) => {
        const [label, before, after] = row(change);
        return (
          <tr key={change.kind === "param" ? change.key : change.kind} className="group/row">
            <td className={cellClassName}>{label}</td>
            <td className={`${cellClassName} tabular-nums text-ink-muted line-through decoration-ink-disabled`}>{before}</td>
            <td className={`${cellClassName} tabular-nums font-medium`}>{after}</td>
          </tr>
        );
      })}
    </PlainTable>
  );
}
