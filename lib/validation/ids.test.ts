import { describe, expect, it } from "vitest";
import { parseBigintId, parseReferenceId, PG_BIGINT_MAX } from "@/lib/validation/ids";

describe("bigint ids", () => {
  it("reads positive ids up to PostgreSQL's bigint maximum", () => {
    expect(parseBigintId("1")).toBe(1n);
    expect(parseBigintId("9223372036854775807")).toBe(PG_BIGINT_MAX);
  });

  it("refuses what the database would reject or misread: out of range, zero, signs, leading zeros, not digits", () => {
    for (const value of ["9223372036854775808", "9999999999999999999", "99999999999999999999", "0", "-1", "+1", "01", "1e3", "0x10", "1.0", "", " ", "12a", null, undefined, 5]) {
      expect(parseBigintId(value), String(value)).toBeNull();
    }
  });
});

describe("reference ids", () => {
  it("reads the platform's references and cuids", () => {
    for (const value of ["C00000001", "W00000001", "K000000011", "K000000011-ID_FRONT", "staff_admin", "cmiq4y3gk0000abcdxyz12345"]) expect(parseReferenceId(value)).toBe(value);
  });

  it("refuses anything else", () => {
    for (const value of ["", "a/b", "../x", "C0000 0001", "x".repeat(65), "%00", "张三", null, 7]) expect(parseReferenceId(value), String(value)).toBeNull();
  });
});
