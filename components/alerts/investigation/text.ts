// The rule's and the characteristic's words in the viewer's language, from the rule files (both languages),
// with the stored name or code when a rule is unknown to this build. No server imports.
import { characteristicByCode } from "@/lib/fraud/rules/characteristics";
import { ruleByCode } from "@/lib/fraud/rules";
import { raisedRuleByCode } from "@/lib/fraud/rules/raised";
import type { Locale } from "@/lib/i18n/translate";

export function ruleName(rule: { code: string; name: string }, locale: Locale): string {
  return (ruleByCode(rule.code) ?? raisedRuleByCode(rule.code))?.name[locale] ?? rule.name;
}

export function characteristicName(code: string, locale: Locale): string {
  return characteristicByCode(code)?.label[locale] ?? code;
}
