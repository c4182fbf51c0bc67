import { describe, expect, it } from "vitest";
import { changeAgainst, dailyStacks, durationParts, pointChange, seriesByVolume } from "@/lib/analytics/fraud/shape";
import { rankFalsePositives, rangeBounds } from "@/lib/analytics/fraud/read";

const rows = [
  { day: "2026-11-10", ruleCode: "VELOCITY", severity: "HIGH" as const, alerts: 2 },
  { day: "2026-11-10", ruleCode: "STRUCTURING", severity: "HIGH" as const, alerts: 1 },
  { day: "2026-11-12", ruleCode: "VELOCITY", severity: "LOW" as const, alerts: 4 },
];

describe("fraud report shaping", () => {
  it("fills every day of the range, stacking by the chosen key", () => {
    const stacks = dailyStacks({ from: "2026-11-10", to: "2026-11-12" }, rows, (r) => r.severity, ["LOW", "MEDIUM", "HIGH", "CRITICAL"]);
    expect(stacks).toEqual([
      { day: "2026-11-10", total: 3, LOW: 0, MEDIUM: 0, HIGH: 3, CRITICAL: 0 },
      { day: "2026-11-11", total: 0, LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0 },
      { day: "2026-11-12", total: 4, LOW: 4, MEDIUM: 0, HIGH: 0, CRITICAL: 0 },
    ]);
  });

  it("orders series by volume", () => {
    expect(seriesByVolume(rows, (r) => r.ruleCode)).toEqual(["VELOCITY", "STRUCTURING"]);
  });

  it("states changes against the comparison period", () => {
    expect(changeAgainst(12, 10)).toEqual({ kind: "up", ratio: 0.2 });
    expect(changeAgainst(5, 10)).toEqual({ kind: "down", ratio: 0.5 });
    expect(changeAgainst(0, 0)).toEqual({ kind: "same" });
    expect(changeAgainst(3, 0)).toEqual({ kind: "none" });
    expect(changeAgainst(3, undefined)).toEqual({ kind: "off" });
    expect(changeAgainst(null, 4)).toEqual({ kind: "none" });
    expect(pointChange(0.3, 0.25)).toEqual({ kind: "up", ratio: expect.closeTo(0.05, 10) });
  });

  it("splits durations for display", () => {
    expect(durationParts(59)).toEqual({ days: 0, hours: 0, minutes: 0 });
    expect(durationParts(3 * 3600 + 12 * 60 + 5)).toEqual({ days: 0, hours: 3, minutes: 12 });
    expect(durationParts(50 * 3600)).toEqual({ days: 2, hours: 2, minutes: 0 });
  });

  it("ranks rules by false-positive rate, leaving out rules with nothing decided", () => {
    const ranked = rankFalsePositives([
      { ruleCode: "A", alerts: 10, confirmed: 3, falsePositive: 1, decided: 4, falsePositiveRate: 0.25 },
      { ruleCode: "B", alerts: 5, confirmed: 0, falsePositive: 0, decided: 0, falsePositiveRate: null },
      { ruleCode: "C", alerts: 8, confirmed: 1, falsePositive: 3, decided: 4, falsePositiveRate: 0.75 },
    ]);
    expect(ranked.map((r) => r.ruleCode)).toEqual(["C", "A"]);
  });

  it("bounds a range of Shanghai days in UTC instants", () => {
    expect(rangeBounds({ from: "2026-11-10", to: "2026-11-11" })).toEqual({ start: new Date("2026-11-09T16:00:00Z"), end: new Date("2026-11-11T16:00:00Z") });
  });
});
