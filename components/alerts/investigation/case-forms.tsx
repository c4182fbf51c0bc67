"use client";
// Opening a case for the customer (a title, prefilled) and resolving one (outcome, reason code for a false
// positive, grounds for confirmed fraud), each a FormDialog with what the server said back.
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { FormDialog } from "@/components/ui/form-dialog";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { useVersionedAction } from "@/components/ui/use-versioned-action";
import { NoteField, ReasonCodeField } from "@/components/alerts/investigation/decision-dialogs";
import type { ActionResult } from "@/lib/actions/result";
import { openCaseAction, resolveCaseAction } from "@/lib/fraud/cases/actions";
import { CASE_OUTCOMES, CASE_TITLE_MAX, CONFIRM_NOTE_MAX, STR_EXCLUSION_MAX, STR_EXCLUSION_MIN } from "@/lib/fraud/cases/fields";
import { fill } from "@/lib/i18n/fill";
import { useMessages } from "@/lib/i18n/provider";

function Said({ result, success }: { result: ActionResult<unknown> | null; success: string }) {
  const m = useMessages("alertCase").actions;
  const router = useRouter();
  if (!result || (!result.ok && result.error === "invalid")) return null;
  if (result.ok) return <AlertBanner tone="success" testId="case-result">{success}</AlertBanner>;
  return (
    <AlertBanner tone="warning" testId="case-result" action={result.error === "conflict" ? <Button size="sm" onClick={() => router.refresh()}>{m.reload}</Button> : undefined}>
      <span data-error={result.error}>{result.message}</span>
    </AlertBanner>
  );
}

export function OpenCaseButton({ alertId, defaultTitle }: { alertId: string; defaultTitle: string }) {
  const m = useMessages("alertCase");
  const { result, pending, run, clear } = useVersionedAction<{ caseId: string; alertIds: string[] }>();
  const [open, setOpen] = useState(false);
  const id = `${useId()}-title`;
  const error = result && !result.ok ? result : null;
  return (
    <div className="flex flex-col gap-2">
      {!open ? <Said result={result} success={result?.ok ? fill(m.case.opened, { count: result.data.alertIds.length }) : ""} /> : null}
      <div>
        <Button size="sm" data-testid="case-open" onClick={() => (clear(), setOpen(true))}>
          {m.case.open}
        </Button>
      </div>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={m.case.openTitle}
        description={m.case.openHelp}
        submitLabel={m.case.open}
        cancelLabel={m.actions.cancel}
        pending={pending}
        error={error && error.error !== "invalid" ? { message: error.message, tone: "warning" } : null}
        testId="case-open-form"
        onSubmit={(form) => run(() => openCaseAction({ alertId, title: form.get("title") ?? "" }), (next) => next.ok && setOpen(false))}
      >
        <Field label={m.case.caseTitle} htmlFor={id} error={error?.fieldErrors?.title} required>
          <Input id={id} name="title" required maxLength={CASE_TITLE_MAX} defaultValue={defaultTitle} aria-describedby={fieldDescribedBy(id, error?.fieldErrors?.title)} />
        </Field>
      </FormDialog>
    </div>
  );
}

/**
 * needsExclusion: the case has no suspicious-transaction report, so closing it records why none is filed.
 */
export function ResolveCaseButton({ caseId, version, needsExclusion }: { caseId: string; version: number; needsExclusion: boolean }) {
  const m = useMessages("alertCase");
  const { result, pending, run, clear } = useVersionedAction<{ alertIds: string[] }>(version);
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<(typeof CASE_OUTCOMES)[number]>("CONFIRMED");
  const base = useId();
  const id = `${base}-outcome`;
  const exclusionId = `${base}-exclusion`;
  const error = result && !result.ok ? result : null;
  const exclusionError = error?.fieldErrors?.strExclusionReason;
  return (
    <div className="flex flex-col gap-2">
      {!open ? <Said result={result} success={result?.ok ? fill(m.case.resolved, { count: result.data.alertIds.length }) : ""} /> : null}
      <div>
        <Button size="sm" data-testid="case-resolve" onClick={() => (clear(), setOpen(true))}>
          {m.case.resolve}
        </Button>
      </div>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={m.case.resolveTitle}
        description={m.case.resolveHelp}
        submitLabel={m.case.resolve}
        submitVariant={outcome === "CONFIRMED" ? "danger" : "primary"}
        cancelLabel={m.actions.cancel}
        pending={pending}
        error={error && error.error !== "invalid" ? { message: error.message, tone: "warning" } : null}
        testId="case-resolve-form"
        onSubmit={(form) =>
          run(
            () => resolveCaseAction({ caseId, version, outcome, reasonCode: outcome === "FALSE_POSITIVE" ? form.get("reasonCode") || undefined : undefined, note: form.get("note") ?? "", strExclusionReason: needsExclusion ? (form.get("strExclusionReason") ?? "") : undefined }),
            (next) => next.ok && setOpen(false),
          )
        }
      >
        <Field label={m.case.resolveOutcome} htmlFor={id} required>
          <Select id={id} value={outcome} onChange={(event) => setOutcome(event.target.value as typeof outcome)} aria-describedby={fieldDescribedBy(id)}>
            {CASE_OUTCOMES.map((code) => (
              <option key={code} value={code}>
                {m.case.outcome[code]}
              </option>
            ))}
          </Select>
        </Field>
        {outcome === "FALSE_POSITIVE" ? <ReasonCodeField error={error?.fieldErrors?.reasonCode} /> : null}
        <NoteField label={outcome === "CONFIRMED" ? m.actions.confirmNote : m.actions.note} maxLength={CONFIRM_NOTE_MAX} error={error?.fieldErrors?.note} />
        {needsExclusion ? (
          <Field label={m.case.exclusion} htmlFor={exclusionId} hint={m.case.exclusionHint} error={exclusionError} required>
            <Textarea
              id={exclusionId}
              name="strExclusionReason"
              rows={3}
              required
              minLength={STR_EXCLUSION_MIN}
              maxLength={STR_EXCLUSION_MAX}
              data-testid="case-exclusion"
              aria-invalid={exclusionError ? true : undefined}
              aria-describedby={fieldDescribedBy(exclusionId, exclusionError, m.case.exclusionHint)}
            />
          </Field>
        ) : null}
      </FormDialog>
    </div>
  );
}
