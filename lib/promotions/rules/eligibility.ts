// Whether a promotion applies to an event at all, before any money is counted: its window, the payment's
// channel, merchant category and amount, the customer's tier, province and age, and whether the event is
// the kind the promotion rewards. The limits that depend on what was already paid live in decide.ts.
import type { PromotionParams } from "@/lib/promotions/params";
import type { CustomerFacts, RewardEvent } from "@/lib/promotions/rules/types";

export const INELIGIBLE_REASONS = ["WINDOW", "CHANNEL", "MCC", "MIN_AMOUNT", "TIER", "PROVINCE", "NEW_CUSTOMER", "TRIGGER"] as const;
export type IneligibleReason = (typeof INELIGIBLE_REASONS)[number];

const DAY_MS = 86_400_000;

// The worker asks about every payment against every running promotion; parsing two ISO strings each time
// was most of the rules' cost, so each params object's instants are parsed once.
const windows = new WeakMap<object, { starts: number; ends: number; startsAtText: string; endsAtText: string }>();

/** startsAt <= at < endsAt, compared as instants (the form enters Shanghai times with their offset). */
export function inWindow(params: Pick<PromotionParams, "startsAt" | "endsAt">, at: Date): boolean {
  let window = windows.get(params);
  if (!window || window.startsAtText !== params.startsAt || window.endsAtText !== params.endsAt) {
    window = { starts: Date.parse(params.startsAt), ends: Date.parse(params.endsAt), startsAtText: params.startsAt, endsAtText: params.endsAt };
    windows.set(params, window);
  }
  const time = at.getTime();
  return window.starts <= time && time < window.ends;
}

/**
 * Whether the event is one this promotion's type rewards: payments for the cashback and points types and
 * for a FIRST_PAYMENT bonus (the customer's first payment only); an activation or card link for a bonus
 * with that trigger.
 */
export function matchesTrigger(params: Pick<PromotionParams, "type" | "bonusTrigger">, event: RewardEvent): boolean {
  if (event.kind === "PAYMENT") {
    if (params.type !== "SIGNUP_BONUS") return true;
    return params.bonusTrigger === "FIRST_PAYMENT" && event.firstPayment;
  }
  return params.type === "SIGNUP_BONUS" && params.bonusTrigger === event.kind;
}

/**
 * The first condition the event fails, in the order the editor lists them, or null when the promotion
 * applies. Payment filters (channel, category, minimum) only ever refuse payments: the schema allows them
 * on a bonus only when a payment triggers it.
 */
export function ineligibleBecause(params: PromotionParams, event: RewardEvent, customer: CustomerFacts): IneligibleReason | null {
  if (!inWindow(params, event.at)) return "WINDOW";
  if (event.kind === "PAYMENT") {
    if (params.channels.length > 0 && !(params.channels as readonly string[]).includes(event.channel)) return "CHANNEL";
    if (params.mccs.length > 0 && (event.mcc === null || !params.mccs.includes(event.mcc))) return "MCC";
    if (params.minAmountFen !== null && event.amountFen < BigInt(params.minAmountFen)) return "MIN_AMOUNT";
  }
  if (params.tiers.length > 0 && !(params.tiers as readonly number[]).includes(customer.tier)) return "TIER";
  if (params.provinces.length > 0 && !params.provinces.includes(customer.province)) return "PROVINCE";
  if (params.newCustomerDays !== null && event.at.getTime() - customer.registeredAt.getTime() > params.newCustomerDays * DAY_MS) return "NEW_CUSTOMER";
  if (!matchesTrigger(params, event)) return "TRIGGER";
  return null;
}

export function isEligible(params: PromotionParams, event: RewardEvent, customer: CustomerFacts): boolean {
  return ineligibleBecause(params, event, customer) === null;
}
