import { describe, expect, it } from "vitest";
import { emptyPromotionParams, promotionParamsSchema, readParams, type PromotionParams } from "@/lib/promotions/params";

const valid = (): PromotionParams => ({ ...emptyPromotionParams("2026-11-01T00:00:00+08:00", "2026-11-12T00:00:00+08:00"), name: "双十一返现" });

/** Each issue as "field: message", the way the form places them. */
function issues(overrides: Partial<Record<keyof PromotionParams, unknown>>): string[] {
  const result = promotionParamsSchema.safeParse({ ...valid(), ...overrides });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("promotionParamsSchema", () => {
  it("accepts the starting draft with a name", () => {
    expect(issues({})).toEqual([]);
    expect(readParams(valid())).toEqual(valid());
  });

  it("accepts each type with its own fields", () => {
    const nulls = { percentBps: null, perTransactionCapFen: null, thresholdFen: null, rewardFen: null, multiplierX100: null, bonusTrigger: null };
    expect(issues({ ...nulls, type: "CASHBACK_FIXED", thresholdFen: 10_000, rewardFen: 500 })).toEqual([]);
    expect(issues({ ...nulls, type: "POINTS_MULTIPLIER", multiplierX100: 200 })).toEqual([]);
    expect(issues({ ...nulls, type: "SIGNUP_BONUS", bonusTrigger: "WALLET_ACTIVATION", rewardFen: 1_000 })).toEqual([]);
    expect(issues({ ...nulls, type: "SIGNUP_BONUS", bonusTrigger: "FIRST_PAYMENT", rewardFen: 1_000, channels: ["QR"], minAmountFen: 100 })).toEqual([]);
  });

  it("reports an end before the start on endsAt", () => {
    expect(issues({ endsAt: "2026-10-31T23:59:59+08:00" })).toEqual(["endsAt: promotions.errors.endBeforeStart"]);
    expect(issues({ endsAt: "2026-11-01T00:00:00+08:00" })).toEqual(["endsAt: promotions.errors.endBeforeStart"]);
    // The same instant written in UTC is still not after the start.
    expect(issues({ endsAt: "2026-10-31T16:00:00Z" })).toEqual(["endsAt: promotions.errors.endBeforeStart"]);
  });

  it("reports a window over 366 days on endsAt", () => {
    expect(issues({ endsAt: "2027-11-03T00:00:00+08:00" })).toEqual(["endsAt: promotions.errors.windowTooLong"]);
    expect(issues({ endsAt: "2027-11-02T00:00:00+08:00" })).toEqual([]);
  });

  it("reports a percentage over 100 % on percentBps", () => {
    expect(issues({ percentBps: 10_001 })).toEqual(["percentBps: promotions.errors.percentOver100"]);
    expect(issues({ percentBps: 10_000, perTransactionCapFen: 100 })).toEqual([]);
  });

  it("reports a cap above the budget on perTransactionCapFen", () => {
    expect(issues({ budgetFen: 1_000, perTransactionCapFen: 1_001 })).toEqual(["perTransactionCapFen: promotions.errors.capAboveBudget"]);
    expect(issues({ budgetFen: 1_000, perTransactionCapFen: 1_000 })).toEqual([]);
  });

  it("reports a per-customer budget above the total on perCustomerBudgetFen", () => {
    expect(issues({ budgetFen: 100_000, perTransactionCapFen: 1_000, perCustomerBudgetFen: 100_001 })).toEqual(["perCustomerBudgetFen: promotions.errors.perCustomerAboveTotal"]);
    expect(issues({ budgetFen: 100_000, perTransactionCapFen: 1_000, perCustomerBudgetFen: 100_000 })).toEqual([]);
  });

  it("reports a daily limit above the total limit on maxRewardsPerCustomerPerDay", () => {
    expect(issues({ maxRewardsPerCustomer: 3, maxRewardsPerCustomerPerDay: 4 })).toEqual(["maxRewardsPerCustomerPerDay: promotions.errors.perDayAboveTotal"]);
    expect(issues({ maxRewardsPerCustomer: 3, maxRewardsPerCustomerPerDay: 3 })).toEqual([]);
    expect(issues({ maxRewardsPerCustomer: null, maxRewardsPerCustomerPerDay: 4 })).toEqual([]);
  });

  it("reports fields of another type on those fields, and missing fields of this one", () => {
    expect(issues({ thresholdFen: 10_000 })).toEqual(["thresholdFen: promotions.errors.notForType"]);
    expect(issues({ multiplierX100: 200, bonusTrigger: "CARD_LINK" })).toEqual(["multiplierX100: promotions.errors.notForType", "bonusTrigger: promotions.errors.notForType"]);
    expect(issues({ percentBps: null })).toEqual(["percentBps: validation.required"]);
    expect(issues({ type: "POINTS_MULTIPLIER", percentBps: null, perTransactionCapFen: null })).toEqual(["multiplierX100: validation.required"]);
  });

  it("reports a fixed reward not below its threshold, and one above the budget, on rewardFen", () => {
    const fixed = { type: "CASHBACK_FIXED", percentBps: null, perTransactionCapFen: null, thresholdFen: 10_000 } as const;
    expect(issues({ ...fixed, rewardFen: 10_000 })).toEqual(["rewardFen: promotions.errors.rewardNotBelowThreshold"]);
    expect(issues({ ...fixed, thresholdFen: 100_000, rewardFen: 5_000, budgetFen: 4_000 })).toEqual(["rewardFen: promotions.errors.rewardAboveBudget"]);
  });

  it("reports payment filters on a bonus that no payment triggers, on channels", () => {
    const bonus = { type: "SIGNUP_BONUS", percentBps: null, perTransactionCapFen: null, bonusTrigger: "CARD_LINK", rewardFen: 1_000 } as const;
    expect(issues({ ...bonus, mccs: ["5411"] })).toEqual(["channels: promotions.errors.paymentFiltersOnBonus"]);
    expect(issues({ ...bonus, minAmountFen: 100 })).toEqual(["channels: promotions.errors.paymentFiltersOnBonus"]);
  });

  it("reports every impossible combination at once, each on its field", () => {
    const found = issues({ percentBps: 20_000, budgetFen: 1_000, perTransactionCapFen: 5_000, perCustomerBudgetFen: 2_000, endsAt: "2026-10-01T00:00:00+08:00" });
    expect(found).toEqual(expect.arrayContaining([
      "percentBps: promotions.errors.percentOver100",
      "perTransactionCapFen: promotions.errors.capAboveBudget",
      "perCustomerBudgetFen: promotions.errors.perCustomerAboveTotal",
      "endsAt: promotions.errors.endBeforeStart",
    ]));
    expect(found).toHaveLength(4);
  });

  it("refuses malformed values on their own fields", () => {
    expect(issues({ name: " x " }).map((i) => i.split(":")[0])).toEqual(["name"]);
    expect(issues({ budgetFen: 0 }).map((i) => i.split(":")[0])).toContain("budgetFen");
    expect(issues({ budgetFen: 1.5 }).map((i) => i.split(":")[0])).toContain("budgetFen");
    expect(issues({ mccs: ["541"] }).map((i) => i.split(":")[0])).toEqual(["mccs.0"]);
    expect(issues({ tiers: [4] }).map((i) => i.split(":")[0])).toEqual(["tiers.0"]);
    expect(issues({ startsAt: "2026-11-01 00:00" }).map((i) => i.split(":")[0])).toEqual(["startsAt"]);
    expect(issues({ priority: 0 }).map((i) => i.split(":")[0])).toEqual(["priority"]);
  });

  it("trims the name before it checks its length", () => {
    const result = promotionParamsSchema.safeParse({ ...valid(), name: "  双十一  " });
    expect(result.success && result.data.name).toBe("双十一");
  });
});
