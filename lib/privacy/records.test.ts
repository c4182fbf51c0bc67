import { describe, expect, it } from "vitest";
import { auditDiff } from "@/lib/audit/diff";
import { maskCheckValues, maskPersonalData } from "./records";

describe("personal data inside stored records", () => {
  it("masks the birth dates a check explanation would print, and other customers' names", () => {
    expect(maskCheckValues({ idBirthDate: "2001-07-05", enteredBirthDate: "1990-02-04" })).toEqual({ idBirthDate: "2001-**-**", enteredBirthDate: "1990-**-**" });
    expect(maskCheckValues({ age: 16, minimum: 18, eligibleOn: "2028-05-09" })).toEqual({ age: 16, minimum: 18, eligibleOn: "2028-**-**" });
    expect(maskCheckValues({ digits: "19841399" })).toEqual({ digits: "********" });
    expect(maskCheckValues({ count: 2, customers: "王芳 (C000123), 李四 (C000456)" })).toEqual({ count: 2, customers: "王* (C000123), 李* (C000456)" });
  });

  it("keeps what the workspace shows whole and what is not personal", () => {
    const values = { entered: "王芳", document: "汪芳", pinyin: "wang fang", bin: "622202", bankName: "中国银行", validTo: "2030-01-01", expected: "X" };
    expect(maskCheckValues(values)).toEqual(values);
  });

  it("masks audited records by key, at any depth, and removes secrets", () => {
    const masked = maskPersonalData({ enteredData: { name: "王小明", idNumber: "51070319840509876X", birthDate: "1984-05-09", address: "四川省绵阳市涪城区临园路东段68号" }, phone: "13812345678", email: "not an email", passwordHash: "x" });
    expect(masked).toEqual({
      enteredData: { name: "王**", idNumber: "510703********876X", birthDate: "1984-**-**", address: "四川省绵阳市********" },
      phone: "138****5678",
      email: "not an email",
      passwordHash: "[redacted]",
    });
    expect(maskPersonalData({ counterpartyName: "胡杨", customerName: "李雷" }, "csvExport")).toEqual({ counterpartyName: "胡*", customerName: "李*" });
  });

  it("shows an event stored before today's rule masked in the audit diff", () => {
    const rows = auditDiff({ counterpartyName: "胡杨", birthDate: "1984-05-09" }, { counterpartyName: "胡杨", birthDate: "1985-06-01" });
    expect(rows).toEqual([
      { key: "birthDate", before: "1984-**-**", after: "1985-**-**", status: "changed" },
      { key: "counterpartyName", before: "胡*", after: "胡*", status: "unchanged" },
    ]);
  });
});
