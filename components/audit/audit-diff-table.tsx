// Before and after of an event, key by key: what changed first, the unchanged keys folded away below.
import type { ReactNode } from "react";
import { clsx } from "clsx";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { auditDiff, type AuditDiffRow } from "@/lib/audit/diff";
import type { Translate } from "@/lib/i18n/translate";

const STATUS_TONE = { added: "success", removed: "danger", changed: "warning", unchanged: "neutral" } as const;

function Value({ value, absent }: { value: string | undefined; absent: string }) {
  if (value === undefined) return <span className="text-ink-subtle italic">{absent}</span>;
  return <span className="font-mono text-[13px] break-all whitespace-pre-wrap">{value}</span>;
}

function Rows({ rows, t, dim }: { rows: AuditDiffRow[]; t: Translate; dim?: boolean }) {
  const absent = t("audit.diff.absent");
  return rows.map((row) => (
    <tr key={row.key} data-diff={row.status} className={clsx("align-top", dim && "text-ink-subtle")}>
      <td className="border-b border-border px-3 py-2 font-mono text-[13px] break-all">{row.key}</td>
      <td className="border-b border-border px-3 py-2">
        <Value value={row.before} absent={absent} />
      </td>
      <td className="border-b border-border px-3 py-2">
        <Value value={row.after} absent={absent} />
      </td>
      <td className="border-b border-border px-3 py-2 text-right">
        {row.status === "unchanged" ? null : <Badge tone={STATUS_TONE[row.status]}>{t(`audit.diff.${row.status}`)}</Badge>}
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
        <col className="w-[34%]" />
        <col className="w-[34%]" />
        <col className="w-24" />
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

export function AuditDiffTable({ before, after, t }: { before: unknown; after: unknown; t: Translate }) {
  const rows = auditDiff(before, after);
  const changed = rows.filter((row) => row.status !== "unchanged");
  const unchanged = rows.filter((row) => row.status === "unchanged");
  return (
    <Card title={t("audit.diff.title")} description={t("audit.diff.help")} data-testid="audit-diff">
      {rows.length === 0 ? (
        <p className="px-4 py-3 text-sm text-ink-subtle">{t("audit.diff.empty")}</p>
      ) : (
        <>
          {changed.length > 0 ? (
            <Table t={t}>
              <Rows rows={changed} t={t} />
            </Table>
          ) : null}
          {unchanged.length > 0 ? (
            <details className="group border-t border-border first:border-t-0">
              <summary className="cursor-pointer px-3 py-2 text-xs font-medium text-ink-muted hover:bg-surface-hover">
                {t("audit.diff.unchanged", { count: unchanged.length })}
              </summary>
              <Table t={t}>
                <Rows rows={unchanged} t={t} dim />
              </Table>
            </details>
          ) : null}
        </>
      )}
    </Card>
  );
}
