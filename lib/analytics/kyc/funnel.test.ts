import { describe, expect, it } from "vitest";
import { cohortWeeks, conversions, isMaturing, mondayOf, sumCohorts } from "@/lib/analytics/kyc/funnel";

const row = (registered: number, kycSubmitted: number, approved: number, walletActive: number, cardLinked: number, firstPayment: number) => ({ registered, kycSubmitted, approved, walletActive, cardLinked, firstPayment });

describe("onboarding funnel", () => {
  it("finds the Monday of a Shanghai day's week", () => {
    expect(mondayOf("2026-11-30")).toBe("2026-11-30"); // a Monday
    expect(mondayOf("2026-12-06")).toBe("2026-11-30"); // the Sunday after
    expect(mondayOf("2026-12-03")).toBe("2026-11-30");
    expect(mondayOf("2026-01-01")).toBe("2025-12-29"); // across a year
  });

  it("covers every week that overlaps the period", () => {
    expect(cohortWeeks({ from: "2026-11-30", to: "2026-12-06" })).toEqual({ fromWeek: "2026-11-30", toWeek: "2026-11-30" });
    expect(cohortWeeks({ from: "2026-11-04", to: "2026-12-03" })).toEqual({ fromWeek: "2026-11-02", toWeek: "2026-11-30" });
  });

  it("adds cohorts and converts each step against the one before and against registration", () => {
    const total = sumCohorts([row(100, 80, 60, 50, 40, 20), row(100, 60, 40, 30, 20, 10)]);
    expect(total).toEqual(row(200, 140, 100, 80, 60, 30));
    const c = conversions(total);
    expect(c[0]).toEqual({ step: "registered", count: 200, ofPrevious: null, ofRegistered: 1 });
    expect(c[1]!.ofPrevious).toBeCloseTo(0.7);
    expect(c[5]!.ofPrevious).toBeCloseTo(0.5);
    expect(c[5]!.ofRegistered).toBeCloseTo(0.15);
  });

  it("leaves a conversion out when the step before is empty", () => {
    const c = conversions(row(0, 0, 0, 0, 0, 0));
    expect(c.every((s) => s.ofPrevious === null && s.ofRegistered === null)).toBe(true);
  });

  it("calls the last five weeks' cohorts maturing", () => {
    expect(isMaturing("2026-11-30", "2026-12-03")).toBe(true);
    expect(isMaturing("2026-10-26", "2026-12-03")).toBe(false);
  });
});
