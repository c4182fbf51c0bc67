import { describe, expect, it } from "vitest";
import { farmingExplanation } from "@/lib/promotions/abuse/links";
import { readHoldLinks } from "@/lib/promotions/abuse/types";

describe("the farming alert's explanation", () => {
  it("names each linked customer once (masked name and id) with everything shared, in both languages", () => {
    const text = farmingExplanation(
      "冬季出行返现",
      [
        { kind: "DEVICE", customerId: "C000001", rewardId: "r1" },
        { kind: "PHONE", customerId: "C000001", rewardId: "r1" },
        { kind: "ID_NUMBER", customerId: "C000002", rewardId: null },
      ],
      new Map([["C000001", "王*"], ["C000002", "李**"]]),
    );
    expect(text["zh-CN"]).toContain("「冬季出行返现」");
    expect(text["zh-CN"]).toContain("王* (C000001：设备、手机号)");
    expect(text["zh-CN"]).toContain("李** (C000002：身份证件号码)");
    expect(text.en).toContain("C000001 (device, phone number); C000002 (resident ID number)");
    // An English page carries no Chinese words outside its data: the names stay in the Chinese text.
    expect(text.en).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("holdLinks read back", () => {
  it("keeps well-formed links and drops anything else", () => {
    expect(readHoldLinks(null)).toEqual([]);
    expect(readHoldLinks({ kind: "DEVICE" })).toEqual([]);
    expect(
      readHoldLinks([{ kind: "CARD", customerId: "C1", rewardId: "r" }, { kind: "EMAIL", customerId: "C2" }, { kind: "PHONE", customerId: "C3" }, "x"]),
    ).toEqual([
      { kind: "CARD", customerId: "C1", rewardId: "r" },
      { kind: "PHONE", customerId: "C3", rewardId: null },
    ]);
  });
});
