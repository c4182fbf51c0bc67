// The editor's fields as the person types them, and back: money in yuan ("100", "99.50") <-> integer fen,
// a rate in percent ("5", "2.5") <-> basis points, a multiplier ("2", "1.5") <-> hundredths, Beijing wall-clock
// times ("2026-12-01T00:00") <-> ISO instants. No zod and no server imports: the form runs it on every key.
// What does not read as its kind is a problem of that field (shown beside it) and goes to the schema as a
// value it refuses, so a half-typed form is never valid.
import { emptyPromotionParams, TYPE_FIELDS, type PromotionParams } from "@/lib/promotions/params";
import { BONUS_TRIGGERS, PROMOTION_TYPES } from "@/lib/promotions/fields";
import { fenToYuanText, parseYuanText } from "@/lib/money";
import { parseShanghaiLocal, shanghaiDay, shanghaiIsoString, startOfShanghaiDay } from "@/lib/time";

export type ParamField = keyof PromotionParams;
export type InputProblem = "yuan" | "number" | "decimal" | "dateTime";

export interface FormValues {
  name: string;
  description: string;
  type: PromotionParams["type"];
  percent: string;
  perTransactionCap: string;
  threshold: string;
  reward: string;
  multiplier: string;
  bonusTrigger: string;
  channels: PromotionParams["channels"];
  mccs: string[];
  minAmount: string;
  tiers: PromotionParams["tiers"];
  provinces: string[];
  newCustomerDays: string;
  maxRewardsPerCustomer: string;
  maxRewardsPerCustomerPerDay: string;
  budget: string;
  perCustomerBudget: string;
  startsAt: string;
  endsAt: string;
  priority: string;
  stackable: boolean;
  fraudShareLimit: string;
}

/** Which form input holds each parameter (for errors beside the field and focusing it). */
export const INPUT_OF: Record<ParamField, keyof FormValues> = {
  name: "name",
  description: "description",
  type: "type",
  percentBps: "percent",
  perTransactionCapFen: "perTransactionCap",
  thresholdFen: "threshold",
  rewardFen: "reward",
  multiplierX100: "multiplier",
  bonusTrigger: "bonusTrigger",
  channels: "channels",
  mccs: "mccs",
  minAmountFen: "minAmount",
  tiers: "tiers",
  provinces: "provinces",
  newCustomerDays: "newCustomerDays",
  maxRewardsPerCustomer: "maxRewardsPerCustomer",
  maxRewardsPerCustomerPerDay: "maxRewardsPerCustomerPerDay",
  budgetFen: "budget",
  perCustomerBudgetFen: "perCustomerBudget",
  startsAt: "startsAt",
  endsAt: "endsAt",
  priority: "priority",
  stackable: "stackable",
  fraudShareLimitPercent: "fraudShareLimit",
};

const yuan = (fen: number | null): string => (fen === null ? "" : fenToYuanText(BigInt(fen)).replace(/\.00$/, ""));
/** Hundredths as a decimal: 500 -> "5", 250 -> "2.5", 1 -> "0.01". */
const hundredths = (value: number | null): string => (value === null ? "" : String(value / 100));
const wallClock = (iso: string): string => {
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? "" : shanghaiIsoString(instant).slice(0, 16);
};

export function toFormValues(params: PromotionParams): FormValues {
  return {
    name: params.name,
    description: params.description,
    type: params.type,
    percent: hundredths(params.percentBps),
    perTransactionCap: yuan(params.perTransactionCapFen),
    threshold: yuan(params.thresholdFen),
    reward: yuan(params.rewardFen),
    multiplier: hundredths(params.multiplierX100),
    bonusTrigger: params.bonusTrigger ?? "",
    channels: [...params.channels],
    mccs: [...params.mccs],
    minAmount: yuan(params.minAmountFen),
    tiers: [...params.tiers],
    provinces: [...params.provinces],
    newCustomerDays: params.newCustomerDays === null ? "" : String(params.newCustomerDays),
    maxRewardsPerCustomer: params.maxRewardsPerCustomer === null ? "" : String(params.maxRewardsPerCustomer),
    maxRewardsPerCustomerPerDay: params.maxRewardsPerCustomerPerDay === null ? "" : String(params.maxRewardsPerCustomerPerDay),
    budget: yuan(params.budgetFen),
    perCustomerBudget: yuan(params.perCustomerBudgetFen),
    startsAt: wallClock(params.startsAt),
    endsAt: wallClock(params.endsAt),
    priority: String(params.priority),
    stackable: params.stackable,
    fraudShareLimit: String(params.fraudShareLimitPercent),
  };
}

/** A value the schema refuses as the wrong type, standing in for input that did not read as its kind. */
const UNREADABLE = Number.NaN;

export interface ReadForm {
  params: PromotionParams;
  /** Inputs that did not read as their kind, by parameter. */
  problems: Partial<Record<ParamField, InputProblem>>;
}

export function fromFormValues(values: FormValues): ReadForm {
  const problems: Partial<Record<ParamField, InputProblem>> = {};
  const used = TYPE_FIELDS[values.type] as readonly ParamField[];

  const money = (field: ParamField, text: string, required = false): number | null => {
    if (!required && !used.includes(field) && TYPED.includes(field)) return null;
    if (text.trim() === "") return null;
    const fen = parseYuanText(text);
    if (fen === null) {
      problems[field] = "yuan";
      return UNREADABLE;
    }
    return Number(fen);
  };
  const whole = (field: ParamField, text: string): number | null => {
    if (text.trim() === "") return null;
    if (!/^\s*-?\d+\s*$/.test(text)) {
      problems[field] = "number";
      return UNREADABLE;
    }
    return Number(text.trim());
  };
  const scaled = (field: ParamField, text: string): number | null => {
    if (!used.includes(field)) return null;
    if (text.trim() === "") return null;
    const match = /^\s*(\d{1,6})(?:\.(\d{1,2}))?\s*$/.exec(text);
    if (!match) {
      problems[field] = "decimal";
      return UNREADABLE;
    }
    return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  };
  const instant = (field: ParamField, text: string): string => {
    const parsed = parseShanghaiLocal(text);
    if (!parsed) {
      if (text !== "") problems[field] = "dateTime";
      return text;
    }
    return parsed.toISOString();
  };

  const params: PromotionParams = {
    name: values.name,
    description: values.description,
    type: values.type,
    percentBps: scaled("percentBps", values.percent),
    perTransactionCapFen: money("perTransactionCapFen", values.perTransactionCap),
    thresholdFen: money("thresholdFen", values.threshold),
    rewardFen: money("rewardFen", values.reward),
    multiplierX100: scaled("multiplierX100", values.multiplier),
    bonusTrigger: used.includes("bonusTrigger") ? ((BONUS_TRIGGERS as readonly string[]).includes(values.bonusTrigger) ? (values.bonusTrigger as PromotionParams["bonusTrigger"]) : null) : null,
    channels: values.channels,
    mccs: values.mccs,
    minAmountFen: money("minAmountFen", values.minAmount, true),
    tiers: values.tiers,
    provinces: values.provinces,
    newCustomerDays: whole("newCustomerDays", values.newCustomerDays),
    maxRewardsPerCustomer: whole("maxRewardsPerCustomer", values.maxRewardsPerCustomer),
    maxRewardsPerCustomerPerDay: whole("maxRewardsPerCustomerPerDay", values.maxRewardsPerCustomerPerDay),
    budgetFen: money("budgetFen", values.budget, true) ?? UNREADABLE,
    perCustomerBudgetFen: money("perCustomerBudgetFen", values.perCustomerBudget, true),
    startsAt: instant("startsAt", values.startsAt),
    endsAt: instant("endsAt", values.endsAt),
    priority: whole("priority", values.priority) ?? UNREADABLE,
    stackable: values.stackable,
    fraudShareLimitPercent: whole("fraudShareLimitPercent", values.fraudShareLimit) ?? UNREADABLE,
  };
  return { params, problems };
}

const TYPED: readonly ParamField[] = ["percentBps", "perTransactionCapFen", "thresholdFen", "rewardFen", "multiplierX100", "bonusTrigger"];

export function isPromotionType(value: string): value is PromotionParams["type"] {
  return (PROMOTION_TYPES as readonly string[]).includes(value);
}

const DAY_MS = 86_400_000;

/** A new promotion's form: from tomorrow 00:00 Beijing time for a week, as marketing most often starts. */
export function newPromotionValues(now: Date): FormValues {
  const starts = startOfShanghaiDay(shanghaiDay(new Date(now.getTime() + DAY_MS)));
  return toFormValues(emptyPromotionParams(starts.toISOString(), new Date(starts.getTime() + 7 * DAY_MS).toISOString()));
}
