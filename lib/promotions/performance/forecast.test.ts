import { describe, expect, it } from "vitest";
import { burnSeries, forecastBurn } from "@/lib/promotions/performance/forecast";
import { daysBetween } from "@/lib/time";

// Noon in Shanghai on 2026-12-10: today is 2026-12-10, complete days end on 12-09.
const now = new Date("2026-12-10T04:00:00Z");
const startsAt = new Date("2026-12-01T00:00:00+08:00");
const endsAt = new Date("2026-12-31T00:00:00+08:00");
const days = (from: string, to: string, costFen: bigint) => daysBetween(from, to).map((day) => ({ day, costFen }));

describe("forecastBurn", () => {
  it("averages the last seven complete days and finds the day the budget runs out", () => {
    // 12-01..12-02 cost 1,000 a day (outside the window), 12-03..12-09 cost 10,000 a day, today 50,000 so far.
    const daily = [...days("2026-12-01", "2026-12-02", 1_000n), ...days("2026-12-03", "2026-12-09", 10_000n), { day: "2026-12-10", costFen: 50_000n }];
    const f = forecastBurn({ budgetFen: 200_000n, spentFen: 122_000n, daily, startsAt, endsAt, now });
    expect(f.windowDays).toBe(7);
    expect(f.ratePerDayFen).toBe(10_000n);
    expect(f.remainingFen).toBe(78_000n);
    // 7.8 days from noon on the 10th: the 18th, early morning.
    expect(f.exhaustionDay).toBe("2026-12-18");
    expect(f.exhaustsBeforeEnd).toBe(true);
    // 78,000 over the 20.5 days left.
    expect(f.sustainablePerDayFen).toBe(3_804n);
  });

  it("counts only the days since the start, and quiet days as zero", () => {
    const start = new Date("2026-12-07T10:00:00+08:00");
    const f = forecastBurn({ budgetFen: 1_000_000n, spentFen: 3_000n, daily: [{ day: "2026-12-08", costFen: 3_000n }], startsAt: start, endsAt, now });
    expect(f.windowDays).toBe(3); // 12-07, 12-08, 12-09
    expect(f.ratePerDayFen).toBe(1_000n);
    expect(f.exhaustsBeforeEnd).toBe(false);
  });

  it("has no rate on the first day and no exhaustion without spending", () => {
    const first = forecastBurn({ budgetFen: 1_000n, spentFen: 900n, daily: [{ day: "2026-12-10", costFen: 900n }], startsAt: new Date("2026-12-10T01:00:00+08:00"), endsAt, now });
    expect(first).toMatchObject({ windowDays: 0, ratePerDayFen: null, exhaustionDay: null, exhaustsBeforeEnd: false });
    const quiet = forecastBurn({ budgetFen: 1_000n, spentFen: 0n, daily: [], startsAt, endsAt, now });
    expect(quiet).toMatchObject({ ratePerDayFen: 0n, exhaustionDay: null, exhaustsBeforeEnd: false });
  });

  it("says a spent budget ran out today", () => {
    const f = forecastBurn({ budgetFen: 70_000n, spentFen: 70_000n, daily: days("2026-12-03", "2026-12-09", 10_000n), startsAt, endsAt, now });
    expect(f).toMatchObject({ remainingFen: 0n, exhaustionDay: "2026-12-10", exhaustsBeforeEnd: true });
  });

  it("does not forecast past the end: a rate that lasts is not an exhaustion", () => {
    const f = forecastBurn({ budgetFen: 1_000_000n, spentFen: 70_000n, daily: days("2026-12-03", "2026-12-09", 10_000n), startsAt, endsAt, now });
    expect(f.exhaustionDay).toBe("2027-03-13"); // 93 days on
    expect(f.exhaustsBeforeEnd).toBe(false);
  });
});

describe("burnSeries", () => {
  it("draws the plan to the budget at the end, the actual through today and the forecast after it", () => {
    const s = burnSeries({ budgetFen: 300_000n, daily: days("2026-12-01", "2026-12-10", 10_000n), startsAt, endsAt, now, ratePerDayFen: 10_000n });
    expect(s).toHaveLength(30);
    expect(s[0]).toEqual({ day: "2026-12-01", planFen: 10_000, actualFen: 10_000, forecastFen: null });
    expect(s.at(-1)).toEqual({ day: "2026-12-30", planFen: 300_000, actualFen: null, forecastFen: 300_000 });
    expect(s[9]).toMatchObject({ day: "2026-12-10", actualFen: 100_000, forecastFen: 100_000 });
    expect(s[10]).toMatchObject({ day: "2026-12-11", actualFen: null, forecastFen: 110_000 });
  });

  it("caps the forecast at the budget", () => {
    const s = burnSeries({ budgetFen: 120_000n, daily: days("2026-12-01", "2026-12-10", 10_000n), startsAt, endsAt, now, ratePerDayFen: 10_000n });
    expect(Math.max(...s.map((p) => p.forecastFen ?? 0))).toBe(120_000);
  });
});
