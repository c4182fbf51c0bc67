// The rule registry: every fraud rule the console knows, in the order the rules page lists them. The
// FraudRule rows (id rule_<code lower-case>) are seeded from it (lib/sim/reference.ts); their parameter
// versions live in the database and are checked against each rule's `params` (lib/fraud/rules/params.ts).
import { AMOUNT_SPIKE } from "@/lib/fraud/rules/amount-spike";
import { CARD_TESTING } from "@/lib/fraud/rules/card-testing";
import { DORMANT_REACTIVATION } from "@/lib/fraud/rules/dormant-reactivation";
import { FAN_IN } from "@/lib/fraud/rules/fan-in";
import { FAN_OUT } from "@/lib/fraud/rules/fan-out";
import { LOCATION_MISMATCH } from "@/lib/fraud/rules/location-mismatch";
import { NEW_DEVICE_HIGH_VALUE } from "@/lib/fraud/rules/new-device-high-value";
import { NIGHT_TRANSFERS } from "@/lib/fraud/rules/night-transfers";
import { RAPID_IN_OUT } from "@/lib/fraud/rules/rapid-in-out";
import { STRUCTURING } from "@/lib/fraud/rules/structuring";
import type { FraudRuleDefinition } from "@/lib/fraud/rules/types";
import { VELOCITY } from "@/lib/fraud/rules/velocity";

export const FRAUD_RULES: readonly FraudRuleDefinition[] = [
  VELOCITY,
  AMOUNT_SPIKE,
  NEW_DEVICE_HIGH_VALUE,
  LOCATION_MISMATCH,
  STRUCTURING,
  DORMANT_REACTIVATION,
  RAPID_IN_OUT,
  FAN_IN,
  FAN_OUT,
  CARD_TESTING,
  NIGHT_TRANSFERS,
] as readonly FraudRuleDefinition[];

export const FRAUD_RULE_CODES: readonly string[] = FRAUD_RULES.map((r) => r.code);

const BY_CODE: ReadonlyMap<string, FraudRuleDefinition> = new Map(FRAUD_RULES.map((r) => [r.code, r]));

export function ruleByCode(code: string): FraudRuleDefinition | undefined {
  return BY_CODE.get(code);
}

/** FraudRule.id of a rule code: rule_velocity. */
export function ruleIdFor(code: string): string {
  return `rule_${code.toLowerCase()}`;
}

export { AMOUNT_SPIKE, CARD_TESTING, DORMANT_REACTIVATION, FAN_IN, FAN_OUT, LOCATION_MISMATCH, NEW_DEVICE_HIGH_VALUE, NIGHT_TRANSFERS, RAPID_IN_OUT, STRUCTURING, VELOCITY };
