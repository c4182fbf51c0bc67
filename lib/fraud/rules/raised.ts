// Rules that no scoring pass evaluates: another guard raises their alerts (PROMOTION_FARMING: the
// promotions' abuse guard, lib/promotions/abuse/links.ts, when it holds a reward). They are kept out of
// FRAUD_RULES on purpose: the scoring worker, the decision API, backtests and the planted-pattern recall
// iterate that list, and a rule with nothing to evaluate and no planted pattern would show a backtest of
// zero hits and a recall of nothing. Here they only lend the alert queue, the investigation page and the
// rules page their names in both languages. Their FraudRule row and version 1 are seeded beside the others
// (lib/sim/reference.ts) and ensured by the guard before its first alert.
import type { AlertSeverity } from "@/lib/generated/prisma/enums";
import type { Localized } from "@/lib/fraud/rules/types";

export interface RaisedRuleDefinition {
  code: string;
  name: Localized;
  description: Localized;
  /** The suspicious-transaction characteristic it evidences (characteristics.ts). */
  characteristic: string;
  defaultSeverity: AlertSeverity;
  /** Who raises it, for the rules page ("raised by ..., not editable here"). */
  raisedBy: Localized;
}

export const PROMOTION_FARMING: RaisedRuleDefinition = {
  code: "PROMOTION_FARMING",
  name: { "zh-CN": "营销套利（共用身份证件/银行卡/设备/手机号领取奖励）", en: "Promotion farming (rewards claimed with a shared ID, bank card, device or phone)" },
  description: {
    "zh-CN": "同一营销活动已向其他客户发放奖励，而本客户与其共用身份证件号码、银行卡（卡 BIN、末四位与持卡人相同）、设备或手机号；本次奖励被暂扣待审核。",
    en: "The same promotion already rewarded other customers who share this customer's resident ID number, a bank card (same BIN, last four and holder), a device or the phone number; this reward is held for review.",
  },
  characteristic: "SHARED_IDENTITY",
  defaultSeverity: "HIGH",
  raisedBy: { "zh-CN": "由营销活动的套利防护发出，不在此处修改", en: "Raised by the promotions' farming guard; not edited here" },
};

export const RAISED_RULES: readonly RaisedRuleDefinition[] = [PROMOTION_FARMING];

const BY_CODE: ReadonlyMap<string, RaisedRuleDefinition> = new Map(RAISED_RULES.map((r) => [r.code, r]));

export function raisedRuleByCode(code: string): RaisedRuleDefinition | undefined {
  return BY_CODE.get(code);
}
