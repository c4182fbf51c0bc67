import { describe, expect, it } from "vitest";
import { auditDiff, diffVersions } from "@/lib/fraud/versions/diff";

describe("diffVersions", () => {
  const live = { params: { windowMinutes: 10, maxCount: 8 }, severity: "MEDIUM" as const, enabled: true };

  it("lists changed parameters in spec order, then severity and enablement", () => {
    const draft = { params: { windowMinutes: 10, maxCount: 5 }, severity: "HIGH" as const, enabled: false };
    expect(diffVersions(live, draft, ["windowMinutes", "maxCount"])).toEqual([
      { kind: "param", key: "maxCount", before: 8, after: 5 },
      { kind: "severity", before: "MEDIUM", after: "HIGH" },
      { kind: "enabled", before: true, after: false },
    ]);
  });

  it("reads a parameter missing on one side as its default", () => {
    const draft = { params: { windowMinutes: 10, maxCount: 8, minAmountFen: 100 }, severity: "MEDIUM" as const, enabled: true };
    expect(diffVersions(live, draft, ["windowMinutes", "maxCount", "minAmountFen"], { minAmountFen: 100 })).toEqual([]);
    expect(diffVersions(live, draft, ["windowMinutes", "maxCount", "minAmountFen"])).toEqual([{ kind: "param", key: "minAmountFen", before: null, after: 100 }]);
  });

  it("records only what changed for the audit trail", () => {
    const draft = { params: { windowMinutes: 15, maxCount: 8 }, severity: "MEDIUM" as const, enabled: false };
    expect(auditDiff(diffVersions(live, draft, ["windowMinutes", "maxCount"]))).toEqual({
      before: { params: { windowMinutes: 10 }, enabled: true },
      after: { params: { windowMinutes: 15 }, enabled: false },
    });
  });
});
