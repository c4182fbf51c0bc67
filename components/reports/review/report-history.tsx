// The report's history: every audit event on it (drafted or detected, edited, submitted, approved or
// returned, exported, the regulator's answer, the correction) and the downloads of the file it went out in,
// oldest first, as a timeline: when (Beijing time), who, what, the status change and the reason given.
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { auditActionLabel } from "@/lib/audit/labels";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { fill } from "@/lib/i18n/fill";
import { getMessages, getTranslator } from "@/lib/i18n/server";
import { getReportHistory } from "@/lib/reports/workflow/queries";
import { formatDateTimeSeconds } from "@/lib/time";

export async function ReportHistory({ reportId }: { reportId: string }) {
  const [{ t, locale }, messages, entries] = await Promise.all([getTranslator(), getMessages(), getReportHistory(reportId)]);
  const m = messages.reportsReview.history;
  const statusNames: Record<string, string> = messages.reports.status;
  const statusName = (status: string) => statusNames[status] ?? status;
  return (
    <Card title={m.title} description={m.description} data-testid="report-history">
      {entries.length === 0 ? (
        <EmptyState title={m.empty} className="py-6" />
      ) : (
        <ol className="max-h-[32rem] overflow-y-auto px-4 py-2">
          {entries.map((entry) => {
            const statusChange = entry.toStatus && entry.fromStatus !== entry.toStatus
              ? entry.fromStatus ? fill(m.statusChange, { from: statusName(entry.fromStatus), to: statusName(entry.toStatus) }) : statusName(entry.toStatus)
              : null;
            return (
              <li key={entry.id} className="relative border-l border-border py-2 pl-4" data-testid="report-history-entry" data-action={entry.action}>
                <span aria-hidden className="absolute top-3.5 -left-[4.5px] size-2 rounded-full bg-border-strong" />
                <p className="flex flex-wrap items-center gap-1.5 text-sm text-ink">
                  {auditActionLabel(t, entry.action)}
                  {statusChange ? <span className="text-ink-muted">· {statusChange}</span> : null}
                  {entry.outcome !== "SUCCESS" ? <Badge tone="danger">{t(`audit.outcome.${entry.outcome}` as Parameters<typeof t>[0])}</Badge> : null}
                </p>
                {entry.fileName ? <p className="mt-0.5 text-xs text-ink-muted">{fill(m.exportFile, { fileName: entry.fileName })}</p> : null}
                {entry.reason ? (
                  <p className="mt-0.5 text-xs break-words whitespace-pre-wrap text-ink-muted">
                    {fillNodes(m.reason, { reason: <DataValue>{entry.reason}</DataValue> })}
                  </p>
                ) : null}
                <p className="mt-0.5 text-xs text-ink-subtle">
                  <DataValue>{entry.actorName ?? m.system}</DataValue> · <span className="num">{formatDateTimeSeconds(entry.createdAt, locale)}</span>
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
