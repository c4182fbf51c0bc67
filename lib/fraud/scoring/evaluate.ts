// Runs rule versions over one transaction and its wallet's history: the one place the worker, the decision
// API and the backtest call the rules, so a rule scores the same wherever it runs. Pure and allocation-light:
// the parameters are checked once when the versions are loaded (lib/fraud/scoring/versions.ts), not here.
import type { AlertSeverity } from "@/lib/generated/prisma/enums";
import { ruleByCode } from "@/lib/fraud/rules";
import type { RuleHit, ScoredTransaction, WalletHistory } from "@/lib/fraud/rules/types";

/** One FraudRuleVersion to evaluate: the active one of each enabled rule, or a draft in a backtest. */
export interface RuleVersionToRun {
  /** FraudRuleVersion.id */
  id: string;
  /** FraudRule.id (rule_<code lower-case>) */
  ruleId: string;
  code: string;
  severity: AlertSeverity;
  params: Record<string, number>;
}

export interface RuleVersionHit {
  version: RuleVersionToRun;
  hit: RuleHit;
}

/** The hits of `versions` on `tx`, in the versions' order. Versions of codes no rule implements are skipped. */
export function evaluateRules(tx: ScoredTransaction, history: WalletHistory, versions: readonly RuleVersionToRun[]): RuleVersionHit[] {
  const hits: RuleVersionHit[] = [];
  for (const version of versions) {
    const rule = ruleByCode(version.code);
    if (!rule) continue;
    const hit = rule.evaluate(tx, history, version.params);
    if (hit) hits.push({ version, hit });
  }
  return hits;
}
