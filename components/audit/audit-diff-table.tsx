// Before and after of an event, in the UI's words: fields and coded values by their names, people by name
// with a link. The changes and what the change recorded come first; the unchanged keys, and those only
// the before side noted, are folded away below.
import type { ReactNode } from "react";
import { clsx } from "clsx";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { auditDiff, isShownFirst, personIdsIn, type AuditDiffRow, type AuditDiffStatus } from "@/lib/audit/diff";
import { auditFieldLabel, auditValueText } from "@/lib/audit/labels";
import { staffNamesById } from "@/lib/audit/queries";
import { auditQueryString } from "@/lib/audit/schemas";
import { getTranslator } from "@/lib/i18n/server";
import type { Locale, Translate } from "@/lib/i18n/translate";

const STATUS_TONE = { added: "success", removed: "danger", changed: "warning", recorded: "neutral" } as const satisfies Partial<Record<AuditDiffStatus, string>>;

interface DiffContext {
  t: Translate;
  locale: Locale;
  entityType: string;
  people: Map<string, string>;
  personHref: (id: string) => string;
}

function Value({ row, side, cx }: { row: AuditDiffRow; side: "before" | "after"; cx: DiffContext }) {
  if (!(side in row)) return <span className="text-ink-subtle italic">{cx.t("audit.diff.absent")}</span>;
  const value = row[side];
  const leaf = row.key.split(".").at(-1) ?? "";
  const person = typeof value === "string" && /Id$/.test(leaf) ? cx.people.get(value) : undefined;
  if (person && typeof value === "string") {
    return (
      <TextLink href={cx.personHref(value)} title={value} translate="no">
        {person}
      </TextLink>
    );
  }
  return <span className="break-words whitespace-pre-wrap">{auditValueText(cx.t, cx.locale, cx.entityType, row.key, value)}</span>;
}

function Rows({ rows, cx, dim }: { rows: AuditDiffRow[]; cx: DiffContext; dim?: boolean }) {
  return rows.map((row) => (
    <tr key={row.key} data-diff={row.status} data-key={row.key} className={clsx("align-top", dim && "text-ink-subtle")}>
      <td className="border-b border-border px-3 py-2 break-words" title={row.key}>
        {auditFieldLabel(cx.t, row.key)}
      </td>
      <td className="border-b border-border px-3 py-2">
        <Value row={row} side="before" cx={cx} />
      </td>
      <td className="border-b border-border px-3 py-2">
        <Value row={row} side="after" cx={cx} />
      </td>
      <td className="border-b border-border px-3 py-2 text-right">
        {row.status === "unchanged" ? null : row.status === "context" ? (
          <span className="text-xs">{cx.t("audit.diff.context")}</span>
        ) : (
          <Badge tone={STATUS_TONE[row.status]}>{cx.t(`audit.diff.${row.status}`)}</Badge>
        )}
      </td>
    </tr>
  ));
}

function Table({ children, t }: { children: ReactNode; t: Translate }) {
  const th = "h-9 border-b border-border bg-surface-muted px-3 text-left text-xs font-medium text-ink-muted";
  return (
    <table className="w-full table-fixed border-separate border-spacing-0 text-sm">
      <colgroup>
        <col className="w-1/4" />
        <col className="w-[32%]" />
        <col className="w-[32%]" />
        <col className="w-28" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className={th}>{t("audit.diff.field")}</th>
          <th scope="col" className={th}>{t("audit.diff.before")}</th>
          <th scope="col" className={th}>{t("audit.diff.after")}</th>
          <th scope="col" className={th}><span className="sr-only">{t("audit.diff.changed")}</span></th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

export async function AuditDiffTable({ before, after, entityType, canManageStaff }: { before: unknown; after: unknown; entityType: string; canManageStaff: boolean }) {
  const { t, locale } = await getTranslator();
  const rows = auditDiff(before, after);
  const people = await staffNamesById(personIdsIn(rows));
  // An auditor cannot open staff administration; the person's own audit trail is the link they can follow.
  const personHref = (id: string) => (canManageStaff ? `/admin/staff/${id}` : `/audit${auditQueryString({ actor: id })}`);
  const cx: DiffContext = { t, locale, entityType, people, personHref };
  const first = rows.filter(isShownFirst);
  const folded = rows.filter((row) => !isShownFirst(row));
  return (
    <Card title={t("audit.diff.title")} description={t("audit.diff.help")} data-testid="audit-diff">
      {rows.length === 0 ? (
        <p className="px-4 py-3 text-sm text-ink-subtle">{t("audit.diff.empty")}</p>
      ) : (
        <>
          {first.length > 0 ? (
            <Table t={t}>
              <Rows rows={first} cx={cx} />
            </Table>
          ) : null}
          {folded.length > 0 ? (
            <details className="group border-t border-border first:border-t-0">
              <summary className="cursor-pointer px-3 py-2 text-xs font-medium text-ink-muted hover:bg-surface-hover">
                {t("audit.diff.unchanged", { count: folded.length })}
              </summary>
              <Table t={t}>
                <Rows rows={folded} cx={cx} dim />
              </Table>
            </details>
          ) : null}
        </>
      )}
    </Card>
  );
}
