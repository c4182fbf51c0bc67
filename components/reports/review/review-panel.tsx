// The report's review and filing: what the viewer may do now (the same rules the server enforces,
// lib/reports/workflow/state.ts), why a lead cannot approve their own report, what an STR still lacks before
// it can be submitted, the links between a rejected report and its corrected resubmission, then the review
// thread (return comments, remarks, the regulator's correction note) and the comment form.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { textLinkClassName } from "@/components/ui/text-link";
import type { Tone } from "@/components/ui/tone";
import { ReportCommentForm } from "@/components/reports/review/comment-form";
import { ReviewActions } from "@/components/reports/review/review-actions";
import { requireStaff } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { getMessages, getTranslator } from "@/lib/i18n/server";
import { EDITABLE_STATUSES, type CommentKind } from "@/lib/reports/fields";
import { getReviewState } from "@/lib/reports/workflow/queries";
import { allowedActions, isMaker, mayComment, missingForSubmit } from "@/lib/reports/workflow/state";
import { formatDateTime } from "@/lib/time";

const KIND_TONE: Record<CommentKind, Tone> = { RETURN: "warning", COMMENT: "neutral", REGULATOR_REJECTION: "danger" };

export async function ReviewPanel({ reportId }: { reportId: string }) {
  const [staff, state, messages, { locale }] = await Promise.all([requireStaff(), getReviewState(reportId), getMessages(), getTranslator()]);
  if (!state) return null;
  const m = messages.reportsReview;
  const { report, comments } = state;
  const viewer = { id: staff.id, roles: staff.roles };
  const steps = allowedActions(report, viewer);
  const actsOnReports = can(staff.roles, "report:draft") || can(staff.roles, "report:approve") || can(staff.roles, "report:file");

  const notes: { key: string; text: string; testId: string }[] = [];
  if (!actsOnReports) notes.push({ key: "readOnly", text: m.panel.readOnly, testId: "report-review-readonly" });
  else if (report.status === "SUBMITTED_FOR_REVIEW" && can(staff.roles, "report:approve") && isMaker(report, staff.id)) {
    notes.push({ key: "own", text: m.panel.ownReport, testId: "report-review-own" });
  } else if (report.status === "APPROVED") notes.push({ key: "export", text: m.panel.waitingExport, testId: "report-review-waiting" });
  else if (report.status === "ACKNOWLEDGED" || report.status === "REJECTED_BY_REGULATOR") notes.push({ key: "finished", text: m.panel.finished, testId: "report-review-finished" });
  else if (steps.length === 0) notes.push({ key: "none", text: m.panel.noActions, testId: "report-review-none" });

  const editable = (EDITABLE_STATUSES as readonly string[]).includes(report.status);
  const missing = editable && steps.includes("submit") ? missingForSubmit(report) : [];

  return (
    <Card title={m.panel.title} description={m.panel.description} data-testid="report-review-panel">
      <CardBody className="flex flex-col gap-4">
        {report.corrects ? (
          <p className="text-sm" data-testid="report-corrects">
            {fillNodes(m.panel.correctionOf, { reference: <Link href={`/reports/${report.corrects.id}`} className={textLinkClassName}>{report.corrects.reference}</Link> })}
          </p>
        ) : null}
        {report.corrections.map((correction) => (
          <p key={correction.id} className="text-sm" data-testid="report-corrected-by">
            {fillNodes(m.panel.correctedBy, { reference: <Link href={`/reports/${correction.id}`} className={textLinkClassName}>{correction.reference}</Link> })}
          </p>
        ))}
        {report.regulatorNote ? (
          <div className="rounded-md border border-danger-border bg-danger-bg px-3 py-2 text-sm" data-testid="report-regulator-note">
            <p className="font-medium text-danger-fg">{m.panel.regulatorNote}</p>
            <p className="mt-0.5 whitespace-pre-wrap text-ink">
              <DataValue>{report.regulatorNote}</DataValue>
            </p>
          </div>
        ) : null}
        {notes.map((note) => (
          <p key={note.key} className="text-sm text-ink-subtle" data-testid={note.testId}>
            {note.text}
          </p>
        ))}
        {missing.length > 0 ? (
          <div className="text-sm" data-testid="report-missing-now">
            <p className="text-ink-muted">{m.panel.missingTitle}</p>
            <ul className="mt-1 list-disc pl-5">
              {missing.map((part) => (
                <li key={part}>{m.missing[part]}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {/* Stays mounted for whoever may act, so the outcome of the step just taken stays on screen. */}
        {actsOnReports ? <ReviewActions reportId={report.id} version={report.version} steps={steps} /> : null}

        <section aria-labelledby={`${report.id}-thread`} className="flex flex-col gap-3 border-t border-border pt-4" data-testid="report-thread">
          <h3 id={`${report.id}-thread`} className="text-sm font-semibold text-ink">
            {m.thread.title}
          </h3>
          {comments.length === 0 ? (
            <EmptyState title={m.thread.empty} className="py-3" />
          ) : (
            <ol className="flex flex-col gap-3">
              {comments.map((comment) => {
                const kind = comment.kind as CommentKind;
                return (
                  <li key={comment.id} className="text-sm" data-testid="report-comment" data-kind={comment.kind}>
                    <p className="flex flex-wrap items-center gap-2 text-xs text-ink-subtle">
                      <Badge tone={KIND_TONE[kind] ?? "neutral"}>{m.thread.kinds[kind] ?? comment.kind}</Badge>
                      <DataValue>{comment.author?.name ?? m.thread.unknownAuthor}</DataValue>
                      <span className="num">{formatDateTime(comment.createdAt, locale)}</span>
                    </p>
                    <p className="mt-1 whitespace-pre-wrap text-ink">
                      <DataValue>{comment.body}</DataValue>
                    </p>
                  </li>
                );
              })}
            </ol>
          )}
          {mayComment(staff.roles) ? <ReportCommentForm reportId={report.id} /> : null}
        </section>
      </CardBody>
    </Card>
  );
}

