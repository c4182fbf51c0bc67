import { describe, expect, it } from "vitest";
import type { KycCheckCode, KycCheckResult } from "@/lib/kyc/checks/types";
import { en } from "@/lib/i18n/messages/en";
import { zhCN } from "@/lib/i18n/messages/zh-CN";
import { approvalPolicy, BLOCKING_CHECKS, OVERRIDABLE_CHECKS, OVERRIDE_REASON_MIN, overrideFieldErrors } from "./decision-policy";

const fail = (code: KycCheckCode): Pick<KycCheckResult, "code" | "outcome"> => ({ code, outcome: "fail" });
const warn = (code: KycCheckCode): Pick<KycCheckResult, "code" | "outcome"> => ({ code, outcome: "warn" });
const pass = (code: KycCheckCode): Pick<KycCheckResult, "code" | "outcome"> => ({ code, outcome: "pass" });

describe("which failed checks block an approval and which may be overridden", () => {
  it("lets a submission whose checks all passed or only warned be approved as usual", () => {
    expect(approvalPolicy([])).toEqual({ kind: "clean" });
    expect(approvalPolicy([pass("ID_CHECK_DIGIT"), warn("CARD_BIN_KNOWN"), warn("WATCHLIST"), warn("ID_NOT_EXPIRED")])).toEqual({ kind: "clean" });
  });

  it.each(["ID_FORMAT", "ID_CHECK_DIGIT", "ID_NOT_EXPIRED", "MINIMUM_AGE", "TIER_AGE", "WATCHLIST"] as const)("blocks on a failed %s", (code) => {
    expect(approvalPolicy([pass("NAME_MATCH"), fail(code)])).toEqual({ kind: "blocked", checks: [code] });
  });

  it.each(["NAME_MATCH", "BIRTH_DATE_MATCH", "DUPLICATE_ID", "CARD_BIN_KNOWN", "CARD_HOLDER_MATCH"] as const)("asks for an override on a failed %s", (code) => {
    expect(approvalPolicy([pass("ID_CHECK_DIGIT"), fail(code)])).toEqual({ kind: "override", checks: [code] });
  });

  it("blocks when a blocking failure comes with overridable ones (the issue's K000004191: check digit, birth date, duplicate)", () => {
    expect(approvalPolicy([fail("ID_CHECK_DIGIT"), fail("BIRTH_DATE_MATCH"), fail("DUPLICATE_ID")])).toEqual({ kind: "blocked", checks: ["ID_CHECK_DIGIT"] });
  });

  it("names every failed check once, in the order the checks ran", () => {
    expect(approvalPolicy([fail("CARD_HOLDER_MATCH"), fail("NAME_MATCH"), fail("CARD_HOLDER_MATCH")])).toEqual({ kind: "override", checks: ["CARD_HOLDER_MATCH", "NAME_MATCH"] });
  });

  it("classifies every check the evaluator has, each exactly once", () => {
    const all = [...BLOCKING_CHECKS, ...OVERRIDABLE_CHECKS].sort();
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(["BIRTH_DATE_MATCH", "CARD_BIN_KNOWN", "CARD_HOLDER_MATCH", "DUPLICATE_ID", "ID_CHECK_DIGIT", "ID_FORMAT", "ID_NOT_EXPIRED", "MINIMUM_AGE", "NAME_MATCH", "TIER_AGE", "WATCHLIST"]);
  });
});

describe("an override's reason code and written reason", () => {
  const reason = "客户曾用名为张伟，已核对户口本复印件";

  it("is complete with a listed code and a reason of the minimum length", () => {
    expect(overrideFieldErrors({ overrideCode: "NAME_VARIANT_VERIFIED", overrideReason: reason })).toEqual({});
    expect(overrideFieldErrors({ overrideCode: "OTHER_DOCUMENTED", overrideReason: "字".repeat(OVERRIDE_REASON_MIN) })).toEqual({});
  });

  it("names each missing part: no code, an unknown code, no reason, a reason that is only spaces or too short", () => {
    expect(overrideFieldErrors({})).toEqual({ overrideCode: "kycReview.override.codeRequired", overrideReason: "kycReview.override.reasonTooShort" });
    expect(overrideFieldErrors({ overrideCode: "BECAUSE", overrideReason: reason })).toEqual({ overrideCode: "kycReview.override.codeRequired" });
    expect(overrideFieldErrors({ overrideCode: "NAME_VARIANT_VERIFIED", overrideReason: `  ${"字".repeat(OVERRIDE_REASON_MIN - 1)}  ` })).toEqual({ overrideReason: "kycReview.override.reasonTooShort" });
  });

  it("tells the officer the minimum length in both languages", () => {
    expect(zhCN.kycReview.override.reasonTooShort).toContain(String(OVERRIDE_REASON_MIN));
    expect(en.kycReview.override.reasonTooShort).toContain(String(OVERRIDE_REASON_MIN));
  });
});
