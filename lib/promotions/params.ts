// What a promotion is: one zod schema (zod/mini, small enough for the browser) that the editor validates as
// you type and the server parses again before it writes. Money is integer fen as JSON numbers (exact far
// past any budget), times are ISO instants (the form enters them in Asia/Shanghai), and the fields a type
// does not use are null. Each impossible combination is reported on the field that has to change.
import * as z from "zod/mini";
import {
  ACCOUNT_TIERS, BONUS_TRIGGERS, DESCRIPTION_MAX, FRAUD_SHARE_LIMIT_DEFAULT, MAX_REWARDS_MAX, MONEY_MAX_FEN, MULTIPLIER_X100_MAX, MULTIPLIER_X100_MIN,
  NAME_MAX, NAME_MIN, NEW_CUSTOMER_DAYS_MAX, PERCENT_BPS_MAX, PRIORITY_MAX, PRIORITY_MIN, PROMOTION_CHANNELS, PROMOTION_TYPES, WINDOW_MAX_DAYS,
} from "@/lib/promotions/fields";

const positiveFen = z.int().check(z.minimum(1), z.maximum(MONEY_MAX_FEN));
const count = (max: number) => z.nullable(z.int().check(z.minimum(1), z.maximum(max)));
const instant = z.iso.datetime({ offset: true });

export const promotionParamsShape = {
  name: z.string().check(z.trim(), z.minLength(NAME_MIN), z.maxLength(NAME_MAX)),
  description: z.string().check(z.trim(), z.maxLength(DESCRIPTION_MAX)),
  type: z.enum(PROMOTION_TYPES),
  /** CASHBACK_PERCENT: the share paid back, in basis points, and the most one payment earns. */
  percentBps: z.nullable(z.int().check(z.minimum(1))),
  perTransactionCapFen: z.nullable(positiveFen),
  /** CASHBACK_FIXED: 满 thresholdFen 返 rewardFen. SIGNUP_BONUS: rewardFen once. */
  thresholdFen: z.nullable(positiveFen),
  rewardFen: z.nullable(positiveFen),
  /** POINTS_MULTIPLIER: the base earn rate (1 point per ¥1) times multiplierX100 / 100. */
  multiplierX100: z.nullable(z.int().check(z.minimum(MULTIPLIER_X100_MIN), z.maximum(MULTIPLIER_X100_MAX))),
  bonusTrigger: z.nullable(z.enum(BONUS_TRIGGERS)),
  /** Eligibility; an empty list means every value. */
  channels: z.array(z.enum(PROMOTION_CHANNELS)),
  mccs: z.array(z.string().check(z.regex(/^\d{4}$/))),
  minAmountFen: z.nullable(positiveFen),
  tiers: z.array(z.union([z.literal(ACCOUNT_TIERS[0]), z.literal(ACCOUNT_TIERS[1]), z.literal(ACCOUNT_TIERS[2])])),
  /** Province names as customers' records hold them ("广东省"). */
  provinces: z.array(z.string().check(z.minLength(2), z.maxLength(20))),
  /** Only customers registered at most this many days before the rewarded event. */
  newCustomerDays: count(NEW_CUSTOMER_DAYS_MAX),
  maxRewardsPerCustomer: count(MAX_REWARDS_MAX),
  maxRewardsPerCustomerPerDay: count(MAX_REWARDS_MAX),
  budgetFen: positiveFen,
  perCustomerBudgetFen: z.nullable(positiveFen),
  startsAt: instant,
  endsAt: instant,
  /** 1 is applied first; among promotions that do not stack only the first eligible one pays. */
  priority: z.int().check(z.minimum(PRIORITY_MIN), z.maximum(PRIORITY_MAX)),
  stackable: z.boolean(),
  /** The guard pauses the promotion when more than this share of its cost goes to customers with open fraud alerts. */
  fraudShareLimitPercent: z.int().check(z.minimum(1), z.maximum(100)),
};

export type PromotionParams = z.infer<z.ZodMiniObject<typeof promotionParamsShape>>;
type Field = keyof PromotionParams;

/** The field each type requires, so the form shows only those and the server demands them. */
export const TYPE_FIELDS = {
  CASHBACK_PERCENT: ["percentBps", "perTransactionCapFen"],
  CASHBACK_FIXED: ["thresholdFen", "rewardFen"],
  POINTS_MULTIPLIER: ["multiplierX100"],
  SIGNUP_BONUS: ["bonusTrigger", "rewardFen"],
} as const satisfies Record<PromotionParams["type"], readonly Field[]>;
const TYPED_FIELDS = ["percentBps", "perTransactionCapFen", "thresholdFen", "rewardFen", "multiplierX100", "bonusTrigger"] as const satisfies readonly Field[];

export const promotionParamsSchema = z.object(promotionParamsShape).check(
  z.superRefine((p, ctx) => {
    const fail = (path: Field, message: string) => ctx.issues.push({ code: "custom", message, path: [path], input: p[path] });
    const required = TYPE_FIELDS[p.type] as readonly Field[];
    for (const field of TYPED_FIELDS) {
      if (required.includes(field) && p[field] === null) fail(field, "validation.required");
      if (!required.includes(field) && p[field] !== null) fail(field, "promotions.errors.notForType");
    }
    if (p.percentBps !== null && p.percentBps > PERCENT_BPS_MAX) fail("percentBps", "promotions.errors.percentOver100");
    if (p.perTransactionCapFen !== null && p.perTransactionCapFen > p.budgetFen) fail("perTransactionCapFen", "promotions.errors.capAboveBudget");
    if (p.rewardFen !== null && p.rewardFen > p.budgetFen) fail("rewardFen", "promotions.errors.rewardAboveBudget");
    if (p.rewardFen !== null && p.thresholdFen !== null && p.rewardFen >= p.thresholdFen) fail("rewardFen", "promotions.errors.rewardNotBelowThreshold");
    if (p.perCustomerBudgetFen !== null && p.perCustomerBudgetFen > p.budgetFen) fail("perCustomerBudgetFen", "promotions.errors.perCustomerAboveTotal");
    if (p.maxRewardsPerCustomerPerDay !== null && p.maxRewardsPerCustomer !== null && p.maxRewardsPerCustomerPerDay > p.maxRewardsPerCustomer) {
      fail("maxRewardsPerCustomerPerDay", "promotions.errors.perDayAboveTotal");
    }
    if (p.type === "SIGNUP_BONUS" && (p.channels.length > 0 || p.mccs.length > 0 || p.minAmountFen !== null) && p.bonusTrigger !== "FIRST_PAYMENT") {
      fail("channels", "promotions.errors.paymentFiltersOnBonus");
    }
    const starts = Date.parse(p.startsAt);
    const ends = Date.parse(p.endsAt);
    if (Number.isFinite(starts) && Number.isFinite(ends)) {
      if (ends <= starts) fail("endsAt", "promotions.errors.endBeforeStart");
      else if (ends - starts > WINDOW_MAX_DAYS * 86_400_000) fail("endsAt", "promotions.errors.windowTooLong");
    }
  }),
);

/** A draft's starting values: a week-long 5 % cashback from tomorrow, as marketing most often starts. */
export function emptyPromotionParams(startsAt: string, endsAt: string): PromotionParams {
  return {
    name: "",
    description: "",
    type: "CASHBACK_PERCENT",
    percentBps: 500,
    perTransactionCapFen: 2_000,
    thresholdFen: null,
    rewardFen: null,
    multiplierX100: null,
    bonusTrigger: null,
    channels: [],
    mccs: [],
    minAmountFen: null,
    tiers: [],
    provinces: [],
    newCustomerDays: null,
    maxRewardsPerCustomer: null,
    maxRewardsPerCustomerPerDay: null,
    budgetFen: 10_000_000,
    perCustomerBudgetFen: null,
    startsAt,
    endsAt,
    priority: 50,
    stackable: false,
    fraudShareLimitPercent: FRAUD_SHARE_LIMIT_DEFAULT,
  };
}

/** Stored params back into the type (the database holds JSON); throws on a row no schema version wrote. */
export function readParams(json: unknown): PromotionParams {
  return promotionParamsSchema.parse(json);
}
