import { describe, expect, it } from "vitest";
import { maskAddress, maskBirthDate, maskPii } from "./reveal-masks";

describe("masks for the review screens", () => {
  it("keeps the first six and last four of an ID number", () => {
    expect(maskPii("idNumber", "11010519491231002X")).toBe("110105********002X");
  });

  it("keeps the birth year only", () => {
    expect(maskBirthDate("1988-06-18")).toBe("1988-**-**");
    expect(maskBirthDate("18/06/1988")).toBe("**********");
  });

  it("keeps the start of an address and hides the rest, whatever its length", () => {
    expect(maskAddress("北京市朝阳区建国路88号3单元1201室")).toBe("北京市朝阳区********");
    expect(maskAddress("上海市")).toBe("***");
    expect(maskAddress("北京市朝阳区")).toBe("******");
  });

  it("masks phone numbers and names, and leaves empty values empty", () => {
    expect(maskPii("phone", "13812345678")).toBe("138****5678");
    expect(maskPii("name", "张伟")).toBe("张*");
    expect(maskPii("address", "")).toBe("");
  });
});
