"use client";
// What a decision did, in the reviewer's language: success, a conflict (with a way to load the current
// state) or a wrong state. Field errors are shown in the dialog beside their field, not here.
import { useRouter } from "next/navigation";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { fill, type ReviewMessages } from "@/components/kyc/review/messages";
import type { ActionResult } from "@/lib/actions/result";
import { tierNumeral } from "@/lib/i18n/glossary";
import type { KycDecided } from "@/lib/kyc/review/mutations";

export function DecisionResult({ result, m }: { result: ActionResult<KycDecided> | null; m: ReviewMessages }) {
  const router = useRouter();
  if (!result || (!result.ok && result.error === "invalid")) return null;
  if (result.ok) {
    const text = m.decision.outcome[result.data.outcome];
    return (
      <AlertBanner tone="success" testId="kyc-decision-result">
        {fill(text, { tier: result.data.wallet ? tierNumeral(result.data.wallet.tier) : "" })}
      </AlertBanner>
    );
  }
  const soft = result.error === "conflict" || result.error === "state";
  return (
    <AlertBanner
      tone={soft ? "warning" : "danger"}
      testId="kyc-decision-result"
      action={
        result.error === "conflict" ? (
          <Button size="sm" onClick={() => router.refresh()}>
            {m.decision.reload}
          </Button>
        ) : undefined
      }
    >
      <span data-error={result.error}>{result.message}</span>
    </AlertBanner>
  );
}
