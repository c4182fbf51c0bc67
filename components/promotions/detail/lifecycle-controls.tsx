"use client";
// Pause, resume and end a promotion (promotion:pause). Pausing and ending ask for a note that goes to the
// audit trail; resuming is one click. The server re-checks the state and the version the page showed.
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { FormDialog } from "@/components/ui/form-dialog";
import { ReasonField } from "@/components/ui/reason-field";
import { useVersionedAction } from "@/components/ui/use-versioned-action";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { useMessages } from "@/lib/i18n/provider";
import { endPromotionAction, pausePromotionAction, resumePromotionAction } from "@/lib/promotions/lifecycle/actions";
import type { LifecycleResult } from "@/lib/promotions/lifecycle/mutations";
import { NOTE_MAX } from "@/lib/promotions/fields";

type Step = "pause" | "resume" | "end";

export function LifecycleControls({ promotionId, name, version, steps }: { promotionId: string; name: string; version: number; steps: Step[] }) {
  const m = useMessages("promotionReview").actions;
  const router = useRouter();
  const id = useId();
  const [dialog, setDialog] = useState<"pause" | "end" | null>(null);
  const action = useVersionedAction<LifecycleResult>(version);
  const [done, setDone] = useState<Step | null>(null);

  const finish = (step: Step) => (r: { ok: boolean }) => {
    if (!r.ok) return;
    setDialog(null);
    setDone(step);
    router.refresh();
  };
  const withNote = (form: FormData) => {
    const note = String(form.get("note") ?? "");
    const step = dialog;
    if (step === "pause") action.run(() => pausePromotionAction({ promotionId, version, note }), finish("pause"));
    if (step === "end") action.run(() => endPromotionAction({ promotionId, version, note }), finish("end"));
  };
  const resume = () => action.run(() => resumePromotionAction({ promotionId, version }), finish("resume"));

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap justify-end gap-2">
        {steps.includes("resume") ? (
          <Button variant="primary" onClick={resume} loading={action.pending && dialog === null} data-testid="promotion-resume">
            {m.resume}
          </Button>
        ) : null}
        {steps.includes("pause") ? (
          <Button onClick={() => { action.clear(); setDialog("pause"); }} data-testid="promotion-pause">
            {m.pause}
          </Button>
        ) : null}
        {steps.includes("end") ? (
          <Button variant="danger" onClick={() => { action.clear(); setDialog("end"); }} data-testid="promotion-end">
            {m.end}
          </Button>
        ) : null}
      </div>
      {action.error && dialog === null ? <AlertBanner tone="danger" testId="lifecycle-error">{action.error.message}</AlertBanner> : null}
      {done && action.result?.ok ? <AlertBanner tone="success" testId="lifecycle-done">{m[done === "pause" ? "paused" : done === "resume" ? "resumed" : "ended"]}</AlertBanner> : null}
      <FormDialog
        open={dialog !== null}
        onClose={() => setDialog(null)}
        title={fillNodes(dialog === "end" ? m.endTitle : m.pauseTitle, { name: <DataValue>{name}</DataValue> })}
        description={dialog === "end" ? m.endHint : m.pauseHint}
        submitLabel={dialog === "end" ? (action.pending ? m.ending : m.end) : action.pending ? m.pausing : m.pause}
        cancelLabel={m.cancel}
        submitVariant={dialog === "end" ? "danger" : "primary"}
        pending={action.pending}
        error={action.error && !action.error.fieldErrors ? { message: action.error.message } : null}
        onSubmit={withNote}
        testId={dialog === "end" ? "end-dialog" : "pause-dialog"}
      >
        <ReasonField id={`${id}-note`} name="note" label={m.note} error={action.error?.fieldErrors?.note} maxLength={NOTE_MAX} rows={3} />
      </FormDialog>
    </div>
  );
}
