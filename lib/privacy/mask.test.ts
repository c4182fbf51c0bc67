import { describe, expect, it } from "vitest";
import { maskAddress, maskBankCard, maskBirthDate, maskEmail, maskIdNumber, maskName, maskNamesInList, maskPhone } from "./mask";

describe("masks", () => {
  it("keeps the first six and last four of an ID number", () => {
    expect(maskIdNumber("11010519491231002X")).toBe("110105********002X");
  });

  it("keeps the birth year only; anything else is starred whole", () => {
    expect(maskBirthDate("1988-06-18")).toBe("1988-**-**");
    expect(maskBirthDate("18/06/1988")).toBe("**********");
    expect(maskBirthDate("19880618")).toBe("********");
  });

  it("keeps the start of an address and hides the rest, whatever its length", () => {
    expect(maskAddress("北京市朝阳区建国路88号3单元1201室")).toBe("北京市朝阳区********");
    expect(maskAddress("上海市")).toBe("***");
    expect(maskAddress("北京市朝阳区")).toBe("******");
  });

  it("masks phone numbers, emails, names and card numbers", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskEmail("wang.xm@example.cn")).toBe("w***@example.cn");
    expect(maskName("张伟")).toBe("张*");
    expect(maskName("")).toBe("");
    expect(maskBankCard("6222021234567890123")).toBe("622202 **** 0123");
  });

  it("masks each person's name in a list of customers and keeps their ids", () => {
    expect(maskNamesInList("王芳 (C000123), 欧阳娜娜 (C000456), …")).toBe("王* (C000123), 欧*** (C000456), …");
  });

  it("leaves a masked value as it is: masking again on display is safe", () => {
    const cases: [(v: string) => string, string][] = [
      [maskIdNumber, "11010519491231002X"], [maskPhone, "13812345678"], [maskEmail, "a.b@c.cn"], [maskName, "王小明"],
      [maskAddress, "北京市朝阳区建国路88号"], [maskBirthDate, "1988-06-18"], [maskBankCard, "6222 0212 3456 7890"],
    ];
    for (const [mask, value] of cases) expect(mask(mask(value))).toBe(mask(value));
  });
});
