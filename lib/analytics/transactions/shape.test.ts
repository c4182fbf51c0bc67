import { describe, expect, it } from "vitest";
import { alignSeries, averageTicketFen, direction, festivalSpans, heatGrid, hourKeys, hourLabel, kpiFigures, kpiValues, ranked, relativeChange } from "./shape";

describe("transaction analytics shaping", () => {
  it("computes the KPIs, null where they cannot be computed", () => {
    const v = kpiValues({ count: 4, valueFen: 1000n, topUpFen: 600n, spendFen: 300n, crossBorderCount: 1, crossBorderFen: 100n, activeWalletDays: 30, days: 3, newWallets: 2 });
    expect(v).toEqual({ count: 4, value: 1000, activeWallets: 10, averageTicket: 250, topUpVsSpend: 2, crossBorder: 0.25, newWallets: 2 });
    const empty = kpiValues({ count: 0, valueFen: 0n, topUpFen: 0n, spendFen: 0n, crossBorderCount: null, crossBorderFen: null, activeWalletDays: null, days: 1, newWallets: null });
    expect(empty.averageTicket).toBeNull();
    expect(empty.topUpVsSpend).toBeNull();
    expect(empty.crossBorder).toBeNull();
    expect(empty.activeWallets).toBeNull();
  });

  it("gives the change against the comparison with its direction", () => {
    expect(relativeChange(110, 100)).toBeCloseTo(0.1);
    expect(relativeChange(5, 0)).toBeNull();
    expect(relativeChange(null, 3)).toBeNull();
    expect(direction(0.1)).toBe("up");
    expect(direction(-0.2)).toBe("down");
    expect(direction(0.0001)).toBe("flat");
  });

  it("rounds the average ticket to whole fen", () => {
    expect(averageTicketFen(3, 1000n)).toBe(333n);
    expect(averageTicketFen(2, 3n)).toBe(2n);
    expect(averageTicketFen(0, 0n)).toBeNull();
  });

  it("aligns the comparison by position and fills missing buckets with zeros", () => {
    const points = alignSeries(
      [{ key: "2026-11-10", label: "11-10" }, { key: "2026-11-11", label: "11-11" }, { key: "2026-11-12", label: "11-12" }],
      new Map([["2026-11-11", { key: "2026-11-11", count: 5, amountFen: 500n }]]),
      ["2026-11-07", "2026-11-08"],
      new Map([["2026-11-07", { key: "2026-11-07", count: 2, amountFen: 20n }]]),
    );
    expect(points.map((p) => [p.count, p.valueFen, p.compareKey, p.compareCount])).toEqual([
      [0, 0, "2026-11-07", 2],
      [5, 500, "2026-11-08", 0],
      [0, 0, null, null],
    ]);
  });

  it("lists a day's Shanghai hours and labels them", () => {
    const keys = hourKeys({ from: "2026-12-03", to: "2026-12-03" });
    expect(keys).toHaveLength(24);
    expect(keys[0]).toBe("2026-12-02T16:00:00.000Z");
    expect(hourLabel(keys[0]!, false)).toBe("00:00");
    expect(hourLabel(keys[23]!, true)).toBe("12-03 23:00");
  });

  it("annotates festival runs on the axis", () => {
    const days = ["2026-11-09", "2026-11-10", "2026-11-11", "2026-11-12", "2026-11-13"];
    expect(festivalSpans(days)).toEqual([{ kind: "singles-day", x1: "2026-11-10", x2: "2026-11-12", from: "2026-11-10", to: "2026-11-12" }]);
    expect(festivalSpans(["2026-06-18", "2026-06-19"])).toEqual([{ kind: "618", x1: "2026-06-18", x2: "2026-06-18", from: "2026-06-18", to: "2026-06-18" }]);
  });

  it("builds the full heat grid on a linear scale", () => {
    const grid = heatGrid([{ weekday: 1, hour: 12, count: 10, amountFen: 100n }, { weekday: 0, hour: 0, count: 5, amountFen: 1n }]);
    expect(grid).toHaveLength(7);
    expect(grid[0]).toHaveLength(24);
    expect(grid[1]![12]!.t).toBe(1);
    expect(grid[0]![0]!.t).toBe(0.5);
    expect(grid[6]![23]!.count).toBe(0);
  });

  it("ranks by value with shares", () => {
    const r = ranked([{ key: "a", amountFen: 100n }, { key: "b", amountFen: 300n }]);
    expect(r.map((x) => [x.key, x.share])).toEqual([["b", 0.75], ["a", 0.25]]);
  });
});

describe("kpiFigures", () => {
  it("adds the types up, reads top-up, spend and cross-border, and sums the wallet days", () => {
    const figures = kpiFigures(
      [
        { key: "PAYMENT", count: 3, amountFen: 900n },
        { key: "TOP_UP", count: 1, amountFen: 5_000n },
      ],
      [{ key: "true", count: 1, amountFen: 300n }],
      [
        { activeWallets: 2, newWallets: 1 },
        { activeWallets: 4, newWallets: 0 },
      ],
    );
    expect(figures).toEqual({ count: 4, valueFen: 5_900n, topUpFen: 5_000n, spendFen: 900n, crossBorderCount: 1, crossBorderFen: 300n, activeWalletDays: 6, days: 2, newWallets: 1 });
  });
});
