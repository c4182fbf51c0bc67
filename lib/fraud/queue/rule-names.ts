// The rules' names in the reader's language, from the rule registry (each rule file carries its own zh-CN
// and en name): the queue's rule column and its rule filter. Server-side, so no page ships the rules' code.
import "server-only";
import { FRAUD_RULES, ruleByCode } from "@/lib/fraud/rules";
import { RAISED_RULES, raisedRuleByCode } from "@/lib/fraud/rules/raised";
import type { Locale } from "@/lib/i18n/translate";

export interface RuleOption {
  code: string;
  name: string;
}

/** A rule's name, or its code when the registry does not know it (an alert of a retired rule). */
export function ruleName(code: string, locale: Locale): string {
  return (ruleByCode(code) ?? raisedRuleByCode(code))?.name[locale] ?? code;
}

export function ruleOptions(locale: Locale): RuleOption[] {
  // The scoring rules, then the ones another guard raises (PROMOTION_FARMING).
  return [...FRAUD_RULES, ...RAISED_RULES].map((rule) => ({ code: rule.code, name: rule.name[locale] }));
}
