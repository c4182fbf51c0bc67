import { describe, expect, it } from "vitest";
import { compareSubmissionData, comparisonFindings } from "./comparison";

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

describe("the comparison agrees with the automated checks", () => {
  it("marks a field whose check failed even when entered and read agree (a wrong check digit typed as printed), so nothing says all match", () => {
    const rows = compareSubmissionData(base, read, [
      { code: "ID_CHECK_DIGIT", outcome: "fail" },
      { code: "DUPLICATE_ID", outcome: "fail" },
      { code: "ID_NOT_EXPIRED", outcome: "fail" },
      { code: "CARD_BIN_KNOWN", outcome: "warn" },
      { code: "NAME_MATCH", outcome: "pass" },
    ]);
    expect(rows.find((r) => r.field === "idNumber")).toMatchObject({ result: "match", failedChecks: ["ID_CHECK_DIGIT", "DUPLICATE_ID"] });
    expect(rows.find((r) => r.field === "idValidTo")).toMatchObject({ result: "match", failedChecks: ["ID_NOT_EXPIRED"] });
    expect(rows.find((r) => r.field === "card")!.failedChecks).toEqual([]);
    expect(rows.find((r) => r.field === "name")!.failedChecks).toEqual([]);
    expect(comparisonFindings(rows)).toEqual({ differ: 0, checkFailed: 2 });
  });

  it("counts a differing field once, as a difference, when its check failed too", () => {
    const rows = compareSubmissionData({ ...base, name: "张玮" }, read, [{ code: "NAME_MATCH", outcome: "fail" }]);
    expect(rows.find((r) => r.field === "name")).toMatchObject({ result: "differ", failedChecks: ["NAME_MATCH"] });
    expect(comparisonFindings(rows)).toEqual({ differ: 1, checkFailed: 0 });
  });

  it("finds nothing on a clean submission", () => {
    expect(comparisonFindings(compareSubmissionData(base, read, [{ code: "ID_CHECK_DIGIT", outcome: "pass" }]))).toEqual({ differ: 0, checkFailed: 0 });
  });
});
