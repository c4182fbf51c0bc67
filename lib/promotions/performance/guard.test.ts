import { describe, expect, it } from "vitest";
import { decideGuard, GUARD_MIN_REWARDS, type GuardFacts } from "@/lib/promotions/performance/guard";
import type { BurnForecast } from "@/lib/promotions/performance/forecast";

const now = new Date("2026-12-10T04:00:00Z");
const calm: BurnForecast = { windowDays: 7, ratePerDayFen: 1_000n, remainingFen: 90_000n, exhaustionDay: "2027-03-09", exhaustionAt: new Date("2027-03-09T00:00:00Z"), exhaustsBeforeEnd: false, sustainablePerDayFen: 4_000n };
const burning: BurnForecast = { ...calm, ratePerDayFen: 10_000n, exhaustionDay: "2026-12-19", exhaustionAt: new Date("2026-12-19T00:00:00Z"), exhaustsBeforeEnd: true };
const facts = (over: Partial<GuardFacts> = {}): GuardFacts => ({
  now,
  forecast: calm,
  fraud: { rewards: 50, days: 5, costFen: 1_000_000n, flaggedCostFen: 20_000n },
  fraudShareLimitPercent: 10,
  previous: null,
  ...over,
});

describe("decideGuard", () => {
  it("leaves a promotion within its limits running", () => {
    expect(decideGuard(facts())).toEqual({ pause: false, why: "within-limits", checked: [] });
  });

  it("pauses when the budget runs out before the end at the current rate", () => {
    const d = decideGuard(facts({ forecast: burning }));
    expect(d).toEqual({
      pause: true,
      finding: { kind: "BUDGET_FORECAST", measured: 10_000, limit: 4_000, forecastExhaustionDay: "2026-12-19", rewards: 50, days: 5, at: now.toISOString(), baselines: { BUDGET_FORECAST: { measured: 10_000, forecastExhaustionDay: "2026-12-19", at: now.toISOString() } } },
    });
  });

  it("pauses when the fraud share passes the limit, before looking at the budget", () => {
    const d = decideGuard(facts({ forecast: burning, fraud: { rewards: 50, days: 5, costFen: 1_000_000n, flaggedCostFen: 123_450n } }));
    expect(d.pause && d.finding).toMatchObject({ kind: "FRAUD_SHARE", measured: 12.3, limit: 10 });
  });

  it("does not act on a share of a few yuan: the flagged cost must reach ¥500", () => {
    expect(decideGuard(facts({ fraud: { rewards: 50, days: 5, costFen: 10_000n, flaggedCostFen: 4_000n } })).pause).toBe(false);
    expect(decideGuard(facts({ fraud: { rewards: 50, days: 5, costFen: 100_000n, flaggedCostFen: 50_000n } })).pause).toBe(true);
  });

  it("does not pause at exactly the limit", () => {
    expect(decideGuard(facts({ fraud: { rewards: 50, days: 5, costFen: 1_000_000n, flaggedCostFen: 100_000n } })).pause).toBe(false);
  });

  it("waits for evidence: too few rewards, one day of them, or one complete day to average", () => {
    const hot = { costFen: 1_000_000n, flaggedCostFen: 900_000n };
    expect(decideGuard(facts({ forecast: burning, fraud: { ...hot, rewards: GUARD_MIN_REWARDS - 1, days: 5 } }))).toMatchObject({ pause: false, why: "too-little-evidence" });
    expect(decideGuard(facts({ forecast: burning, fraud: { ...hot, rewards: 500, days: 1 } }))).toMatchObject({ pause: false, why: "too-little-evidence" });
    expect(decideGuard(facts({ forecast: { ...burning, windowDays: 1 } }))).toMatchObject({ pause: false, why: "within-limits" });
  });

  it("does not pause again after a person resumed it for the same finding, unless it got worse", () => {
    const first = decideGuard(facts({ forecast: burning }));
    if (!first.pause) throw new Error("expected a pause");
    // Resumed; the next day the same rate forecasts the same day.
    expect(decideGuard(facts({ forecast: burning, previous: first.finding }))).toEqual({ pause: false, why: "not-worse", checked: ["BUDGET_FORECAST"] });
    // Faster: the budget now runs out two days earlier.
    const worse = decideGuard(facts({ forecast: { ...burning, ratePerDayFen: 14_000n, exhaustionDay: "2026-12-17" }, previous: first.finding }));
    expect(worse.pause && worse.finding).toMatchObject({ kind: "BUDGET_FORECAST", forecastExhaustionDay: "2026-12-17", baselines: { BUDGET_FORECAST: { forecastExhaustionDay: "2026-12-17" } } });
  });

  it("needs the fraud share to rise by a point over the resumed finding, and still pauses for the other kind", () => {
    const first = decideGuard(facts({ fraud: { rewards: 50, days: 5, costFen: 1_000_000n, flaggedCostFen: 150_000n } }));
    if (!first.pause) throw new Error("expected a pause");
    expect(decideGuard(facts({ fraud: { rewards: 60, days: 6, costFen: 1_000_000n, flaggedCostFen: 159_000n }, previous: first.finding })).pause).toBe(false);
    expect(decideGuard(facts({ fraud: { rewards: 60, days: 6, costFen: 1_000_000n, flaggedCostFen: 160_000n }, previous: first.finding })).pause).toBe(true);
    const budget = decideGuard(facts({ forecast: burning, fraud: { rewards: 60, days: 6, costFen: 1_000_000n, flaggedCostFen: 150_000n }, previous: first.finding }));
    expect(budget.pause && budget.finding).toMatchObject({ kind: "BUDGET_FORECAST", baselines: { FRAUD_SHARE: { measured: 15 }, BUDGET_FORECAST: { measured: 10_000 } } });
  });
});
