// A promotion parameter as a reader sees it: its label and its value in words (money in yuan, rates in
// percent, lists by their names, "all" for an empty eligibility list, "no limit" for an unset cap). The
// definition list, the version diff and the activity timeline all name fields through here.
import { tierNumeral } from "@/lib/i18n/glossary";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import { provinceName } from "@/lib/i18n/regions";
import type { Locale } from "@/lib/i18n/translate";
import { formatCny } from "@/lib/money";
import type { PromotionParams } from "@/lib/promotions/params";
import { formatDateTime } from "@/lib/time";

export type ParamField = keyof PromotionParams;
export type ParamMessages = { review: Messages["promotionReview"]; promotions: Messages["promotions"] };

/** The order fields are listed in: what it is, what it pays, who qualifies, how much, when. */
export const PARAM_ORDER: readonly ParamField[] = [
  "name", "description", "type", "percentBps", "perTransactionCapFen", "thresholdFen", "rewardFen", "multiplierX100", "bonusTrigger",
  "channels", "mccs", "minAmountFen", "tiers", "provinces", "newCustomerDays", "maxRewardsPerCustomer", "maxRewardsPerCustomerPerDay",
  "budgetFen", "perCustomerBudgetFen", "startsAt", "endsAt", "priority", "stackable", "fraudShareLimitPercent",
];

/** Fields a reader needs for this type (the type's own reward fields, and every common one). */
const TYPED: Record<PromotionParams["type"], readonly ParamField[]> = {
  CASHBACK_PERCENT: ["percentBps", "perTransactionCapFen"],
  CASHBACK_FIXED: ["thresholdFen", "rewardFen"],
  POINTS_MULTIPLIER: ["multiplierX100"],
  SIGNUP_BONUS: ["bonusTrigger", "rewardFen"],
};
const REWARD_FIELDS: readonly ParamField[] = ["percentBps", "perTransactionCapFen", "thresholdFen", "rewardFen", "multiplierX100", "bonusTrigger"];

export function fieldsFor(params: PromotionParams): ParamField[] {
  return PARAM_ORDER.filter((f) => !REWARD_FIELDS.includes(f) || TYPED[params.type].includes(f));
}

/** The audit trail writes the name as promotionName (the writer masks every "name" as a person's). */
export function fieldOfAuditKey(key: string): ParamField | null {
  if (key === "promotionName") return "name";
  return (PARAM_ORDER as readonly string[]).includes(key) ? (key as ParamField) : null;
}

export function paramLabel(field: ParamField, m: ParamMessages): string {
  return m.promotions.fields[field];
}

/** Data typed by people (name, description, MCC codes, province names as stored) is shown as data, untranslated. */
export const DATA_FIELDS: readonly ParamField[] = ["name", "description", "mccs"];

export function paramText(field: ParamField, value: unknown, locale: Locale, m: ParamMessages): string {
  const v = m.review.values;
  if (value === null || value === undefined) {
    return field === "maxRewardsPerCustomer" || field === "maxRewardsPerCustomerPerDay" || field === "perCustomerBudgetFen" || field === "minAmountFen" || field === "newCustomerDays" ? v.unlimited : v.none;
  }
  const list = (items: string[]) => (items.length === 0 ? v.all : items.join(v.separator));
  switch (field) {
    case "type":
      return m.promotions.type[value as PromotionParams["type"]] ?? String(value);
    case "bonusTrigger":
      return m.promotions.bonusTrigger[value as NonNullable<PromotionParams["bonusTrigger"]>] ?? String(value);
    case "percentBps":
      return fill(v.percent, { value: Number(value) / 100 });
    case "multiplierX100":
      return fill(v.multiplier, { value: Number(value) / 100 });
    case "perTransactionCapFen":
    case "thresholdFen":
    case "rewardFen":
    case "minAmountFen":
    case "budgetFen":
    case "perCustomerBudgetFen":
      return formatCny(BigInt(value as number), locale);
    case "channels":
      return list((value as PromotionParams["channels"]).map((c) => m.promotions.channel[c] ?? c));
    case "mccs":
      return list(value as string[]);
    case "tiers":
      return list((value as number[]).map((t) => fill(v.tier, { tier: tierNumeral(t) })));
    case "provinces":
      return list((value as string[]).map((p) => provinceName(p, locale)));
    case "newCustomerDays":
      return fill(v.days, { count: Number(value) });
    case "maxRewardsPerCustomer":
    case "maxRewardsPerCustomerPerDay":
      return fill(v.times, { count: Number(value) });
    case "startsAt":
    case "endsAt":
      return formatDateTime(new Date(String(value)), locale);
    case "priority":
      return fill(v.priority, { value: Number(value) });
    case "stackable":
      return value ? v.yes : v.no;
    case "fraudShareLimitPercent":
      return fill(v.percent, { value: Number(value) });
    default:
      return String(value);
  }
}

export interface ParamChange {
  field: ParamField;
  before: unknown;
  after: unknown;
}

/** Each field whose value differs, in reading order; against nothing (a first version) every field of its type. */
export function paramDiff(before: PromotionParams | null, after: PromotionParams): ParamChange[] {
  if (!before) return fieldsFor(after).map((field) => ({ field, before: null, after: after[field] }));
  return PARAM_ORDER.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f])).map((field) => ({ field, before: before[field], after: after[field] }));
}
