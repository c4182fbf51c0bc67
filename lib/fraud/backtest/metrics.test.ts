import { describe, expect, it } from "vitest";
import { ruleQuality } from "@/lib/fraud/backtest/metrics";

describe("ruleQuality", () => {
  const incidents = [
    { incident: "w1:STRUCTURING:2026-11-01", pattern: "STRUCTURING" as const },
    { incident: "w2:STRUCTURING:2026-11-02", pattern: "STRUCTURING" as const },
    { incident: "w3:CARD_TESTING:2026-11-02", pattern: "CARD_TESTING" as const },
  ];

  it("counts labelled alerts as true positives and target incidents with an alert as caught", () => {
    const q = ruleQuality(["STRUCTURING"], [
      { fraudPattern: "STRUCTURING", fraudIncident: "w1:STRUCTURING:2026-11-01" },
      { fraudPattern: "STRUCTURING", fraudIncident: "w1:STRUCTURING:2026-11-01" },
      { fraudPattern: "CARD_TESTING", fraudIncident: "w3:CARD_TESTING:2026-11-02" },
      { fraudPattern: null, fraudIncident: null },
    ], incidents);
    expect(q).toEqual({ alerts: 4, truePositives: 3, falsePositives: 1, precision: 0.75, incidents: 2, incidentsCaught: 1, recall: 0.5 });
  });

  it("has no precision without alerts and no recall without target incidents", () => {
    expect(ruleQuality(["FAN_OUT"], [], incidents)).toMatchObject({ alerts: 0, precision: null, incidents: 0, recall: null });
  });
});
