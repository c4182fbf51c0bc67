"use client";
// The decision buttons and what they say back: approve / reject / request info on an open submission,
// confirm / decline for a lead on a proposed approval, and "waiting for a lead" for everyone else. The
// approval follows the decision policy the server enforces: disabled, with the reason, when a failed check
// blocks it; asking for an override reason when a failed check allows one. Keyboard: `a` approves and `r`
// rejects (each through its dialog, which opens on its confirm button or first field), never while typing;
// after an officer's decision the next submission of the view opens by itself (decision-next.tsx).
import { useEffect, useId, useRef, useState } from "react";
import { Check, FileQuestion, X } from "lucide-react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Kbd } from "@/components/ui/kbd";
import { useVersionedAction } from "@/components/ui/use-versioned-action";
import { ApproveDialog, ConfirmDialog, ReasonDialog, RequestInfoDialog } from "@/components/kyc/review/decision-dialogs";
import { DecisionHandOver, QueueEmpty, useOpenNext } from "@/components/kyc/review/decision-next";
import { DecisionResult } from "@/components/kyc/review/decision-result";
import type { ActionResult } from "@/lib/actions/result";
import { fill } from "@/lib/i18n/fill";
import { tierNumeral } from "@/lib/i18n/glossary";
import { useMessages } from "@/lib/i18n/provider";
import { approveKycAction, confirmKycApprovalAction, declineKycApprovalAction, rejectKycAction, requestKycInfoAction } from "@/lib/kyc/review/actions";
import type { ApprovalPolicy } from "@/lib/kyc/review/decision-policy";
import type { KycDecided } from "@/lib/kyc/review/mutations";

export interface DecisionControlsProps {
  submissionId: string;
  version: number;
  /** Open for a decision (decision-state.ts isOpenForDecision). */
  open: boolean;
  approvalPending: boolean;
  highRisk: boolean;
  tier: number;
  limits: { single: string; daily: string; annual: string };
  /** What decision-policy.ts allows for this submission's check results. */
  policy: ApprovalPolicy;
  canDecide: boolean;
  canCheck: boolean;
  isMaker: boolean;
}

type DialogName = "approve" | "reject" | "requestInfo" | "confirm" | "decline" | null;

function typing(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element?.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']"));
}

/** Outcomes after which the officer moves on to the next submission; a lead's check stays on the page. */
const MOVES_ON: readonly KycDecided["outcome"][] = ["approved", "proposed", "rejected", "needsInfo"];

export function DecisionControls(props: DecisionControlsProps) {
  const { submissionId, version, open, approvalPending, highRisk, tier, limits, policy, canDecide, canCheck, isMaker } = props;
  const m = useMessages("kycReview");
  const checkNames = useMessages("kycChecks").names;
  const { result, pending, run, clear } = useVersionedAction<KycDecided>(version);
  const next = useOpenNext(submissionId);
  const [dialog, setDialog] = useState<DialogName>(null);
  const policyNoteId = useId();
  const root = useRef<HTMLDivElement>(null);
  const decidable = open && canDecide;
  const blocked = policy.kind === "blocked";
  const override = policy.kind === "override";
  const failedChecks = policy.kind === "clean" ? "" : policy.checks.map((code) => checkNames[code]).join(m.listSeparator);
  const ref = { submissionId, version };

  useEffect(() => {
    if (!decidable) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.repeat || event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
      if (document.querySelector("dialog[open]")) return;
      if ((event.key === "a" && !blocked) || event.key === "r") {
        event.preventDefault();
        clear();
        setDialog(event.key === "a" ? "approve" : "reject");
      }
    };
    document.addEventListener("keydown", onKey);
    // Says when the keys work (after hydration), for whoever drives the page, tests included.
    const panel = root.current;
    panel?.setAttribute("data-shortcuts", "on");
    return () => {
      document.removeEventListener("keydown", onKey);
      panel?.removeAttribute("data-shortcuts");
    };
  }, [decidable, blocked, clear]);

  const openDialog = (name: DialogName) => {
    clear();
    setDialog(name);
  };
  const close = () => setDialog(null);
  // Field errors keep the dialog open; anything else closes it and is said in the panel.
  const decide = (call: () => Promise<ActionResult<KycDecided>>) =>
    run(call, (outcome) => {
      if (outcome.ok || outcome.error !== "invalid") setDialog(null);
      if (outcome.ok && MOVES_ON.includes(outcome.data.outcome)) next.openNext(outcome.data);
    });
  const fieldErrors = result && !result.ok ? result.fieldErrors : undefined;
  const dialogProps = (name: DialogName) => ({ open: dialog === name, onClose: close, pending: pending || next.opening, fieldErrors: dialog === name ? fieldErrors : undefined });
  const reasonInput = (form: FormData) => ({ ...ref, reasonCode: form.get("reasonCode") || undefined, note: form.get("note") ?? "" });
  const proposes = highRisk || override;

  return (
    <div ref={root} className="flex flex-col gap-3" data-testid="kyc-decision-controls">
      <DecisionHandOver submissionId={submissionId} />
      <DecisionResult result={result} />
      {next.empty ? <QueueEmpty message={next.empty} queue={next.queue} /> : null}

      {decidable ? (
        <>
          {blocked ? (
            <AlertBanner tone="danger" testId="kyc-approve-blocked">
              <span id={policyNoteId}>{fill(m.decision.blocked, { checks: failedChecks })}</span>
            </AlertBanner>
          ) : override ? (
            <AlertBanner tone="warning" testId="kyc-override-note">
              <span id={policyNoteId}>{fill(m.decision.overrideNeeded, { checks: failedChecks })}</span>
            </AlertBanner>
          ) : highRisk ? (
            <AlertBanner tone="warning" testId="kyc-high-risk-note">
              {m.decision.highRiskNote}
            </AlertBanner>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Button
              variant="primary"
              onClick={() => openDialog("approve")}
              disabled={blocked}
              aria-describedby={blocked || override ? policyNoteId : undefined}
              data-testid="kyc-approve"
              aria-keyshortcuts={blocked ? undefined : "a"}
            >
              <Check aria-hidden />
              {m.decision.approve}
              {blocked ? null : (
                <Kbd aria-hidden className="ml-1 border-brand-300 bg-brand-700 text-ink-inverse">
                  A
                </Kbd>
              )}
            </Button>
            <Button variant="danger" onClick={() => openDialog("reject")} data-testid="kyc-reject" aria-keyshortcuts="r">
              <X aria-hidden />
              {m.decision.reject}
              <Kbd aria-hidden className="ml-1 border-danger-border bg-critical-solid text-ink-inverse">
                R
              </Kbd>
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
              <Button variant="primary" onClick={() => openDialog("confirm")} disabled={blocked} data-testid="kyc-confirm-approval">
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

      <ApproveDialog
        {...dialogProps("approve")}
        title={fill(m.decision.approveTitle, { id: submissionId })}
        body={override ? fill(m.override.intro, { checks: failedChecks }) : highRisk ? m.decision.approveHighRiskBody : fill(m.decision.approveBody, { tier: tierNumeral(tier), ...limits })}
        submitLabel={proposes ? m.decision.confirmPropose : m.decision.confirmApprove}
        override={override}
        onSubmit={(form) => decide(() => approveKycAction({ ...ref, overrideCode: form.get("overrideCode") ?? "", overrideReason: form.get("overrideReason") ?? "" }))}
      />
      <ReasonDialog
        {...dialogProps("reject")}
        testId="kyc-reject-dialog"
        title={fill(m.decision.rejectTitle, { id: submissionId })}
        body={m.decision.rejectBody}
        submitLabel={m.decision.confirmReject}
        onSubmit={(form) => decide(() => rejectKycAction(reasonInput(form)))}
      />
      <RequestInfoDialog {...dialogProps("requestInfo")} onSubmit={(form) => decide(() => requestKycInfoAction({ ...ref, documents: form.getAll("documents"), message: form.get("message") ?? "" }))} />
      <ConfirmDialog
        {...dialogProps("confirm")}
        testId="kyc-confirm-dialog"
        title={m.decision.pending.confirmTitle}
        body={<p>{fill(m.decision.pending.confirmBody, { id: submissionId, tier: tierNumeral(tier) })}</p>}
        submitLabel={m.decision.pending.confirm}
        onSubmit={() => decide(() => confirmKycApprovalAction(ref))}
      />
      <ReasonDialog
        {...dialogProps("decline")}
        testId="kyc-decline-dialog"
        title={m.decision.pending.declineTitle}
        body={m.decision.pending.declineBody}
        submitLabel={m.decision.pending.confirmDecline}
        onSubmit={(form) => decide(() => declineKycApprovalAction(reasonInput(form)))}
      />
    </div>
  );
}
