import { describe, expect, it } from "vitest";
import { parseDocumentData, parseEnteredData, parseInfoRequest } from "./submission-data";

const entered = {
  name: "王丽华",
  idNumber: "11010519491231002X",
  birthDate: "1949-12-31",
  gender: "F",
  idValidFrom: "2015-01-01",
  idValidTo: "LONG_TERM",
  address: "北京市朝阳区",
  cardBin: "622202",
  cardLast4: "1234",
  cardHolderName: "王丽华",
};

describe("the submission's JSON columns", () => {
  it("reads a whole record as it was written, dropping what the console does not know", () => {
    expect(parseEnteredData({ ...entered, extra: "kept out" })).toEqual(entered);
    expect(parseDocumentData({ ...entered, ethnicity: "汉", issuingAuthority: "北京市公安局朝阳分局", cardBankName: null })).toMatchObject({ ethnicity: "汉", cardBankName: null });
  });

  it("reads a missing or malformed field as empty, so the checks fail on it instead of crashing", () => {
    const parsed = parseEnteredData({ ...entered, idNumber: 110105194912310, gender: "X", address: undefined });
    expect(parsed).toMatchObject({ name: "王丽华", idNumber: "", gender: "", address: "" });
    expect(parseEnteredData(null).idNumber).toBe("");
    expect(parseDocumentData("not an object")).toMatchObject({ name: "", idValidTo: "", cardBankName: null });
  });

  it("reads an info request, or null when there is none or it is not one", () => {
    expect(parseInfoRequest({ documents: ["SELFIE"], message: "请重新上传" })).toEqual({ documents: ["SELFIE"], message: "请重新上传" });
    expect(parseInfoRequest(null)).toBeNull();
    expect(parseInfoRequest({ documents: ["PASSPORT"], message: "?" })).toBeNull();
  });
});
