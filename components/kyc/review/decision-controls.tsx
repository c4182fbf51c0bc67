"use client";
// The decision buttons and what they say back: approve / reject / request info on an open submission,
// confirm / decline for a lead on a proposed high-risk approval, and "waiting for a lead" for everyone
// else. Keyboard: `a` approves, `r` rejects (each through its dialog), never while typing.
import { useEffect, useState } from "react";
import { Check, FileQuestion, X } from "lucide-react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Kbd } from "@/components/ui/kbd";
import { ConfirmDialog, ReasonDialog, RequestInfoDialog } from "@/components/kyc/review/decision-dialogs";
import { DecisionResult } from "@/components/kyc/review/decision-result";
import { fill, type ReviewMessages } from "@/components/kyc/review/messages";
import { useReviewAction } from "@/components/kyc/review/use-review-action";
import type { ActionResult } from "@/lib/actions/result";
import { tierNumeral } from "@/lib/i18n/glossary";
import { approveKycAction, confirmKycApprovalAction, declineKycApprovalAction, rejectKycAction, requestKycInfoAction } from "@/lib/kyc/review/actions";
import type { KycDecided } from "@/lib/kyc/review/mutations";

export interface DecisionControlsProps {
  submissionId: string;
  version: number;
  /** Open for a decision: PENDING or IN_REVIEW and no approval waiting for a lead. */
  open: boolean;
  approvalPending: boolean;
  highRisk: boolean;
  tier: number;
  limits: { single: string; daily: string; annual: string };
  canDecide: boolean;
  canCheck: boolean;
  isMaker: boolean;
  m: ReviewMessages;
}

type DialogName = "approve" | "reject" | "requestInfo" | "confirm" | "decline" | null;

function typing(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element?.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']"));
}

export function DecisionControls(props: DecisionControlsProps) {
  const { submissionId, version, open, approvalPending, highRisk, tier, limits, canDecide, canCheck, isMaker, m } = props;
  const { result, pending, run, clear } = useReviewAction<KycDecided>(version);
  const [dialog, setDialog] = useState<DialogName>(null);
  const decidable = open && canDecide;
  const ref = { submissionId, version };

  useEffect(() => {
    if (!decidable) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.repeat || event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
      if (document.querySelector("dialog[open]")) return;
      if (event.key === "a" || event.key === "r") {
        event.preventDefault();
        clear();
        setDialog(event.key === "a" ? "approve" : "reject");
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [decidable, clear]);

  const openDialog = (name: DialogName) => {
    clear();
    setDialog(name);
  };
  // Field errors keep the dialog open; anything else closes it and is said in the panel.
  const after = (next: ActionResult<KycDecided>) => {
    if (next.ok || next.error !== "invalid") setDialog(null);
  };
  const fieldErrors = result && !result.ok ? result.fieldErrors : undefined;
  const reasonInput = (form: FormData) => ({ ...ref, reasonCode: form.get("reasonCode") || undefined, note: form.get("note") ?? "" });

  return (
    <div className="flex flex-col gap-3">
      <DecisionResult result={result} m={m} />

      {decidable ? (
        <>
          {highRisk ? (
            <AlertBanner tone="warning" testId="kyc-high-risk-note">
              {m.decision.highRiskNote}
            </AlertBanner>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Button variant="primary" onClick={() => openDialog("approve")} data-testid="kyc-approve" aria-keyshortcuts="a">
              <Check aria-hidden />
              {m.decision.approve}
              <Kbd aria-hidden className="ml-1 border-brand-300 bg-brand-700 text-ink-inverse">A</Kbd>
            </Button>
            <Button variant="danger" onClick={() => openDialog("reject")} data-testid="kyc-reject" aria-keyshortcuts="r">
              <X aria-hidden />
              {m.decision.reject}
              <Kbd aria-hidden className="ml-1 border-danger-border bg-critical-solid text-ink-inverse">R</Kbd>
            </Button>
            <Button onClick={() => openDialog("requestInfo")} data-testid="kyc-request-info">
              <FileQuestion aria-hidden />
              {m.decision.requestInfo}
            </Button>
          </div>
        </>
      ) : null}

      {approvalPending ? (
        <div className="flex flex-col gap-2" data-testid="kyc-awaiting-lead">
          {canCheck && !isMaker ? (
            <div className="flex flex-wrap gap-2">
              <Button variant="primary" onClick={() => openDialog("confirm")} data-testid="kyc-confirm-approval">
                <Check aria-hidden />
                {m.decision.pending.confirm}
              </Button>
              <Button variant="danger" onClick={() => openDialog("decline")} data-testid="kyc-decline-approval">
                <X aria-hidden />
                {m.decision.pending.decline}
              </Button>
            </div>
          ) : (
            <p className="text-sm text-ink" data-testid="kyc-waiting-for-lead">
              {isMaker ? m.decision.pending.waitingMaker : m.decision.pending.waiting}
            </p>
          )}
        </div>
      ) : null}

      {open && !canDecide ? <p className="text-sm text-ink-subtle">{m.decision.readOnly}</p> : null}

      <ConfirmDialog
        open={dialog === "approve"}
        onClose={() => setDialog(null)}
        pending={pending}
        m={m}
        testId="kyc-approve-dialog"
        title={fill(m.decision.approveTitle, { id: submissionId })}
        body={<p>{highRisk ? m.decision.approveHighRiskBody : fill(m.decision.approveBody, { tier: tierNumeral(tier), ...limits })}</p>}
        confirm={highRisk ? m.decision.confirmPropose : m.decision.confirmApprove}
        onConfirm={() => run(() => approveKycAction(ref), after)}
      />
      <ReasonDialog
        open={dialog === "reject"}
        onClose={() => setDialog(null)}
        pending={pending}
        m={m}
        fieldErrors={dialog === "reject" ? fieldErrors : undefined}
        testId="kyc-reject-dialog"
        title={fill(m.decision.rejectTitle, { id: submissionId })}
        body={m.decision.rejectBody}
        confirm={m.decision.confirmReject}
        onSubmit={(form) => run(() => rejectKycAction(reasonInput(form)), after)}
      />
      <RequestInfoDialog
        open={dialog === "requestInfo"}
        onClose={() => setDialog(null)}
        pending={pending}
        m={m}
        fieldErrors={dialog === "requestInfo" ? fieldErrors : undefined}
        title={m.decision.requestInfoTitle}
        onSubmit={(form) => run(() => requestKycInfoAction({ ...ref, documents: form.getAll("documents"), message: form.get("message") ?? "" }), after)}
      />
      <ConfirmDialog
        open={dialog === "confirm"}
        onClose={() => setDialog(null)}
        pending={pending}
        m={m}
        testId="kyc-confirm-dialog"
        title={m.decision.pending.confirmTitle}
        body={<p>{fill(m.decision.pending.confirmBody, { id: submissionId, tier: tierNumeral(tier) })}</p>}
        confirm={m.decision.pending.confirm}
        onConfirm={() => run(() => confirmKycApprovalAction(ref), after)}
      />
      <ReasonDialog
        open={dialog === "decline"}
        onClose={() => setDialog(null)}
        pending={pending}
        m={m}
        fieldErrors={dialog === "decline" ? fieldErrors : undefined}
        testId="kyc-decline-dialog"
        title={m.decision.pending.declineTitle}
        body={m.decision.pending.declineBody}
        confirm={m.decision.pending.confirmDecline}
        onSubmit={(form) => run(() => declineKycApprovalAction(reasonInput(form)), after)}
      />
    </div>
  );
}
