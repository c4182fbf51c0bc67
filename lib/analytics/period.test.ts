import { describe, expect, it } from "vitest";
import { periodParams, readPeriod } from "@/lib/analytics/period";

const today = "2026-12-03";

describe("readPeriod", () => {
  it("defaults to the last 30 days against the 30 before", () => {
    const period = readPeriod({}, today);
    expect(period.range).toEqual({ from: "2026-11-04", to: "2026-12-03" });
    expect(period.compareRange).toEqual({ from: "2026-10-05", to: "2026-11-03" });
    expect(period.invalid).toEqual([]);
  });

  it("compares this month to date with the same days of last month", () => {
    const period = readPeriod({ range: "month" }, today);
    expect(period.range).toEqual({ from: "2026-12-01", to: "2026-12-03" });
    expect(period.compareRange).toEqual({ from: "2026-11-01", to: "2026-11-03" });
  });

  it("clamps a quarter's comparison to the previous quarter", () => {
    expect(readPeriod({ range: "quarter" }, "2026-05-31").compareRange).toEqual({ from: "2026-01-01", to: "2026-03-02" });
    // 92 days of Q3 against Q2's 91.
    const period = readPeriod({ range: "quarter" }, "2026-09-30");
    expect(period.range).toEqual({ from: "2026-07-01", to: "2026-09-30" });
    expect(period.compareRange).toEqual({ from: "2026-04-01", to: "2026-06-30" });
  });

  it("compares with the same days a year earlier, 29 February as 28 February", () => {
    const period = readPeriod({ range: "custom", from: "2028-02-29", to: "2028-03-01", compare: "year" }, "2028-03-02");
    expect(period.compareRange).toEqual({ from: "2027-02-28", to: "2027-03-01" });
  });

  it("names what it could not read and falls back to the default", () => {
    const period = readPeriod({ range: "custom", from: "2026-02-30", to: "2026-12-01", compare: "decade" }, today);
    expect(period.preset).toBe("30d");
    expect(period.invalid).toEqual(["compare", "from"]);
    expect(readPeriod({ range: "custom", from: "2026-12-02", to: "2026-12-01" }, today).invalid).toEqual(["from", "to"]);
    expect(readPeriod({ range: "custom", from: "2026-13-01", to: "2026-12-01" }, today).invalid).toEqual(["from"]);
    expect(readPeriod({ range: "custom", from: "2026-12-01", to: "2026-12-09" }, today).invalid).toEqual(["to"]);
  });

  it("round-trips through its URL parameters", () => {
    const period = readPeriod({ range: "custom", from: "2026-11-01", to: "2026-11-30", compare: "none" }, today);
    expect(periodParams(period)).toEqual({ range: "custom", from: "2026-11-01", to: "2026-11-30", compare: "none" });
    expect(periodParams(readPeriod({}, today))).toEqual({});
  });
});
