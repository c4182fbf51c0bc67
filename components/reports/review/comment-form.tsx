"use client";
// A remark in the report's review thread: it does not change the report; the thread and the audit log
// keep it. The field's error (too short, too long) shows beside it; the form clears after a success.
import { useId, useRef, useState, useTransition } from "react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/actions/result";
import { useMessages } from "@/lib/i18n/provider";
import { addReportCommentAction } from "@/lib/reports/workflow/actions";
import { COMMENT_MAX } from "@/lib/reports/workflow/fields";

export function ReportCommentForm({ reportId }: { reportId: string }) {
  const m = useMessages("reportsReview");
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useRef<HTMLFormElement>(null);
  const id = `${useId()}-comment`;
  const error = result && !result.ok ? (result.fieldErrors?.body ?? result.message) : undefined;
  return (
    <form
      ref={form}
      noValidate
      className="flex flex-col gap-2"
      data-testid="report-comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        const body = new FormData(event.currentTarget).get("body") ?? "";
        startTransition(async () => {
          const next = await addReportCommentAction({ reportId, body });
          setResult(next);
          if (next.ok) form.current?.reset();
        });
      }}
    >
      {result?.ok ? (
        <AlertBanner tone="success" testId="report-comment-added">
          {m.success.comment}
        </AlertBanner>
      ) : null}
      <Field label={m.thread.commentLabel} htmlFor={id} hint={m.thread.commentHint} error={error}>
        <Textarea
          id={id}
          name="body"
          rows={2}
          maxLength={COMMENT_MAX}
          aria-invalid={error ? true : undefined}
          aria-describedby={fieldDescribedBy(id, error, m.thread.commentHint)}
          onChange={() => result?.ok && setResult(null)}
        />
      </Field>
      <div className="flex justify-end">
        <Button type="submit" size="sm" loading={pending} data-testid="report-comment-submit">
          {m.thread.commentSubmit}
        </Button>
      </div>
    </form>
  );
}
