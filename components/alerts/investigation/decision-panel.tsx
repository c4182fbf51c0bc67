"use client";
// The alert's actions and what they say back: assign to me, false positive, confirm fraud, escalate. A
// conflict names who decided first and offers to reload; a wrong state says why. Which buttons show is
// the same rule the server enforces (lib/fraud/cases/state.ts), computed on the server and passed in.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { useVersionedAction } from "@/components/ui/use-versioned-action";
import { ConfirmFraudDialog, EscalateDialog, FalsePositiveDialog } from "@/components/alerts/investigation/decision-dialogs";
import type { ActionResult } from "@/lib/actions/result";
import { confirmFraudAction, escalateAlertAction, markFalsePositiveAction } from "@/lib/fraud/cases/actions";
import type { AlertDecided } from "@/lib/fraud/cases/mutations";
import { assignAlertToMeAction } from "@/lib/fraud/queue/actions";
import { fill } from "@/lib/i18n/fill";
import { useMessages } from "@/lib/i18n/provider";

export interface DecisionPanelProps {
  alertId: string;
  version: number;
  canAssign: boolean;
  canDecide: boolean;
  canEscalate: boolean;
  /** The wallet status words by code, for "the wallet was already frozen". */
  walletStatusNames: Record<string, string>;
}

type DialogName = "falsePositive" | "confirm" | "escalate" | null;
type Outcome = AlertDecided | { assigned: true };

export function DecisionPanel({ alertId, version, canAssign, canDecide, canEscalate, walletStatusNames }: DecisionPanelProps) {
  const m = useMessages("alertCase").actions;
  const router = useRouter();
  const { result, pending, run, clear } = useVersionedAction<Outcome>(version);
  const [dialog, setDialog] = useState<DialogName>(null);
  const ref = { alertId, version };
  const open = (name: DialogName) => {
    clear();
    setDialog(name);
  };
  const submit = (call: () => Promise<ActionResult<Outcome>>) =>
    run(call, (next) => {
      if (next.ok) setDialog(null);
    });
  // Errors that belong to no field stay in the dialog while it is open.
  const dialogError = result && !result.ok && result.error !== "invalid" && dialog ? { message: result.message, tone: "warning" as const } : null;
  const fieldErrors = result && !result.ok ? result.fieldErrors : undefined;
  const common = { onClose: () => setDialog(null), pending, fieldErrors, error: dialogError };

  return (
    <div className="flex flex-col gap-3" data-testid="alert-actions">
      <Outcome result={dialog ? null : result} walletStatusNames={walletStatusNames} onReload={() => router.refresh()} />
      <div className="flex flex-wrap gap-2">
        {canAssign ? (
          <Button
            size="sm"
            loading={pending && dialog === null}
            data-testid="alert-assign"
            onClick={() =>
              run(async (): Promise<ActionResult<Outcome>> => {
                const taken = await assignAlertToMeAction(ref);
                return taken.ok ? { ok: true, data: { assigned: true } } : taken;
              })
            }
          >
            {m.assignToMe}
          </Button>
        ) : null}
        {canDecide ? (
          <>
            <Button size="sm" variant="danger" data-testid="alert-confirm" onClick={() => open("confirm")}>
              {m.confirmFraud}
            </Button>
            <Button size="sm" data-testid="alert-false-positive" onClick={() => open("falsePositive")}>
              {m.falsePositive}
            </Button>
          </>
        ) : null}
        {canEscalate ? (
          <Button size="sm" variant="ghost" data-testid="alert-escalate" onClick={() => open("escalate")}>
            {m.escalate}
          </Button>
        ) : null}
      </div>
      <FalsePositiveDialog {...common} open={dialog === "falsePositive"} onSubmit={(form) => submit(() => markFalsePositiveAction({ ...ref, reasonCode: form.get("reasonCode") ?? undefined, note: form.get("note") ?? "" }))} />
      <ConfirmFraudDialog {...common} open={dialog === "confirm"} onSubmit={(form) => submit(() => confirmFraudAction({ ...ref, note: form.get("note") ?? "" }))} />
      <EscalateDialog {...common} open={dialog === "escalate"} onSubmit={(form) => submit(() => escalateAlertAction({ ...ref, reason: form.get("reason") ?? "" }))} />
    </div>
  );
}

function Outcome({ result, walletStatusNames, onReload }: { result: ActionResult<Outcome> | null; walletStatusNames: Record<string, string>; onReload: () => void }) {
  const m = useMessages("alertCase").actions;
  if (!result || (!result.ok && result.error === "invalid")) return null;
  if (result.ok) {
    const data = result.data;
    let text = m.outcome.assigned;
    if ("outcome" in data) {
      if (data.outcome === "confirmed") text = data.wallet && !data.wallet.frozenNow ? fill(m.outcome.confirmedAlreadyFrozen, { status: walletStatusNames[data.wallet.status] ?? data.wallet.status }) : m.outcome.confirmed;
      else text = m.outcome[data.outcome];
    }
    return (
      <AlertBanner tone="success" testId="alert-action-result">
        {text}
      </AlertBanner>
    );
  }
  return (
    <AlertBanner
      tone={result.error === "conflict" || result.error === "state" ? "warning" : "danger"}
      testId="alert-action-result"
      action={
        result.error === "conflict" ? (
          <Button size="sm" onClick={onReload}>
            {m.reload}
          </Button>
        ) : undefined
      }
    >
      <span data-error={result.error}>{result.message}</span>
    </AlertBanner>
  );
}
