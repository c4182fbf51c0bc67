import { describe, expect, it } from "vitest";
import { birthDateFromId, buildIdNumber, genderFromId, hasValidIdCheckDigit, idCheckCharacter } from "./id-number";

describe("GB 11643 resident ID numbers", () => {
  it("accepts the examples printed in the standard", () => {
    expect(hasValidIdCheckDigit("11010519491231002X")).toBe(true);
    expect(hasValidIdCheckDigit("440524188001010014")).toBe(true);
  });

  it("refuses a wrong check character, a lower-case x and malformed numbers", () => {
    expect(hasValidIdCheckDigit("110105194912310021")).toBe(false);
    expect(hasValidIdCheckDigit("11010519491231002x")).toBe(false);
    expect(hasValidIdCheckDigit("440524188001010015")).toBe(false);
    expect(hasValidIdCheckDigit("4405241880010100")).toBe(false);
    expect(hasValidIdCheckDigit("44052418800101001A")).toBe(false);
  });

  it("computes the check character, X for ten", () => {
    expect(idCheckCharacter("11010519491231002")).toBe("X");
    expect(idCheckCharacter("44052418800101001")).toBe("4");
  });

  it("reads the birth date and gender, and rejects impossible dates", () => {
    expect(birthDateFromId("11010519491231002X")).toBe("1949-12-31");
    expect(genderFromId("11010519491231002X")).toBe("F");
    expect(genderFromId("440524188001010014")).toBe("M");
    expect(birthDateFromId(buildIdNumber("110105", "1990-02-30", 11))).toBeNull();
  });

  it("builds numbers that pass their own check", () => {
    const id = buildIdNumber("310104", "1988-06-18", 123);
    expect(id).toHaveLength(18);
    expect(hasValidIdCheckDigit(id)).toBe(true);
    expect(birthDateFromId(id)).toBe("1988-06-18");
  });
});
