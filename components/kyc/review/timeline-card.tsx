// Every event on the submission, newest first, with who did it and when (Beijing time). Page views
// (openings, scan views) are there but hidden until the reviewer asks for them (PageViewToggle).
import { clsx } from "clsx";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { riskLabel } from "@/components/kyc/review/checks-card";
import { reasonLabel } from "@/components/kyc/review/history-card";
import { actionLabel, fill, type ReviewMessages } from "@/components/kyc/review/messages";
import { PageViewToggle } from "@/components/kyc/review/page-view-toggle";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import { getReviewTimeline, type ReviewSubmission } from "@/lib/kyc/review/queries";
import { isPageView, type TimelineEntry } from "@/lib/kyc/review/timeline";
import type { ReactNode } from "react";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { tierNumeral } from "@/lib/i18n/glossary";
import { getMessages, getTranslator } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { formatDateTimeSeconds } from "@/lib/time";

type PiiFields = Messages["pii"]["fields"];

/** A reason code by its name; a reason someone wrote (an override, a reveal) is data, kept as written. */
function reasonDetail(m: ReviewMessages, reason: string): ReactNode {
  const label = reasonLabel(m, reason);
  return fillNodes(m.timeline.reason, { reason: label === reason ? <DataValue>{reason}</DataValue> : label });
}

function describe(entry: TimelineEntry, t: Translate, m: ReviewMessages, fields: PiiFields): { what: ReactNode; detail: ReactNode; actor: string | null } {
  switch (entry.kind) {
    case "submitted":
      return { what: fill(m.timeline.submitted, { tier: tierNumeral(entry.tier) }), detail: null, actor: m.timeline.customer };
    case "assigned":
      return { what: fillNodes(m.timeline.assigned, { name: <DataValue>{entry.assignee}</DataValue> }), detail: null, actor: null };
    case "checks":
      return { what: fill(m.timeline.checks, { score: entry.score, level: riskLabel(t, entry.level) }), detail: null, actor: m.timeline.system };
    case "decided": {
      const status = entry.status === "approvalPending" ? m.status.approvalPending : m.status[entry.status];
      return { what: fill(m.timeline.decided, { status }), detail: entry.reason ? reasonDetail(m, entry.reason) : null, actor: entry.actor };
    }
    case "checked":
      return { what: m.timeline.checked, detail: null, actor: entry.actor };
    case "audit": {
      const shown = entry.fields.length ? fill(m.timeline.fields, { fields: entry.fields.map((f) => (f in fields ? fields[f as keyof PiiFields] : f)).join(m.listSeparator) }) : null;
      const reason = entry.reason ? reasonDetail(m, entry.reason) : null;
      const detail = shown && reason ? <>{shown} · {reason}</> : (shown ?? reason);
      const what = entry.assignee ? fillNodes(m.timeline.assigned, { name: <DataValue>{entry.assignee}</DataValue> }) : actionLabel(t, entry.action);
      return { what, detail, actor: entry.actor };
    }
  }
}

export async function TimelineCard({ submission }: { submission: ReviewSubmission }) {
  const [{ t, locale }, messages, entries] = await Promise.all([getTranslator(), getMessages(), getReviewTimeline(submission)]);
  const m = messages.kycReview;
  return (
    <Card title={m.timeline.title} description={m.timeline.description} data-testid="kyc-timeline">
      {entries.length === 0 ? (
        <EmptyState title={m.timeline.empty} className="py-6" />
      ) : (
        <PageViewToggle count={entries.filter(isPageView).length}>
          <ol className="max-h-[28rem] overflow-y-auto px-4 py-2">
            {entries.map((entry) => {
              const { what, detail, actor } = describe(entry, t, m, messages.pii.fields);
              const pageView = isPageView(entry);
              return (
                <li
                  key={entry.key}
                  className={clsx("relative border-l border-border py-2 pl-4", pageView && "group-data-[page-views=hidden]:hidden")}
                  data-testid="kyc-timeline-entry"
                  data-kind={entry.kind}
                  data-action={entry.kind === "audit" ? entry.action : undefined}
                  data-page-view={pageView || undefined}
                >
                  <span aria-hidden className="absolute top-3.5 -left-[4.5px] size-2 rounded-full bg-border-strong" />
                  <p className="flex flex-wrap items-center gap-1.5 text-sm text-ink">
                    {what}
                    {entry.kind === "audit" && entry.failed ? <Badge tone="danger">{m.timeline.failed}</Badge> : null}
                  </p>
                  {detail ? <p className="mt-0.5 text-xs break-words text-ink-muted">{detail}</p> : null}
                  <p className="mt-0.5 text-xs text-ink-subtle">
                    <span className="num">{formatDateTimeSeconds(entry.at, locale)}</span>
                    {actor ? <> · {actor === m.timeline.customer || actor === m.timeline.system ? actor : <DataValue>{actor}</DataValue>}</> : null}
                  </p>
                </li>
              );
            })}
          </ol>
        </PageViewToggle>
      )}
    </Card>
  );
}
