import { describe, expect, it } from "vitest";
import { BLOCK_SCORE, decide, type PolicyHit } from "@/lib/fraud/decisions/policy";

const hit = (code: string, severity: PolicyHit["version"]["severity"], score: number): PolicyHit => ({
  version: { code, severity },
  hit: { score, explanation: { "zh-CN": `${code} 命中`, en: `${code} fired` }, transactionIds: [], facts: {} },
});

describe("decision policy", () => {
  it("allows when no rule fires", () => {
    expect(decide([])).toEqual({ decision: "allow", score: 0, reasons: [] });
  });

  it("sends any hit below the block score to review", () => {
    const result = decide([hit("VELOCITY", "MEDIUM", 40)]);
    expect(result.decision).toBe("review");
    expect(result.score).toBe(40);
    expect(result.reasons).toEqual([{ rule: "VELOCITY", severity: "MEDIUM", score: 40, explanation: { "zh-CN": "VELOCITY 命中", en: "VELOCITY fired" } }]);
  });

  it("blocks at the block score, and on any critical hit whatever its score", () => {
    expect(decide([hit("AMOUNT_SPIKE", "HIGH", BLOCK_SCORE)]).decision).toBe("block");
    expect(decide([hit("AMOUNT_SPIKE", "HIGH", BLOCK_SCORE - 1)]).decision).toBe("review");
    expect(decide([hit("CARD_TESTING", "CRITICAL", 10)]).decision).toBe("block");
  });

  it("adds each further hit to the strongest one, capped at 100, strongest reason first", () => {
    const result = decide([hit("FAN_IN", "MEDIUM", 50), hit("VELOCITY", "HIGH", 70), hit("NIGHT_TRANSFERS", "LOW", 30)]);
    expect(result.score).toBe(90);
    expect(result.decision).toBe("block");
    expect(result.reasons.map((r) => r.rule)).toEqual(["VELOCITY", "FAN_IN", "NIGHT_TRANSFERS"]);
    expect(decide([hit("A", "LOW", 95), hit("B", "LOW", 95)]).score).toBe(100);
  });
});
