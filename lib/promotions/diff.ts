// What changed between two parameter sets, field by field: the approval screen shows it beside the version
// and the audit records carry it. Eligibility lists are sets (choosing QR then NFC is the same promotion as
// NFC then QR) and instants compare as instants, so re-saving without a real change shows no difference.
// No server imports: the diff and its display run in client components too.
import { tierNumeral } from "@/lib/i18n/glossary";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import { provinceName } from "@/lib/i18n/regions";
import { formatCny } from "@/lib/money";
import { TYPE_FIELDS, type PromotionParams } from "@/lib/promotions/params";
import { joinList, percentText } from "@/lib/promotions/summary";
import { formatDateTime } from "@/lib/time";

export type ParamField = keyof PromotionParams;

export interface ParamDifference {
  field: ParamField;
  before: unknown;
  after: unknown;
}

/** Reading order: what it is, what it pays, who qualifies, how much, when. */
export const PARAM_FIELDS: readonly ParamField[] = [
  "name", "description", "type", "percentBps", "perTransactionCapFen", "thresholdFen", "rewardFen", "multiplierX100", "bonusTrigger",
  "channels", "mccs", "minAmountFen", "tiers", "provinces", "newCustomerDays", "maxRewardsPerCustomer", "maxRewardsPerCustomerPerDay",
  "budgetFen", "perCustomerBudgetFen", "startsAt", "endsAt", "priority", "stackable", "fraudShareLimitPercent",
];

const SET_FIELDS: readonly ParamField[] = ["channels", "mccs", "tiers", "provinces"];
const INSTANT_FIELDS: readonly ParamField[] = ["startsAt", "endsAt"];
const TYPED_FIELDS: readonly ParamField[] = ["percentBps", "perTransactionCapFen", "thresholdFen", "rewardFen", "multiplierX100", "bonusTrigger"];
const LIMIT_FIELDS: readonly ParamField[] = ["minAmountFen", "newCustomerDays", "maxRewardsPerCustomer", "maxRewardsPerCustomerPerDay", "perCustomerBudgetFen"];
const MONEY_FIELDS: readonly ParamField[] = ["perTransactionCapFen", "thresholdFen", "rewardFen", "minAmountFen", "budgetFen", "perCustomerBudgetFen"];

function setKey(value: unknown): string {
  return Array.isArray(value) ? JSON.stringify([...new Set(value.map(String))].sort()) : JSON.stringify(value ?? null);
}

/** Whether a field holds the same value in both, the way a reader would judge it. */
export function sameValue(field: ParamField, a: unknown, b: unknown): boolean {
  if (SET_FIELDS.includes(field)) return setKey(a) === setKey(b);
  if (INSTANT_FIELDS.includes(field) && typeof a === "string" && typeof b === "string") {
    const [x, y] = [Date.parse(a), Date.parse(b)];
    if (Number.isFinite(x) && Number.isFinite(y)) return x === y;
  }
  return (a ?? null) === (b ?? null);
}

/** The fields a reader of this type needs: its own reward fields and every common one. */
export function fieldsOfType(type: PromotionParams["type"]): ParamField[] {
  const own = (TYPE_FIELDS[type] ?? []) as readonly ParamField[];
  return PARAM_FIELDS.filter((field) => !TYPED_FIELDS.includes(field) || own.includes(field));
}

/**
 * The differing fields in reading order. Against nothing (a first version) every field its type uses is
 * listed with before null, so the approver of a new promotion sees all of it.
 */
export function diffParams(before: PromotionParams | null, after: PromotionParams): ParamDifference[] {
  if (before === null) return fieldsOfType(after.type).map((field) => ({ field, before: null, after: after[field] }));
  return PARAM_FIELDS.filter((field) => !sameValue(field, before[field], after[field])).map((field) => ({ field, before: before[field], after: after[field] }));
}

/** What formatParamValue reads: useMessages("promotions") and useMessages("transactions") on the client. */
export interface ParamMessages {
  promotions: Pick<Messages["promotions"], "summary" | "fields" | "type" | "bonusTrigger" | "channel">;
  transactions: Pick<Messages["transactions"], "mcc">;
}

export function fieldLabel(field: ParamField, messages: ParamMessages): string {
  return messages.promotions.fields[field] ?? field;
}

/** A parameter's value in words: money in yuan, rates in percent, lists by their names, "All" / "No limit" for the open ones. */
export function formatParamValue(field: ParamField, value: unknown, locale: string, messages: ParamMessages): string {
  const { promotions: m, transactions } = messages;
  const w = m.summary;
  if (value === null || value === undefined) return LIMIT_FIELDS.includes(field) ? w.unlimited : w.none;
  if (Array.isArray(value)) {
    if (value.length === 0) return w.all;
    const items = value.map(String);
    switch (field) {
      case "channels":
        return items.map((c) => m.channel[c as keyof typeof m.channel] ?? c).join(w.separator);
      case "mccs":
        return items.map((code) => {
          const name = transactions.mcc[code as keyof typeof transactions.mcc];
          return name ? `${name} (${code})` : code;
        }).join(w.separator);
      case "tiers":
        return fill(items.length === 1 ? w.tiersOne : w.tiersMany, { tiers: joinList([...items].sort().map(tierNumeral), w.separator, w.and) });
      case "provinces":
        return items.map((p) => provinceName(p, locale)).join(w.separator);
      default:
        return items.join(w.separator);
    }
  }
  if (MONEY_FIELDS.includes(field) && typeof value === "number" && Number.isFinite(value)) return formatCny(BigInt(Math.round(value)), locale);
  switch (field) {
    case "type":
      return m.type[value as PromotionParams["type"]] ?? String(value);
    case "bonusTrigger":
      return m.bonusTrigger[value as NonNullable<PromotionParams["bonusTrigger"]>] ?? String(value);
    case "percentBps":
      return typeof value === "number" ? percentText(value) : String(value);
    case "multiplierX100":
      return fill(w.multiplierValue, { value: Number((Number(value) / 100).toFixed(2)) });
    case "newCustomerDays":
      return fill(w.days, { count: String(value) });
    case "maxRewardsPerCustomer":
    case "maxRewardsPerCustomerPerDay":
      return fill(w.times, { count: String(value) });
    case "startsAt":
    case "endsAt": {
      const time = Date.parse(String(value));
      return Number.isFinite(time) ? formatDateTime(new Date(time), locale) : String(value);
    }
    case "stackable":
      return value === true ? w.yes : value === false ? w.no : String(value);
    case "fraudShareLimitPercent":
      return fill(w.percentValue, { value: String(value) });
    default:
      return String(value);
  }
}
