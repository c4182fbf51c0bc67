import { describe, expect, it } from "vitest";
import { defaultCrimeType, draftAnalysis, draftFacts, rmb, type NarrativeInput } from "@/lib/reports/suspicious/narrative";

const at = (iso: string) => new Date(iso);
const fixture: NarrativeInput = {
  customerName: "张伟",
  transactions: [
    // 2026-11-19 23:30 UTC is 2026-11-20 07:30 in Shanghai: the span starts on the 20th.
    { at: at("2026-11-19T23:30:00Z"), direction: "IN", amountFen: 20_000_000n, counterparty: "w_a" },
    { at: at("2026-11-21T02:00:00Z"), direction: "IN", amountFen: 28_600_000n, counterparty: "w_b" },
    { at: at("2026-11-21T03:00:00Z"), direction: "OUT", amountFen: 30_000_000n, counterparty: "w_c" },
    { at: at("2026-11-27T15:59:00Z"), direction: "OUT", amountFen: 17_950_000n, counterparty: "w_a" },
    { at: at("2026-11-25T10:00:00Z"), direction: "OUT", amountFen: 1_000n, counterparty: null },
  ],
  rules: [
    { name: "短时间内快进快出", explanation: "资金转入后 30 分钟内转出 98%，阈值 90%。", count: 2 },
    { name: "多对一集中转入", explanation: "24 小时内自 12 个不同账户转入", count: 1 },
  ],
  characteristicCodes: ["RAPID_IN_OUT", "DISPERSED_IN_CONCENTRATED_OUT", "UNKNOWN_CODE"],
  crimeLabel: "电信网络诈骗",
};

describe("the STR narrative's first part (资金交易及客户行为情况)", () => {
  it("states the span, counts and totals in and out, and the distinct counterparties", () => {
    expect(draftFacts(fixture)).toBe(
      "客户张伟于2026年11月20日至11月27日期间，通过本行钱包账户共转入资金2笔、合计人民币486,000.00元，转出资金3笔、合计人民币479,510.00元，涉及交易对手3个。转出金额为转入金额的98.7%。",
    );
  });

  it("reads one day as one day and a span over the new year with both years", () => {
    expect(draftFacts({ ...fixture, transactions: [fixture.transactions[0]!] })).toBe("客户张伟于2026年11月20日，通过本行钱包账户共转入资金1笔、合计人民币200,000.00元，无资金转出，涉及交易对手1个。");
    const newYear = [
      { at: at("2026-12-30T04:00:00Z"), direction: "OUT" as const, amountFen: 5_000n, counterparty: null },
      { at: at("2027-01-02T04:00:00Z"), direction: "OUT" as const, amountFen: 12_345_678n, counterparty: null },
    ];
    expect(draftFacts({ ...fixture, transactions: newYear })).toBe("客户张伟于2026年12月30日至2027年1月2日期间，通过本行钱包账户无资金转入，转出资金2笔、合计人民币123,506.78元。");
  });
});

describe("the STR narrative's second part (疑点分析)", () => {
  it("lists the rules with their explanations, the characteristics' wording and the suspected crime", () => {
    expect(draftAnalysis(fixture)).toBe(
      "经本行监测分析，该客户交易存在以下疑点：一是短时间内快进快出（共触发2次）：资金转入后 30 分钟内转出 98%，阈值 90%；二是多对一集中转入：24 小时内自 12 个不同账户转入。" +
        "上述交易符合“资金快进快出，不留余额或少留余额”、“短期内资金分散转入、集中转出”的可疑交易特征。" +
        "综合判断，该客户资金交易与其身份及以往交易习惯明显不符，涉嫌电信网络诈骗，特此报告。",
    );
  });

  it("without a crime named, says what is suspected in general", () => {
    expect(draftAnalysis({ ...fixture, rules: [], characteristicCodes: [], crimeLabel: null })).toBe(
      "经本行监测分析，该客户交易存在疑点。综合判断，该客户资金交易与其身份及以往交易习惯明显不符，存在洗钱或其他违法犯罪嫌疑，特此报告。",
    );
  });
});

describe("helpers", () => {
  it("formats yuan as the regulator writes it", () => {
    expect(rmb(0n)).toBe("人民币0.00元");
    expect(rmb(123_456_789_05n)).toBe("人民币123,456,789.05元");
  });

  it("picks a default crime type from the characteristics", () => {
    expect(defaultCrimeType(["STRUCTURING", "RAPID_IN_OUT"])).toBe("TELECOM_FRAUD");
    expect(defaultCrimeType(["ABNORMAL_ACCESS"])).toBe("FINANCIAL_FRAUD");
    expect(defaultCrimeType(["STRUCTURING"])).toBe("UNDETERMINED");
    expect(defaultCrimeType([])).toBe("UNDETERMINED");
  });
});
