"use client";
// Release or forfeit one held reward: two buttons, each opening a dialog with the review note (required,
// audited). The server decides; a conflict (someone decided first) is shown in the dialog with a reload.
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { Ban, BadgeCheck } from "lucide-react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { FormDialog } from "@/components/ui/form-dialog";
import { ReasonField } from "@/components/ui/reason-field";
import { useVersionedAction } from "@/components/ui/use-versioned-action";
import type { ActionResult } from "@/lib/actions/result";
import { fill } from "@/lib/i18n/fill";
import { useMessages } from "@/lib/i18n/provider";
import { forfeitHeldRewardAction, releaseHeldRewardAction } from "@/lib/promotions/abuse/actions";
import { REVIEW_NOTE_MAX } from "@/lib/promotions/abuse/fields";

type Decision = "release" | "forfeit";

const ACTIONS: Record<Decision, (input: unknown) => Promise<ActionResult<unknown>>> = {
  release: releaseHeldRewardAction,
  forfeit: forfeitHeldRewardAction,
};

export interface HeldRewardReviewProps {
  rewardId: string;
  /** The customer as the panel shows them (masked name and id). */
  customer: string;
  /** The reward in words ("¥5.00", "¥5.00 + 200 积分"). */
  reward: string;
  /** Its cost, formatted: what a forfeit gives back to the budget. */
  cost: string;
}

export function HeldRewardReview({ rewardId, customer, reward, cost }: HeldRewardReviewProps) {
  const m = useMessages("rewards");
  const router = useRouter();
  const noteId = useId();
  const [open, setOpen] = useState<Decision | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { error: refusal, pending, run, clear } = useVersionedAction<unknown>();

  const close = () => {
    setOpen(null);
    clear();
  };
  const submit = (decision: Decision, form: FormData) =>
    run(
      () => ACTIONS[decision]({ rewardId, note: form.get("note") }),
      (next) => {
        if (!next.ok) return;
        setOpen(null);
        setDone(decision === "release" ? m.review.released : m.review.forfeited);
        router.refresh();
      },
    );

  const fieldErrors = refusal?.fieldErrors ?? {};
  const bannerError =
    refusal && !Object.values(fieldErrors).includes(refusal.message)
      ? {
          message: refusal.message,
          tone: refusal.error === "conflict" || refusal.error === "state" ? ("warning" as const) : ("danger" as const),
          action: refusal.error === "conflict" ? <Button size="sm" onClick={() => { close(); router.refresh(); }}>{m.review.reload}</Button> : undefined,
        }
      : null;

  const dialog = (decision: Decision, props: { title: string; description: string; submitLabel: string; danger?: boolean }) => (
    <FormDialog
      open={open === decision}
      onClose={close}
      title={props.title}
      description={props.description}
      submitLabel={props.submitLabel}
      submitVariant={props.danger ? "danger" : "primary"}
      cancelLabel={m.review.cancel}
      pending={pending}
      error={bannerError}
      onSubmit={(form) => submit(decision, form)}
      testId={`held-reward-${decision}-form`}
    >
      <ReasonField id={`${noteId}-${decision}`} name="note" label={m.review.note} hint={m.review.noteHint} error={open === decision ? fieldErrors.note : undefined} maxLength={REVIEW_NOTE_MAX} rows={3} />
    </FormDialog>
  );

  if (done) {
    return (
      <AlertBanner tone="success" testId="held-reward-done">
        {done}
      </AlertBanner>
    );
  }
  return (
    <div className="flex flex-wrap gap-2">
      <Button size="sm" onClick={() => { clear(); setOpen("release"); }} data-testid="held-reward-release">
        <BadgeCheck aria-hidden />
        {m.review.release}
      </Button>
      <Button size="sm" variant="danger" onClick={() => { clear(); setOpen("forfeit"); }} data-testid="held-reward-forfeit">
        <Ban aria-hidden />
        {m.review.forfeit}
      </Button>
      {dialog("release", { title: fill(m.review.releaseTitle, { id: rewardId }), description: fill(m.review.releaseBody, { customer, reward }), submitLabel: m.review.releaseConfirm })}
      {dialog("forfeit", { title: fill(m.review.forfeitTitle, { id: rewardId }), description: fill(m.review.forfeitBody, { reward, cost }), submitLabel: m.review.forfeitConfirm, danger: true })}
    </div>
  );
}
