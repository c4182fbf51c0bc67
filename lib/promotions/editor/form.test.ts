import { describe, expect, it } from "vitest";
import { fromFormValues, toFormValues } from "@/lib/promotions/editor/form";
import { emptyPromotionParams, promotionParamsSchema } from "@/lib/promotions/params";

const base = { ...emptyPromotionParams("2026-11-30T16:00:00.000Z", "2026-12-11T16:00:00.000Z"), name: "扫码满百返五" };

describe("the editor's fields", () => {
  it("round-trips parameters through what the form shows", () => {
    const values = toFormValues(base);
    expect(values).toMatchObject({ percent: "5", perTransactionCap: "20", budget: "100000", startsAt: "2026-12-01T00:00", endsAt: "2026-12-12T00:00", priority: "50" });
    const read = fromFormValues(values);
    expect(read.problems).toEqual({});
    expect(read.params).toEqual(base);
    expect(promotionParamsSchema.safeParse(read.params).success).toBe(true);
  });

  it("reads yuan with decimals and grouping exactly, percent and multipliers in hundredths", () => {
    const read = fromFormValues({ ...toFormValues(base), budget: "1,234.56", percent: "2.5", perTransactionCap: "0.01" });
    expect(read.params).toMatchObject({ budgetFen: 123_456, percentBps: 250, perTransactionCapFen: 1 });
    const points = fromFormValues({ ...toFormValues(base), type: "POINTS_MULTIPLIER", multiplier: "1.5" });
    expect(points.params).toMatchObject({ multiplierX100: 150, percentBps: null, perTransactionCapFen: null });
  });

  it("names the input that does not read as its kind, and the schema refuses it", () => {
    const read = fromFormValues({ ...toFormValues(base), budget: "12.345", priority: "high", startsAt: "2026-02-30T00:00" });
    expect(read.problems).toEqual({ budgetFen: "yuan", priority: "number", startsAt: "dateTime" });
    expect(promotionParamsSchema.safeParse(read.params).success).toBe(false);
  });

  it("clears the fields the chosen type does not use", () => {
    const read = fromFormValues({ ...toFormValues(base), type: "CASHBACK_FIXED", threshold: "100", reward: "5" });
    expect(read.params).toMatchObject({ thresholdFen: 10_000, rewardFen: 500, percentBps: null, perTransactionCapFen: null });
    expect(promotionParamsSchema.safeParse(read.params).success).toBe(true);
  });
});

describe("checking as you type", () => {
  it("finds an impossible combination while another field is unfinished", async () => {
    const { formIssues } = await import("@/lib/promotions/editor/validate");
    const read = fromFormValues({ ...toFormValues(base), name: "", budget: "1000", perCustomerBudget: "3000", maxRewardsPerCustomer: "abc" });
    const fields = formIssues(read.params).map((issue) => issue.path[0]);
    expect(fields).toEqual(expect.arrayContaining(["name", "maxRewardsPerCustomer", "perCustomerBudgetFen"]));
    expect(formIssues(base)).toEqual([]);
  });
});
