// The decision API's one policy: how rule hits become allow / review / block. Pure, with its test beside it.
import type { AlertSeverity } from "@/lib/generated/prisma/enums";
import type { Localized, RuleHit } from "@/lib/fraud/rules/types";

export const DECISIONS = ["allow", "review", "block"] as const;
export type Decision = (typeof DECISIONS)[number];

/** Block at or above this overall score, or on any CRITICAL hit; review on any other hit. */
export const BLOCK_SCORE = 80;
/** Each hit beyond the strongest adds this much to the overall score (capped at 100). */
export const EXTRA_HIT_SCORE = 10;

export interface DecisionReason {
  rule: string;
  severity: AlertSeverity;
  score: number;
  explanation: Localized;
}

export interface Scored {
  decision: Decision;
  score: number;
  reasons: DecisionReason[];
}

/** What evaluateRules returns, as far as the policy reads it. */
export interface PolicyHit {
  version: { code: string; severity: AlertSeverity };
  hit: RuleHit;
}

export function decide(hits: readonly PolicyHit[]): Scored {
  const reasons = hits
    .map(({ version, hit }) => ({ rule: version.code, severity: version.severity, score: clamp(hit.score), explanation: hit.explanation }))
    .sort((a, b) => b.score - a.score || a.rule.localeCompare(b.rule));
  if (reasons.length === 0) return { decision: "allow", score: 0, reasons };
  const score = clamp(reasons[0]!.score + EXTRA_HIT_SCORE * (reasons.length - 1));
  const critical = reasons.some((reason) => reason.severity === "CRITICAL");
  return { decision: critical || score >= BLOCK_SCORE ? "block" : "review", score, reasons };
}

function clamp(score: number): number {
  return Math.max(0, Math.min(100, Math.round(score)));
}
