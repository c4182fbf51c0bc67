"use client";
// The workflow buttons the viewer may press now (computed on the server by lib/reports/workflow/state.ts,
// the same rules the mutations enforce) and their dialogs: submit and approve are confirmations, return asks
// for the comment, the regulator's answer is acknowledged or rejected with its correction note. A conflict
// names who acted first and offers to reload; an incomplete report lists what is missing.
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { FormDialog } from "@/components/ui/form-dialog";
import { ReasonField } from "@/components/ui/reason-field";
import { textLinkClassName } from "@/components/ui/text-link";
import { useVersionedAction } from "@/components/ui/use-versioned-action";
import type { ActionResult } from "@/lib/actions/result";
import { fill } from "@/lib/i18n/fill";
import { useMessages } from "@/lib/i18n/provider";
import { approveReportAction, recordRegulatorResponseAction, returnReportAction, submitReportAction } from "@/lib/reports/workflow/actions";
import { COMMENT_MAX } from "@/lib/reports/workflow/fields";
import type { ReportStepped } from "@/lib/reports/workflow/mutations";
import type { WorkflowStep } from "@/lib/reports/workflow/state";

export interface ReviewActionsProps {
  reportId: string;
  version: number;
  steps: WorkflowStep[];
}

type StepResult = ReportStepped & { step: WorkflowStep };

export function ReviewActions({ reportId, version, steps }: ReviewActionsProps) {
  const m = useMessages("reportsReview");
  const router = useRouter();
  const { result, pending, run, clear } = useVersionedAction<StepResult>(version);
  const [dialog, setDialog] = useState<WorkflowStep | null>(null);
  const returnId = `${useId()}-comment`;
  const noteId = `${useId()}-note`;
  const ref = { reportId, version };
  const open = (step: WorkflowStep) => {
    clear();
    setDialog(step);
  };
  const submit = (step: WorkflowStep, call: () => Promise<ActionResult<ReportStepped>>) =>
    run(
      async (): Promise<ActionResult<StepResult>> => {
        const next = await call();
        return next.ok ? { ok: true, data: { ...next.data, step } } : next;
      },
      (next) => {
        if (next.ok) setDialog(null);
      },
    );
  const failure = result && !result.ok ? result : null;
  const missing = failure?.error === "state" && failure.fieldErrors ? Object.values(failure.fieldErrors) : [];
  const dialogError = failure && failure.error !== "invalid" && dialog ? { message: failure.message, tone: "warning" as const, action: failure.error === "conflict" ? <Button size="sm" onClick={() => router.refresh()}>{m.panel.reload}</Button> : undefined } : null;
  const fieldErrors = failure?.error === "invalid" ? failure.fieldErrors : undefined;
  const common = { onClose: () => setDialog(null), pending, error: dialogError, cancelLabel: m.dialogs.cancel };
  const has = (step: WorkflowStep) => steps.includes(step);

  return (
    <div className="flex flex-col gap-3" data-testid="report-review-actions">
      <Outcome result={dialog ? null : result} missing={missing} onReload={() => router.refresh()} />
      {steps.length > 0 ? (
        <div className="flex flex-wrap items-center gap-2">
          {has("submit") ? (
            <Button size="sm" variant="primary" data-testid="report-submit" onClick={() => open("submit")}>
              {m.steps.submit}
            </Button>
          ) : null}
          {has("approve") ? (
            <Button size="sm" variant="primary" data-testid="report-approve" onClick={() => open("approve")}>
              {m.steps.approve}
            </Button>
          ) : null}
          {has("return") ? (
            <Button size="sm" data-testid="report-return" onClick={() => open("return")}>
              {m.steps.return}
            </Button>
          ) : null}
          {has("acknowledge") || has("regulatorReject") ? (
            <div role="group" aria-labelledby={`${reportId}-response`} className="flex flex-wrap items-center gap-2">
              <span id={`${reportId}-response`} className="text-sm text-ink-muted">
                {m.steps.recordResponse}
              </span>
              {has("acknowledge") ? (
                <Button size="sm" data-testid="report-acknowledge" onClick={() => open("acknowledge")}>
                  {m.steps.acknowledge}
                </Button>
              ) : null}
              {has("regulatorReject") ? (
                <Button size="sm" variant="danger" data-testid="report-regulator-reject" onClick={() => open("regulatorReject")}>
                  {m.steps.regulatorReject}
                </Button>
              ) : null}
            </div>
          ) : null}
        </div>
      ) : null}

      <FormDialog {...common} open={dialog === "submit"} title={m.dialogs.submitTitle} description={m.dialogs.submitHelp} submitLabel={m.steps.submit} testId="report-submit-form"
        onSubmit={() => submit("submit", () => submitReportAction(ref))}>
        {dialog === "submit" && missing.length > 0 ? <MissingList missing={missing} /> : null}
      </FormDialog>
      <FormDialog {...common} open={dialog === "approve"} title={m.dialogs.approveTitle} description={m.dialogs.approveHelp} submitLabel={m.steps.approve} testId="report-approve-form"
        onSubmit={() => submit("approve", () => approveReportAction(ref))}>
        {null}
      </FormDialog>
      <FormDialog {...common} open={dialog === "return"} title={m.dialogs.returnTitle} description={m.dialogs.returnHelp} submitLabel={m.steps.return} testId="report-return-form"
        onSubmit={(form) => submit("return", () => returnReportAction({ ...ref, comment: form.get("comment") ?? "" }))}>
        <ReasonField id={returnId} name="comment" label={m.dialogs.returnComment} maxLength={COMMENT_MAX} rows={4} error={fieldErrors?.comment} />
      </FormDialog>
      <FormDialog {...common} open={dialog === "acknowledge"} title={m.dialogs.acknowledgeTitle} description={m.dialogs.acknowledgeHelp} submitLabel={m.steps.acknowledge} testId="report-acknowledge-form"
        onSubmit={() => submit("acknowledge", () => recordRegulatorResponseAction({ ...ref, outcome: "ACKNOWLEDGED" }))}>
        {null}
      </FormDialog>
      <FormDialog {...common} open={dialog === "regulatorReject"} title={m.dialogs.rejectTitle} description={m.dialogs.rejectHelp} submitLabel={m.steps.regulatorReject} submitVariant="danger" testId="report-regulator-reject-form"
        onSubmit={(form) => submit("regulatorReject", () => recordRegulatorResponseAction({ ...ref, outcome: "REJECTED", note: form.get("note") ?? "" }))}>
        <ReasonField id={noteId} name="note" label={m.dialogs.rejectNote} maxLength={COMMENT_MAX} rows={4} error={fieldErrors?.note} />
      </FormDialog>
    </div>
  );
}

function MissingList({ missing }: { missing: string[] }) {
  const m = useMessages("reportsReview").panel;
  return (
    <div className="text-sm" data-testid="report-missing">
      <p className="text-ink-muted">{m.missingTitle}</p>
      <ul className="mt-1 list-disc pl-5">
        {missing.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

function Outcome({ result, missing, onReload }: { result: ActionResult<StepResult> | null; missing: string[]; onReload: () => void }) {
  const m = useMessages("reportsReview");
  if (!result || (!result.ok && result.error === "invalid")) return null;
  if (result.ok) {
    const data = result.data;
    return (
      <AlertBanner tone="success" testId="report-review-result">
        {data.step === "regulatorReject" ? (
          <>
            {fill(m.success.regulatorReject, { reference: data.correctionReference ?? "" })}{" "}
            {data.correctionId ? (
              <Link href={`/reports/${data.correctionId}`} className={textLinkClassName} data-testid="report-correction-link">
                {m.success.openCorrection}
              </Link>
            ) : null}
          </>
        ) : (
          m.success[data.step]
        )}
      </AlertBanner>
    );
  }
  return (
    <AlertBanner
      tone={result.error === "conflict" || result.error === "state" ? "warning" : "danger"}
      testId="report-review-result"
      action={result.error === "conflict" ? <Button size="sm" onClick={onReload}>{m.panel.reload}</Button> : undefined}
    >
      <span data-error={result.error}>{result.message}</span>
      {missing.length > 0 ? <MissingList missing={missing} /> : null}
    </AlertBanner>
  );
}
