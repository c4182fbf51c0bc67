import { describe, expect, it } from "vitest";
import { CHARACTERISTICS, characteristicByCode } from "@/lib/fraud/rules/characteristics";
import { FRAUD_RULES, ruleByCode, ruleIdFor } from "@/lib/fraud/rules";
import { defaultParams, paramsSchema } from "@/lib/fraud/rules/params";
import { NIGHT_TRANSFERS } from "@/lib/fraud/rules/night-transfers";
import { VELOCITY } from "@/lib/fraud/rules/velocity";

// The table in the shared notes: code, the planted patterns it targets.
const TABLE: [string, string[]][] = [
  ["VELOCITY", ["VELOCITY_BURST"]],
  ["AMOUNT_SPIKE", ["UNUSUAL_AMOUNT"]],
  ["NEW_DEVICE_HIGH_VALUE", ["ACCOUNT_TAKEOVER"]],
  ["LOCATION_MISMATCH", ["ACCOUNT_TAKEOVER", "LOCATION_HOP"]],
  ["STRUCTURING", ["STRUCTURING"]],
  ["DORMANT_REACTIVATION", ["DORMANT_REACTIVATION"]],
  ["RAPID_IN_OUT", ["RAPID_IN_OUT"]],
  ["FAN_IN", ["MULE_RING"]],
  ["FAN_OUT", ["FAN_OUT"]],
  ["CARD_TESTING", ["CARD_TESTING"]],
  ["NIGHT_TRANSFERS", ["NIGHT_RUNNING"]],
];

describe("the rule registry", () => {
  it("holds exactly the agreed codes with their target patterns, every planted pattern covered", () => {
    expect(FRAUD_RULES.map((r) => [r.code, [...r.targets]])).toEqual(TABLE);
    expect(new Set(FRAUD_RULES.flatMap((r) => r.targets)).size).toBe(11);
    expect(ruleByCode("FAN_IN")?.name["zh-CN"]).toBe("分散转入集中转出");
    expect(ruleByCode("NOPE")).toBeUndefined();
    expect(ruleIdFor("NEW_DEVICE_HIGH_VALUE")).toBe("rule_new_device_high_value");
  });

  it("names and describes every rule in both languages, with a known characteristic", () => {
    for (const rule of FRAUD_RULES) {
      expect(rule.name["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.description["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.name.en).not.toMatch(/[\u4e00-\u9fff]/);
      expect(rule.description.en).not.toMatch(/[\u4e00-\u9fff]/);
      expect(characteristicByCode(rule.characteristic), rule.code).toBeDefined();
      for (const spec of Object.values(rule.params)) {
        expect(spec.label.en).not.toMatch(/[\u4e00-\u9fff]/);
        expect(spec.label["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
        expect(spec.min).toBeLessThanOrEqual(spec.default);
        expect(spec.default).toBeLessThanOrEqual(spec.max);
      }
    }
    expect(new Set(CHARACTERISTICS.map((c) => c.code)).size).toBe(CHARACTERISTICS.length);
  });

  it("accepts every rule's defaults and refuses values out of bounds, fractions of whole units and unknown keys", () => {
    for (const rule of FRAUD_RULES) expect(paramsSchema(rule).safeParse(defaultParams(rule)).success, rule.code).toBe(true);
    const velocity = paramsSchema(VELOCITY);
    expect(defaultParams(VELOCITY)).toEqual({ windowMinutes: 10, minCount: 8, minTotalFen: 3_000_000 });
    expect(velocity.safeParse({ windowMinutes: 0, minCount: 8, minTotalFen: 3_000_000 }).success).toBe(false);
    expect(velocity.safeParse({ windowMinutes: 10.5, minCount: 8, minTotalFen: 3_000_000 }).success).toBe(false);
    expect(velocity.safeParse({ windowMinutes: 10, minCount: 8 }).success).toBe(false);
    expect(velocity.safeParse({ windowMinutes: 10, minCount: 8, minTotalFen: 3_000_000, extra: 1 }).success).toBe(false);
    expect(paramsSchema(NIGHT_TRANSFERS).safeParse({ ...defaultParams(NIGHT_TRANSFERS), nightEndHour: 0 }).success).toBe(false);
  });
});
