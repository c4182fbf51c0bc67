import { describe, expect, it } from "vitest";
import { classifyQuery, prefixUpperBound } from "./classify";

describe("reading what staff type into the customer search", () => {
  it("finds ids whatever their case", () => {
    expect(classifyQuery(" c00000042 ")).toEqual({ ok: true, search: { kind: "customerId", value: "C00000042" } });
    expect(classifyQuery("w00000042")).toEqual({ ok: true, search: { kind: "walletId", value: "W00000042" } });
  });

  it("reads 18 characters as a whole ID number, with a lower-case x", () => {
    expect(classifyQuery("11010519491231002x")).toEqual({ ok: true, search: { kind: "idNumber", value: "11010519491231002X" } });
  });

  it("reads the masked form the console shows, with half- or full-width stars", () => {
    expect(classifyQuery("110105********002X")).toEqual({ ok: true, search: { kind: "maskedIdNumber", prefix: "110105", last4: "002X" } });
    expect(classifyQuery("110105＊＊＊＊＊＊＊＊0021")).toEqual({ ok: true, search: { kind: "maskedIdNumber", prefix: "110105", last4: "0021" } });
  });

  it("reads digits as a mobile number: whole (exact) or its start (prefix), with spaces, dashes or +86", () => {
    expect(classifyQuery("13812345678")).toEqual({ ok: true, search: { kind: "phone", value: "13812345678", exact: true } });
    expect(classifyQuery("+86 138-1234-5678")).toEqual({ ok: true, search: { kind: "phone", value: "13812345678", exact: true } });
    expect(classifyQuery("138 1234")).toEqual({ ok: true, search: { kind: "phone", value: "1381234", exact: false } });
    expect(classifyQuery("13")).toEqual({ ok: false, reason: "tooShort" });
    expect(classifyQuery("1381234567890")).toEqual({ ok: false, reason: "unrecognised" });
  });

  it("lower-cases emails; a whole address is exact, a start is a prefix", () => {
    expect(classifyQuery("ZhangWei88@QQ.com")).toEqual({ ok: true, search: { kind: "email", value: "zhangwei88@qq.com", exact: true } });
    expect(classifyQuery("zhangwei88@")).toEqual({ ok: true, search: { kind: "email", value: "zhangwei88@", exact: false } });
  });

  it("reads Chinese characters as a name, spaces dropped", () => {
    expect(classifyQuery("张 伟")).toEqual({ ok: true, search: { kind: "name", value: "张伟" } });
    expect(classifyQuery("买买提·艾力")).toEqual({ ok: true, search: { kind: "name", value: "买买提·艾力" } });
  });

  it("reads letters as pinyin, however they are spaced or capitalised", () => {
    for (const typed of ["zhang wei", "Zhang Wei", "ZHANGWEI", "zhang-wei"]) expect(classifyQuery(typed)).toEqual({ ok: true, search: { kind: "pinyin", value: "zhangwei" } });
    expect(classifyQuery("lü")).toEqual({ ok: true, search: { kind: "pinyin", value: "lv" } });
    expect(classifyQuery("z")).toEqual({ ok: false, reason: "tooShort" });
  });

  it("says so when it cannot tell what was meant, and when nothing was typed", () => {
    expect(classifyQuery("   ")).toEqual({ ok: false, reason: "empty" });
    expect(classifyQuery(undefined)).toEqual({ ok: false, reason: "empty" });
    expect(classifyQuery("张wei")).toEqual({ ok: false, reason: "unrecognised" });
    expect(classifyQuery("C0001")).toEqual({ ok: false, reason: "unrecognised" });
  });

  it("says a query is too long rather than searching its first 100 characters", () => {
    expect(classifyQuery("zhang".repeat(40))).toEqual({ ok: false, reason: "tooLong" });
    expect(classifyQuery("王".repeat(100))).toMatchObject({ ok: true });
  });
});

describe("the end of a prefix range", () => {
  it("is the prefix with its last character moved up one", () => {
    expect(prefixUpperBound("138")).toBe("139");
    expect(prefixUpperBound("zhangwei")).toBe("zhangwej");
    expect(prefixUpperBound("张伟")).toBe("张\u4F20");
  });

  it("lies above every string that starts with the prefix, in byte order", () => {
    const bound = Buffer.from(prefixUpperBound("张"));
    for (const name of ["张", "张伟", "张\u{20000}", "张\uffff"]) expect(Buffer.compare(Buffer.from(name), bound)).toBe(-1);
    expect(Buffer.compare(Buffer.from("章"), bound)).toBe(1);
  });
});
