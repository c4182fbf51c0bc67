import { describe, expect, it } from "vitest";
import { checkMessageKey } from "@/lib/kyc/checks/labels";
import { KYC_CHECK_CODES, parseCheckResults, type KycAssessmentContext, type KycAssessmentInput, type KycCheckResult, type WatchlistCandidate } from "@/lib/kyc/checks/types";
import {
  ageOn,
  assessSubmission,
  birthdayOfAge,
  checkBirthDate,
  checkCardBin,
  checkCardHolder,
  checkDuplicates,
  checkIdCheckDigit,
  checkIdExpiry,
  checkIdFormat,
  checkMinimumAge,
  checkName,
  checkTierAge,
  checkWatchlist,
  riskLevelForScore,
  scoreResults,
} from "@/lib/kyc/checks/evaluate";
import { buildIdNumber } from "@/lib/kyc/checks/id-number";
import { WatchlistIndex, matchWatchlist, normaliseName } from "@/lib/kyc/checks/name-match";
import { tierNumeral } from "@/lib/i18n/glossary";
import { translator } from "@/lib/i18n/translate";

const ID = buildIdNumber("310104", "1988-06-18", 123);
// 14:30 in Shanghai on 11 November 2026.
const SUBMITTED = new Date("2026-11-11T06:30:00Z");
const DAY = "2026-11-11";

function input(overrides: { entered?: Partial<KycAssessmentInput["entered"]>; read?: Partial<KycAssessmentInput["read"]>; tier?: 1 | 2 | 3 } = {}): KycAssessmentInput {
  const base = {
    name: "张伟",
    idNumber: ID,
    birthDate: "1988-06-18",
    gender: "M" as const,
    idValidFrom: "2018-03-01",
    idValidTo: "2038-03-01",
    address: "上海市徐汇区中山路 1 号",
    cardBin: "622202",
    cardLast4: "1234",
    cardHolderName: "ZHANG WEI",
  };
  return {
    entered: { ...base, ...overrides.entered },
    read: { ...base, ethnicity: "汉", issuingAuthority: "上海市公安局徐汇分局", cardBankName: "中国工商银行", ...overrides.read },
    tierRequested: overrides.tier ?? 2,
    submittedAt: SUBMITTED,
  };
}

const clean: KycAssessmentContext = { duplicates: [], watchlist: [], cardBin: { bankName: "中国工商银行", cardType: "DEBIT" } };

function entry(overrides: Partial<WatchlistCandidate>): WatchlistCandidate {
  return { id: "WL00001", kind: "SANCTIONS", name: "王建国", namePinyin: "wang jian guo", birthDate: "1970-01-15", source: "OFAC SDN", ...overrides };
}

const brief = (r: KycCheckResult) => [r.outcome, r.detail.replace("kycChecks.detail.", "")];

describe("ID_FORMAT", () => {
  it("accepts 17 digits and a digit or capital X", () => {
    expect(brief(checkIdFormat("11010519491231002X"))).toEqual(["pass", "idFormatValid"]);
    expect(brief(checkIdFormat("440524188001010014"))).toEqual(["pass", "idFormatValid"]);
  });

  it("refuses wrong lengths, a lower-case x and letters inside", () => {
    expect(checkIdFormat("4405241880010100")).toMatchObject({ outcome: "fail", values: { length: 16 } });
    expect(checkIdFormat("11010519491231002x").outcome).toBe("fail");
    expect(checkIdFormat("44052418800101A014").outcome).toBe("fail");
    expect(checkIdFormat("4405241880010100140").outcome).toBe("fail");
  });
});

describe("ID_CHECK_DIGIT (GB 11643, ISO 7064 MOD 11-2)", () => {
  it("passes the standard's examples", () => {
    expect(checkIdCheckDigit("11010519491231002X")).toMatchObject({ outcome: "pass", values: { checkCharacter: "X" } });
    expect(checkIdCheckDigit("440524188001010014")).toMatchObject({ outcome: "pass", values: { checkCharacter: "4" } });
  });

  it("fails a wrong check character and says which one was expected", () => {
    expect(checkIdCheckDigit("110105194912310021")).toMatchObject({ outcome: "fail", detail: "kycChecks.detail.idChecksumWrong", values: { expected: "X", actual: "1" } });
    expect(checkIdCheckDigit("440524188001010015")).toMatchObject({ outcome: "fail", values: { expected: "4", actual: "5" } });
    // One transposed digit is exactly what the check character exists to catch.
    expect(checkIdCheckDigit("440524188001010104").outcome).toBe("fail");
  });

  it("cannot check a malformed number, and says so without failing twice", () => {
    expect(brief(checkIdCheckDigit("4405241880010100"))).toEqual(["warn", "idChecksumNotCheckable"]);
  });
});

describe("BIRTH_DATE_MATCH", () => {
  it("passes when the ID number, the form and the card agree", () => {
    const { entered, read } = input();
    expect(checkBirthDate(entered, read)).toMatchObject({ outcome: "pass", values: { birthDate: "1988-06-18" } });
  });

  it("fails a typed birth date that differs from the ID number", () => {
    const { entered, read } = input({ entered: { birthDate: "1988-08-18" } });
    expect(checkBirthDate(entered, read)).toMatchObject({ outcome: "fail", detail: "kycChecks.detail.birthDateEnteredMismatch", values: { idBirthDate: "1988-06-18", enteredBirthDate: "1988-08-18" } });
  });

  it("fails a card birth date that differs from the ID number", () => {
    const { entered, read } = input({ read: { birthDate: "1988-06-19" } });
    expect(brief(checkBirthDate(entered, read))).toEqual(["fail", "birthDateDocumentMismatch"]);
  });

  it("fails an ID number whose date part is not a real day (30 February)", () => {
    const impossible = buildIdNumber("110105", "1990-02-30", 11);
    const { entered, read } = input({ entered: { idNumber: impossible, birthDate: "1990-02-28" } });
    expect(checkBirthDate(entered, read)).toMatchObject({ outcome: "fail", detail: "kycChecks.detail.birthDateNotInId", values: { digits: "19900230" } });
  });

  it("with a malformed ID number, compares only the form with the card", () => {
    const same = input({ entered: { idNumber: "3101041988" } });
    expect(brief(checkBirthDate(same.entered, same.read))).toEqual(["warn", "birthDateNotCheckable"]);
    const differ = input({ entered: { idNumber: "3101041988", birthDate: "1989-06-18" } });
    expect(brief(checkBirthDate(differ.entered, differ.read))).toEqual(["fail", "birthDateEnteredDiffersFromDocument"]);
  });
});

describe("MINIMUM_AGE", () => {
  it("fails the day before the 16th birthday and passes on and after it", () => {
    expect(checkMinimumAge("2010-11-12", DAY)).toMatchObject({ outcome: "fail", values: { age: 15, minimum: 16, eligibleOn: "2026-11-12" } });
    expect(checkMinimumAge("2010-11-11", DAY)).toMatchObject({ outcome: "pass", values: { age: 16 } });
    expect(checkMinimumAge("2010-11-10", DAY)).toMatchObject({ outcome: "pass", values: { age: 16 } });
  });

  it("counts the age on the Shanghai calendar day of submission, not the UTC one", () => {
    // 2026-11-10T16:30Z is 00:30 on 11 November in Shanghai: the 16th birthday has begun.
    const justAfterMidnight = assessSubmission(
      { ...input({ entered: { idNumber: buildIdNumber("310104", "2010-11-11", 124), birthDate: "2010-11-11" }, read: { idNumber: buildIdNumber("310104", "2010-11-11", 124), birthDate: "2010-11-11" } }), submittedAt: new Date("2026-11-10T16:30:00Z") },
      clean,
    );
    expect(justAfterMidnight.results.find((r) => r.code === "MINIMUM_AGE")?.outcome).toBe("pass");
  });

  it("warns when no birth date can be established", () => {
    expect(brief(checkMinimumAge(null, DAY))).toEqual(["warn", "ageNotCheckable"]);
  });

  it("counts completed years, 29 February birthdays falling on 1 March in common years", () => {
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(17);
    expect(ageOn("2008-02-29", "2026-03-01")).toBe(18);
    expect(ageOn("2008-02-29", "2024-02-29")).toBe(16);
    expect(birthdayOfAge("2008-02-29", 18)).toBe("2026-03-01");
  });
});

describe("TIER_AGE", () => {
  it("does not apply below tier 3", () => {
    expect(brief(checkTierAge(2, "2009-06-01", DAY))).toEqual(["pass", "tierAgeNotRequired"]);
  });

  it("fails tier 3 under 18 and says tier 2 could be approved", () => {
    expect(checkTierAge(3, "2008-11-12", DAY)).toMatchObject({ outcome: "fail", detail: "kycChecks.detail.tierAgeTier2Possible", values: { age: 17, minimum: 18, fallbackTier: 2 } });
    const values = checkTierAge(3, "2008-11-12", DAY).values!;
    // As the review shows it: the class numbered as the regulator does (checks-card, tierNumeral).
    expect(translator("en")("kycChecks.detail.tierAgeTier2Possible", { ...values, fallbackTier: tierNumeral(values.fallbackTier!) })).toContain("Could be approved as a Class II account");
  });

  it("passes tier 3 from the 18th birthday (29 February born: from 1 March)", () => {
    expect(checkTierAge(3, "2008-11-11", DAY)).toMatchObject({ outcome: "pass", values: { age: 18 } });
    expect(checkTierAge(3, "2008-02-29", "2026-02-28").outcome).toBe("fail");
    expect(checkTierAge(3, "2008-02-29", "2026-03-01").outcome).toBe("pass");
  });

  it("does not offer tier 2 to someone under the wallet's minimum age", () => {
    expect(brief(checkTierAge(3, "2011-01-01", DAY))).toEqual(["fail", "tierAgeTooYoung"]);
  });
});

describe("ID_NOT_EXPIRED", () => {
  it("passes long-term cards", () => {
    expect(brief(checkIdExpiry("LONG_TERM", DAY))).toEqual(["pass", "idLongTerm"]);
    expect(brief(checkIdExpiry("长期", DAY))).toEqual(["pass", "idLongTerm"]);
  });

  it("fails a card that expired the day before submission; the last valid day itself only warns", () => {
    expect(checkIdExpiry("2026-11-10", DAY)).toMatchObject({ outcome: "fail", detail: "kycChecks.detail.idExpired", values: { days: 1 } });
    expect(checkIdExpiry("2026-11-11", DAY)).toMatchObject({ outcome: "warn", detail: "kycChecks.detail.idExpiringSoon", values: { days: 0 } });
  });

  it("warns within 30 days of expiry and passes from 31", () => {
    expect(checkIdExpiry("2026-12-11", DAY)).toMatchObject({ outcome: "warn", values: { days: 30 } });
    expect(checkIdExpiry("2026-12-12", DAY)).toMatchObject({ outcome: "pass", detail: "kycChecks.detail.idValid" });
  });

  it("warns when the validity cannot be read, and takes the date from the Shanghai day of submission", () => {
    expect(brief(checkIdExpiry("2026-13-01", DAY))).toEqual(["warn", "idValidityUnreadable"]);
    // 01:00 on 11 November in Shanghai, still 10 November in UTC: a card valid to the 10th has expired.
    const late = assessSubmission({ ...input({ read: { idValidTo: "2026-11-10" } }), submittedAt: new Date("2026-11-10T17:00:00Z") }, clean);
    expect(late.results.find((r) => r.code === "ID_NOT_EXPIRED")?.outcome).toBe("fail");
  });
});

describe("NAME_MATCH", () => {
  it("passes identical names", () => {
    expect(brief(checkName("张伟", "张伟"))).toEqual(["pass", "nameMatches"]);
  });

  it("forgives spaces, U+3000, full-width letters and middle-dot variants, with a note", () => {
    for (const typed of ["张 伟", "张\u3000伟", " 张伟 "]) expect(brief(checkName(typed, "张伟"))).toEqual(["pass", "nameMatchesAfterNormalisation"]);
    for (const typed of ["买买提•艾力", "买买提・艾力", "买买提艾力", "买买提.艾力"]) {
      expect(brief(checkName(typed, "买买提·艾力"))).toEqual(["pass", "nameMatchesAfterNormalisation"]);
    }
    expect(normaliseName("ＪＯＨＮ　ｓｍｉｔｈ")).toBe("JOHNSMITH");
  });

  it("fails a homophone (same pinyin, other characters) and explains it", () => {
    const homophone = checkName("张玮", "张伟");
    expect(homophone).toMatchObject({ outcome: "fail", detail: "kycChecks.detail.nameHomophone", values: { pinyin: "zhang wei" } });
    expect(translator("zh-CN")("kycChecks.detail.nameHomophone", homophone.values)).toContain("读音相同");
  });

  it("fails a different name, and warns when the card's name was not read", () => {
    expect(brief(checkName("李伟", "张伟"))).toEqual(["fail", "nameMismatch"]);
    expect(brief(checkName("张伟明", "张伟"))).toEqual(["fail", "nameMismatch"]);
    expect(brief(checkName("张伟", " "))).toEqual(["warn", "nameNotRead"]);
  });
});

describe("DUPLICATE_ID", () => {
  it("passes an ID number no one else uses", () => {
    expect(brief(checkDuplicates([]))).toEqual(["pass", "idUnique"]);
  });

  it("fails and names the other customers", () => {
    const found = checkDuplicates([
      { customerId: "C00000012", submissionId: "K000000121", name: "李娜" },
      { customerId: "C00000040", name: "王芳" },
    ]);
    expect(found).toMatchObject({ outcome: "fail", values: { count: 2, customers: "李娜 (C00000012), 王芳 (C00000040)" } });
  });

  it("lists at most five and counts them all", () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ customerId: `C${i}`, name: `客户${i}` }));
    const found = checkDuplicates(many);
    expect(found.values?.count).toBe(7);
    expect(String(found.values?.customers).split(", ")).toHaveLength(6);
  });
});

describe("WATCHLIST", () => {
  const born = ["1970-01-15"];

  it("fails on the same name and birth date", () => {
    expect(checkWatchlist(["王建国"], born, [entry({})])).toMatchObject({ outcome: "fail", detail: "kycChecks.detail.watchlistExact", values: { entryId: "WL00001", list: "OFAC SDN", entryBirthDate: "1970-01-15", matches: 1 } });
  });

  it("fails a homophone with the same birth date: lists are kept in pinyin as often as in characters", () => {
    expect(brief(checkWatchlist(["汪建国"], born, [entry({})]))).toEqual(["fail", "watchlistHomophone"]);
  });

  it("reads the list's pinyin with tone marks, capitals and ü", () => {
    expect(brief(checkWatchlist(["汪建国"], born, [entry({ name: "WANG Jianguo", namePinyin: "Wáng Jiànguó" })]))).toEqual(["fail", "watchlistHomophone"]);
    expect(brief(checkWatchlist(["吕小布"], born, [entry({ name: "LÜ Xiaobu", namePinyin: "Lǚ Xiǎobù" })]))).toEqual(["fail", "watchlistHomophone"]);
  });

  it("warns on the same name or pinyin when the entry has no birth date", () => {
    expect(brief(checkWatchlist(["王建国"], born, [entry({ birthDate: null })]))).toEqual(["warn", "watchlistNameNoBirthDate"]);
    expect(brief(checkWatchlist(["汪建国"], born, [entry({ birthDate: null })]))).toEqual(["warn", "watchlistHomophoneNoBirthDate"]);
  });

  it("warns on a near spelling with the same birth date", () => {
    // wangjianguo / wangjiangguo: one letter apart; 王建国 / 王建军: one character apart.
    expect(brief(checkWatchlist(["王江国"], born, [entry({})]))).toEqual(["warn", "watchlistSimilar"]);
    expect(brief(checkWatchlist(["王建军"], born, [entry({})]))).toEqual(["warn", "watchlistSimilar"]);
  });

  it("passes, with a note, the same name with another birth date, and passes unrelated names", () => {
    expect(brief(checkWatchlist(["王建国"], ["1985-03-02"], [entry({})]))).toEqual(["pass", "watchlistNameOtherBirthDate"]);
    expect(brief(checkWatchlist(["汪建国"], ["1985-03-02"], [entry({})]))).toEqual(["pass", "watchlistClear"]);
    expect(brief(checkWatchlist(["李娜"], born, [entry({})]))).toEqual(["pass", "watchlistClear"]);
  });

  it("matches the name as typed or as read, any of the birth dates, and reports the strongest entry", () => {
    const entries = [entry({ id: "WL00002", birthDate: null }), entry({ id: "WL00003", name: "汪建国" })];
    const found = checkWatchlist(["王 建国", "汪建国"], ["1980-01-01", "1970-01-15"], entries);
    expect(found).toMatchObject({ outcome: "fail", detail: "kycChecks.detail.watchlistExact", values: { entryId: "WL00003", matches: 2 } });
  });

  it("the index hands over every entry that can match", () => {
    const names = ["王建国", "汪建国", "王建军", "王江国", "李娜", "欧阳娜娜", "张伟", "张玮", "章伟", "买买提·艾力"];
    const entries = names.map((name, i) => entry({ id: `WL${i}`, name, namePinyin: "", birthDate: i % 3 === 0 ? null : "1970-01-15" }));
    const index = new WatchlistIndex(entries);
    for (const name of [...names, "王建", "张维", "欧阳娜", "买买提艾力"]) {
      const all = matchWatchlist([name], born, entries).map((m) => m.entry.id);
      const viaIndex = matchWatchlist([name], born, index.candidates([name])).map((m) => m.entry.id);
      expect(viaIndex, name).toEqual(all);
    }
    expect(index.candidates(["张伟"]).map((e) => e.name).sort()).toEqual(["张伟", "张玮", "章伟"].sort());
  });
});

describe("CARD_BIN_KNOWN", () => {
  it("passes a known issuer and warns on an unknown BIN", () => {
    expect(checkCardBin("622202", { bankName: "中国工商银行", cardType: "DEBIT" }, "中国工商银行")).toMatchObject({ outcome: "pass", values: { bankName: "中国工商银行" } });
    expect(checkCardBin("629178", null, null)).toMatchObject({ outcome: "warn", detail: "kycChecks.detail.cardBinUnknown", values: { bin: "629178" } });
  });

  it("warns when the bank printed on the card is not the BIN's issuer", () => {
    expect(brief(checkCardBin("622202", { bankName: "中国工商银行", cardType: "DEBIT" }, "招商银行"))).toEqual(["warn", "cardBinBankDiffers"]);
  });
});

describe("CARD_HOLDER_MATCH", () => {
  it("passes the embossed pinyin whatever its spacing and case", () => {
    for (const holder of ["ZHANG WEI", "zhangwei", "Zhang  Wei", "ZHANG/WEI"]) expect(brief(checkCardHolder(holder, "张伟", "张伟")), holder).toEqual(["pass", "cardHolderMatches"]);
    expect(brief(checkCardHolder("OUYANG NANA", "欧阳娜娜", "欧阳娜娜"))).toEqual(["pass", "cardHolderMatches"]);
    expect(brief(checkCardHolder("张伟", "张 伟", "张伟"))).toEqual(["pass", "cardHolderMatches"]);
    // "yu" after n or l is not always ü: 孙悦 is SUN YUE, 刘文媛 LIU WEN YUAN.
    for (const [holder, name] of [["SUN YUE", "孙悦"], ["SUNYUE", "孙悦"], ["LIU WEN YUAN", "刘文媛"], ["LIN YU GUI", "林羽桂"]] as const) {
      expect(checkCardHolder(holder, name, name).outcome, holder).toBe("pass");
    }
  });

  it("accepts the spellings of ü (LV, LU, LYU) and the given name first", () => {
    for (const holder of ["LV XIAOBU", "LU XIAOBU", "LYU XIAOBU"]) expect(checkCardHolder(holder, "吕小布", "吕小布").outcome, holder).toBe("pass");
    expect(brief(checkCardHolder("WEI ZHANG", "张伟", "张伟"))).toEqual(["pass", "cardHolderReversed"]);
    expect(brief(checkCardHolder("NANA OUYANG", "欧阳娜娜", "欧阳娜娜"))).toEqual(["pass", "cardHolderReversed"]);
  });

  it("fails someone else's card and shows the expected pinyin", () => {
    expect(checkCardHolder("WANG WEI", "张伟", "张伟")).toMatchObject({ outcome: "fail", values: { holder: "WANG WEI", expected: "ZHANG WEI" } });
  });

  it("only warns when the card matches the ID card but the typed name is off", () => {
    expect(brief(checkCardHolder("ZHANG WEI", "张明", "张伟"))).toEqual(["warn", "cardHolderMatchesDocumentOnly"]);
    expect(brief(checkCardHolder(" ", "张伟", "张伟"))).toEqual(["warn", "cardHolderUnreadable"]);
  });
});

describe("risk score and level", () => {
  const fail = (code: KycCheckResult["code"]): KycCheckResult => ({ code, outcome: "fail", detail: "kycChecks.detail.unknown" });
  const warn = (code: KycCheckResult["code"]): KycCheckResult => ({ code, outcome: "warn", detail: "kycChecks.detail.unknown" });

  it("draws the level boundaries at 30 and 60", () => {
    expect([0, 29, 30, 59, 60, 100].map(riskLevelForScore)).toEqual(["LOW", "LOW", "MEDIUM", "MEDIUM", "HIGH", "HIGH"]);
  });

  it("scores a clean submission 0 and runs every check in order", () => {
    const assessment = assessSubmission(input(), clean);
    expect(assessment.results.map((r) => r.code)).toEqual([...KYC_CHECK_CODES]);
    expect(assessment.results.filter((r) => r.outcome !== "pass")).toEqual([]);
    expect(assessment).toMatchObject({ score: 0, level: "LOW" });
  });

  it("makes one failed identity check MEDIUM and two HIGH; card warnings alone stay LOW", () => {
    expect(scoreResults([fail("ID_CHECK_DIGIT")])).toEqual({ score: 40, level: "MEDIUM" });
    expect(scoreResults([fail("NAME_MATCH")])).toEqual({ score: 35, level: "MEDIUM" });
    expect(scoreResults([fail("ID_CHECK_DIGIT"), fail("ID_NOT_EXPIRED")])).toEqual({ score: 75, level: "HIGH" });
    expect(scoreResults([warn("CARD_BIN_KNOWN"), warn("ID_NOT_EXPIRED")])).toEqual({ score: 20, level: "LOW" });
    expect(scoreResults([fail("TIER_AGE"), warn("CARD_HOLDER_MATCH")])).toEqual({ score: 30, level: "MEDIUM" });
  });

  it("makes any watchlist or duplicate-ID failure HIGH, and caps the score at 100", () => {
    expect(scoreResults([fail("WATCHLIST")]).level).toBe("HIGH");
    expect(scoreResults([fail("DUPLICATE_ID")]).level).toBe("HIGH");
    expect(scoreResults([warn("WATCHLIST")]).level).toBe("MEDIUM");
    expect(scoreResults(KYC_CHECK_CODES.map(fail)).score).toBe(100);
  });

  it("scores a realistic bad submission end to end", () => {
    const badDigit = ID.slice(0, 17) + (ID.endsWith("0") ? "1" : "0");
    const assessment = assessSubmission(input({ entered: { idNumber: badDigit }, read: { idNumber: badDigit } }), {
      ...clean,
      duplicates: [{ customerId: "C00000007", name: "李娜" }],
    });
    expect(assessment.results.filter((r) => r.outcome === "fail").map((r) => r.code)).toEqual(["ID_CHECK_DIGIT", "DUPLICATE_ID"]);
    expect(assessment).toMatchObject({ score: 100, level: "HIGH" });
  });
});

describe("stored results as the review page reads them", () => {
  it("every detail key a check can produce exists in both languages, with its values filled", () => {
    const assessment = assessSubmission(input({ entered: { name: "张玮" }, tier: 3 }), { ...clean, cardBin: null, watchlist: [entry({ name: "张伟", namePinyin: "zhang wei", birthDate: null })] });
    for (const r of assessment.results) {
      const key = checkMessageKey(r);
      expect(key).toBe(r.detail);
      for (const locale of ["zh-CN", "en"] as const) expect(translator(locale)(key, r.values), `${locale} ${key}`).not.toMatch(/\{\w+\}/);
    }
  });

  it("falls back to a generic message for unknown keys and drops malformed rows", () => {
    expect(checkMessageKey({ detail: "kycChecks.detail.removedLongAgo" })).toBe("kycChecks.detail.unknown");
    expect(checkMessageKey({ detail: "overview.greeting" })).toBe("kycChecks.detail.unknown");
    const parsed = parseCheckResults([
      { code: "ID_FORMAT", outcome: "pass", detail: "kycChecks.detail.idFormatValid" },
      { code: "NOT_A_CHECK", outcome: "pass", detail: "x" },
      { code: "WATCHLIST", outcome: "maybe", detail: "x" },
      { code: "DUPLICATE_ID", outcome: "fail", detail: "kycChecks.detail.idDuplicate", values: { count: 2, nested: { no: 1 } } },
      null,
    ]);
    expect(parsed).toEqual([
      { code: "ID_FORMAT", outcome: "pass", detail: "kycChecks.detail.idFormatValid" },
      { code: "DUPLICATE_ID", outcome: "fail", detail: "kycChecks.detail.idDuplicate", values: { count: 2 } },
    ]);
    expect(parseCheckResults({ not: "an array" })).toEqual([]);
  });
});
