import { describe, expect, it } from "vitest";
import { FRAUD_RULES } from "@/lib/fraud/rules";
import { paramsSchema } from "@/lib/fraud/rules/params";
import { fromInput, paramFields, paramProblem, toInput } from "@/lib/fraud/versions/fields";

describe("the draft form's parameter checks", () => {
  it("agree with the server's paramsSchema at every bound of every rule", () => {
    for (const rule of FRAUD_RULES) {
      const fields = paramFields(rule);
      const base = Object.fromEntries(fields.map((f) => [f.key, f.default]));
      for (const f of fields) {
        const step = f.integer ? 1 : 0.001;
        for (const value of [f.min, f.max, f.min - step, f.max + step, ...(f.integer ? [f.min + 0.5] : [])]) {
          // The one check across fields (a night that starts and ends at the same hour) is the server's alone.
          const params = { ...base, [f.key]: value };
          if ("nightStartHour" in params && params.nightStartHour === params.nightEndHour) continue;
          const form = paramProblem(f, value) === null;
          const server = paramsSchema(rule).safeParse(params).success;
          expect({ rule: rule.code, key: f.key, value, ok: form }).toEqual({ rule: rule.code, key: f.key, value, ok: server });
        }
      }
    }
  });

  it("edits money in yuan and stores whole fen", () => {
    expect(toInput("fen", 3_000_000)).toBe("30000");
    expect(fromInput("fen", "30,000.5")).toBe(3_000_050);
    expect(fromInput("count", " 8 ")).toBe(8);
    expect(fromInput("ratio", "0.9")).toBe(0.9);
    expect(fromInput("count", "八")).toBeNull();
    expect(paramProblem({ key: "k", label: { "zh-CN": "", en: "" }, unit: "count", min: 2, max: 5, integer: true, default: 3 }, null)).toBe("required");
  });
});
