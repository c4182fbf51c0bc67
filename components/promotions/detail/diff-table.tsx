// A version's parameters against the last approved version's: one row per changed field, before -> after.
import { fieldLabel, formatParamValue } from "@/lib/promotions/diff";
import { PlainTable, cellClassName } from "@/components/ui/plain-table";
import { DATA_FIELDS, type ParamChange, type ParamMessages } from "@/components/promotions/detail/param-text";
import type { Locale } from "@/lib/i18n/translate";

export function DiffTable({ changes, first, locale, m, caption }: { changes: ParamChange[]; first: boolean; locale: Locale; m: ParamMessages; caption: string }) {
  if (changes.length === 0) return <p className="p-4 text-sm text-ink-subtle" data-testid="version-diff">{m.review.change.noDiff}</p>;
  const headers = first ? [{ label: m.review.change.field }, { label: m.review.change.after }] : [{ label: m.review.change.field }, { label: m.review.change.before }, { label: m.review.change.after }];
  return (
    <PlainTable caption={caption} headers={headers} testId="version-diff">
      {changes.map((change) => {
        const data = DATA_FIELDS.includes(change.field) ? "no" : undefined;
        return (
          <tr key={change.field} className="group/row" data-field={change.field}>
            <td className={`${cellClassName} whitespace-nowrap text-ink-muted`}>{fieldLabel(change.field, m)}</td>
            {first ? null : (
              <td className={`${cellClassName} tabular-nums text-ink-muted line-through decoration-ink-disabled`} translate={data}>
                {formatParamValue(change.field, change.before, locale, m)}
              </td>
            )}
            <td className={`${cellClassName} tabular-nums font-medium`} translate={data}>
              {formatParamValue(change.field, change.after, locale, m)}
            </td>
          </tr>
        );
      })}
    </PlainTable>
  );
}
