"use client";
// After an officer decides, the next submission of their queue view opens by itself (take-next with the
// filters the workspace's URL carries), so a queue is worked from the keyboard alone: `a`, Enter, and the
// next one is there. The new page says what happened to the previous submission and puts focus on the
// main content, where the shortcuts work. With nothing left to take, the panel says so and links back.
import { useEffect, useState, useTransition } from "react";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Focused } from "@/components/kyc/review/decision-result";
import { fill } from "@/lib/i18n/fill";
import { tierNumeral } from "@/lib/i18n/glossary";
import { useMessages } from "@/lib/i18n/provider";
import { takeNextAction } from "@/lib/kyc/queue/actions";
import { queueHref, readQueueFilters, reviewHref } from "@/lib/kyc/queue/view";
import type { DecisionOutcome, KycDecided } from "@/lib/kyc/review/mutations";

/** What the previous page decided, handed to the next page for one announcement. */
interface Decided {
  from: string;
  to: string;
  outcome: DecisionOutcome;
  tier: number | null;
}

const STORAGE_KEY = "kyc-review:decided";

function readDecided(submissionId: string): Decided | null {
  try {
    const value = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? "null") as Partial<Decided> | null;
    if (value?.to !== submissionId || typeof value.from !== "string" || typeof value.outcome !== "string") return null;
    sessionStorage.removeItem(STORAGE_KEY);
    return { from: value.from, to: value.to, outcome: value.outcome, tier: typeof value.tier === "number" ? value.tier : null };
  } catch {
    return null;
  }
}

/** Takes the next submission of this view and opens it; `empty` is the refusal to show when there is none. */
export function useOpenNext(submissionId: string) {
  const router = useRouter();
  const params = useSearchParams();
  const filters = readQueueFilters(params);
  const [empty, setEmpty] = useState<string | null>(null);
  const [opening, startTransition] = useTransition();
  const openNext = (decided: KycDecided) =>
    startTransition(async () => {
      const next = await takeNextAction({ filters });
      if (!next.ok) {
        setEmpty(next.message);
        return;
      }
      const handOver: Decided = { from: submissionId, to: next.data.id, outcome: decided.outcome, tier: decided.wallet?.tier ?? null };
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(handOver));
      router.push(reviewHref(next.data.id, filters));
    });
  return { openNext, opening, empty, queue: queueHref(filters) };
}

/** On the page the previous decision opened: what was decided, a link back to it, and focus on the content. */
export function DecisionHandOver({ submissionId }: { submissionId: string }) {
  const m = useMessages("kycReview");
  const [decided, setDecided] = useState<Decided | null>(null);
  useEffect(() => {
    const found = readDecided(submissionId);
    if (!found) return;
    // sessionStorage exists only in the browser, so this is read after mounting, never while rendering.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDecided(found);
    document.getElementById("main")?.focus();
  }, [submissionId]);
  if (!decided) return null;
  const outcome = fill(m.decision.outcome[decided.outcome], { tier: decided.tier ? tierNumeral(decided.tier) : "" });
  return (
    <AlertBanner
      tone="success"
      testId="kyc-next-opened"
      action={
        <Link href={`/kyc/${decided.from}`} className="font-medium whitespace-nowrap underline">
          {fill(m.decision.next.previous, { id: decided.from })}
        </Link>
      }
    >
      {fill(m.decision.next.opened, { id: decided.from, outcome })}
    </AlertBanner>
  );
}

/** Nothing left to take in this view: say so where focus lands, with the way back to the queue. */
export function QueueEmpty({ message, queue }: { message: string; queue: string }) {
  const m = useMessages("kycReview");
  return (
    <Focused>
      <AlertBanner
        tone="info"
        testId="kyc-next-empty"
        action={
          <Link href={queue} className="font-medium whitespace-nowrap underline">
            {m.decision.next.backToQueue}
          </Link>
        }
      >
        {message}
      </AlertBanner>
    </Focused>
  );
}
