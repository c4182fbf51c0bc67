"use client";
// What a decision did, in the reviewer's language: success, a conflict (with a way to load the current
// state) or a wrong state. Field errors are shown in the dialog beside their field, not here. Focus moves
// here when it appears: the dialog that had it is gone and the button it came from may be too.
import { useEffect, useRef, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { fill } from "@/lib/i18n/fill";
import { tierNumeral } from "@/lib/i18n/glossary";
import { useMessages } from "@/lib/i18n/provider";
import type { KycDecided } from "@/lib/kyc/review/mutations";

/** Takes focus when it first appears (once, not on every re-render, so typing elsewhere is never interrupted). */
export function Focused({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div tabIndex={-1} ref={ref} className="focus:outline-none">
      {children}
    </div>
  );
}

export function DecisionResult({ result }: { result: ActionResult<KycDecided> | null }) {
  const m = useMessages("kycReview");
  const router = useRouter();
  if (!result || (!result.ok && result.error === "invalid")) return null;
  if (result.ok) {
    const text = m.decision.outcome[result.data.outcome];
    return (
      <Focused key={result.data.version}>
        <AlertBanner tone="success" testId="kyc-decision-result">
          {fill(text, { tier: result.data.wallet ? tierNumeral(result.data.wallet.tier) : "" })}
        </AlertBanner>
      </Focused>
    );
  }
  const soft = result.error === "conflict" || result.error === "state";
  return (
    <Focused key={result.message}>
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
    </Focused>
  );
}
