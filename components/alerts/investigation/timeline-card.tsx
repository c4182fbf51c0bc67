// The customer's transactions around the alert: a recharts scatter of amount over time (inbound and
// outbound apart, the rule's evidence and the trigger marked) and, behind it for screen readers, the same
// transactions as a table.
import { Card, CardBody, CardFooter } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { TimelineChart, type ChartPoint } from "@/components/alerts/investigation/timeline-chart";
import { getAlertTimeline, TIMELINE_AFTER_HOURS, TIMELINE_BEFORE_HOURS, TIMELINE_MAX, type AlertDetail } from "@/lib/fraud/cases/queries";
import { DataValue } from "@/lib/i18n/data-value";
import { fill } from "@/lib/i18n/fill";
import { getTranslator, getMessages } from "@/lib/i18n/server";
import { formatCny } from "@/lib/money";
import { formatDateTime } from "@/lib/time";

export async function TimelineCard({ alert }: { alert: AlertDetail }) {
  const [{ locale }, { alertCase, transactions }] = await Promise.all([getTranslator(), getMessages()]);
  const m = alertCase.timeline;
  const { points, capped } = await getAlertTimeline(alert);
  const evidenceCount = points.filter((p) => p.evidence).length;
  const chart: ChartPoint[] = points.map((p) => ({
    id: p.id,
    t: p.at.getTime(),
    yuan: Number(p.amountFen) / 100,
    direction: p.direction,
    evidence: p.evidence,
    trigger: p.trigger,
    time: formatDateTime(p.at, locale),
    amount: formatCny(p.amountFen, locale),
    type: transactions.type[p.type],
  }));
  return (
    <Card title={m.title} description={fill(m.description, { before: TIMELINE_BEFORE_HOURS, after: TIMELINE_AFTER_HOURS })} data-testid="alert-timeline">
      {points.length === 0 ? (
        <EmptyState title={m.empty} className="py-6" />
      ) : (
        <CardBody>
          <div role="img" aria-label={fill(m.chartLabel, { count: points.length, evidence: evidenceCount })} data-testid="alert-timeline-chart" data-points={points.length} data-evidence={evidenceCount}>
            <TimelineChart points={chart} />
          </div>
          <table className="sr-only" data-testid="alert-timeline-table">
            <caption>{m.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.time}</th>
                <th scope="col">{m.type}</th>
                <th scope="col">{m.direction}</th>
                <th scope="col">{m.amount}</th>
                <th scope="col">{m.status}</th>
                <th scope="col">{m.party}</th>
                <th scope="col">{m.mark}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.id} data-evidence={p.evidence ? "true" : undefined} data-trigger={p.trigger ? "true" : undefined}>
                  <td>{formatDateTime(p.at, locale)}</td>
                  <td>{transactions.type[p.type]}</td>
                  <td>{p.direction === "in" ? m.inbound : m.outbound}</td>
                  <td>{formatCny(p.amountFen, locale)}</td>
                  <td>{transactions.status[p.status as keyof typeof transactions.status] ?? p.status}</td>
                  <td>{p.party ? <DataValue>{p.party}</DataValue> : "—"}</td>
                  <td>{p.trigger ? m.trigger : p.evidence ? m.evidence : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </CardBody>
      )}
      {capped ? <CardFooter className="text-xs text-ink-subtle">{fill(m.capped, { count: TIMELINE_MAX })}</CardFooter> : null}
    </Card>
  );
}
