import { describe, expect, it } from "vitest";
import { compareSubmissionData } from "./comparison";

const base = {
  name: "张伟",
  idNumber: "11010519491231002X",
  birthDate: "1949-12-31",
  gender: "F",
  idValidFrom: "2010-01-01",
  idValidTo: "LONG_TERM",
  address: "北京市朝阳区建国路88号",
  cardBin: "622848",
  cardLast4: "1234",
  cardHolderName: "ZHANG WEI",
};
const read = { ...base, ethnicity: "汉", issuingAuthority: "北京市公安局朝阳分局", cardBankName: "中国农业银行" };

describe("entered data against the documents", () => {
  it("marks every row a match when the data agree, forgiving spacing", () => {
    const rows = compareSubmissionData({ ...base, name: "张 伟" }, read);
    expect(rows.filter((r) => r.result === "differ")).toEqual([]);
    expect(rows.filter((r) => r.result === "documentOnly").map((r) => r.field)).toEqual(["ethnicity", "issuingAuthority", "cardBankName"]);
  });

  it("finds a difference hidden inside the masked part of an ID number, and shows both masked", () => {
    const rows = compareSubmissionData({ ...base, idNumber: "110105194912310039" }, read);
    const id = rows.find((r) => r.field === "idNumber")!;
    expect(id).toMatchObject({ result: "differ", pii: "idNumber", entered: "110105********0039", read: "110105********002X" });
  });

  it("masks birth dates and addresses, never names, and compares the card as BIN and last four", () => {
    const rows = compareSubmissionData({ ...base, birthDate: "1950-01-15", cardLast4: "9999" }, read);
    expect(rows.find((r) => r.field === "birthDate")).toMatchObject({ result: "differ", entered: "1950-**-**", read: "1949-**-**" });
    expect(rows.find((r) => r.field === "address")!.entered).not.toContain("88");
    expect(rows.find((r) => r.field === "name")).toMatchObject({ entered: "张伟", pii: null });
    expect(rows.find((r) => r.field === "card")).toMatchObject({ result: "differ", entered: "622848 **** 9999", read: "622848 **** 1234" });
  });

  it("treats a value missing on one side as a difference", () => {
    const rows = compareSubmissionData({ ...base, address: "" }, read);
    expect(rows.find((r) => r.field === "address")).toMatchObject({ result: "differ", entered: null });
  });
});
