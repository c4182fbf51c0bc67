// 拆分交易规避大额报告: on one Shanghai calendar day, several transactions of one kind each just under the
// large-value transaction report threshold for that kind (中国人民银行令〔2016〕第 3 号 article 5): cash-like
// top-ups and withdrawals ¥50,000, a person's domestic transfers out ¥500,000, a person's cross-border
// transfers and payments ¥200,000. "Just under" is within the margin below the threshold. Succeeded and
// pending only. The history is the wallet's: one customer's one wallet.
import type { TransactionType } from "@/lib/generated/prisma/enums";
import { defineRule, isLive, money, overScore, percentText } from "@/lib/fraud/rules/shared";
import type { Localized } from "@/lib/fraud/rules/types";
import { shanghaiDayRange } from "@/lib/time";

export type StructuringParams = {
  cashThresholdFen: number;
  domesticTransferThresholdFen: number;
  crossBorderThresholdFen: number;
  marginRatio: number;
  minCount: number;
};

type Kind = "cash" | "domestic" | "crossBorder";

function kindOf(type: TransactionType, crossBorder: boolean): Kind | null {
  if (type === "TOP_UP" || type === "WITHDRAWAL") return "cash";
  if (type === "TRANSFER_OUT") return crossBorder ? "crossBorder" : "domestic";
  if (type === "PAYMENT" && crossBorder) return "crossBorder";
  return null;
}

const KIND_WORDS: Record<Kind, Localized> = {
  cash: { "zh-CN": "充值或提现", en: "top-ups or withdrawals" },
  domestic: { "zh-CN": "境内转账", en: "domestic transfers" },
  crossBorder: { "zh-CN": "跨境转账或付款", en: "cross-border transfers or payments" },
};

export const STRUCTURING = defineRule<StructuringParams>({
  code: "STRUCTURING",
  name: { "zh-CN": "拆分交易规避大额报告", en: "Structuring under the large-value report" },
  description: {
    "zh-CN": "同一自然日内多笔同类交易金额均略低于大额交易报告标准：充值或提现 5 万元、个人境内转账 50 万元、个人跨境转账或付款 20 万元。",
    en: "Several transactions of one kind on the same day, each just under its large-value report threshold: top-ups or withdrawals ¥50,000, a person's domestic transfers ¥500,000, a person's cross-border transfers or payments ¥200,000.",
  },
  characteristic: "STRUCTURING",
  defaultSeverity: "HIGH",
  targets: ["STRUCTURING"],
  params: {
    cashThresholdFen: { label: { "zh-CN": "充值或提现大额标准", en: "Top-up or withdrawal threshold" }, unit: "fen", min: 100_000, max: 10_000_000_000, integer: true, default: 5_000_000 },
    domesticTransferThresholdFen: { label: { "zh-CN": "境内转账大额标准", en: "Domestic transfer threshold" }, unit: "fen", min: 100_000, max: 10_000_000_000, integer: true, default: 50_000_000 },
    crossBorderThresholdFen: { label: { "zh-CN": "跨境交易大额标准", en: "Cross-border threshold" }, unit: "fen", min: 100_000, max: 10_000_000_000, integer: true, default: 20_000_000 },
    marginRatio: { label: { "zh-CN": "低于标准的幅度", en: "Margin below the threshold" }, unit: "ratio", min: 0.01, max: 0.5, integer: false, default: 0.1 },
    minCount: { label: { "zh-CN": "同日笔数阈值", en: "Count on one day" }, unit: "count", min: 2, max: 50, integer: true, default: 3 },
  },
  evaluate(tx, history, params) {
    if (!isLive(tx.status)) return null;
    const kind = kindOf(tx.type, tx.crossBorder);
    if (kind === null) return null;
    const thresholdFen = kind === "cash" ? params.cashThresholdFen : kind === "domestic" ? params.domesticTransferThresholdFen : params.crossBorderThresholdFen;
    const threshold = BigInt(Math.round(thresholdFen));
    const lower = threshold - BigInt(Math.round(thresholdFen * params.marginRatio));
    const justUnder = (amount: bigint) => amount >= lower && amount < threshold;
    if (!justUnder(tx.amountFen)) return null;
    const dayStart = shanghaiDayRange(tx.createdAt).start.getTime();
    const prior = history.prior;
    const ids: bigint[] = [];
    let n = 1;
    let total = tx.amountFen;
    for (let i = prior.length - 1; i >= 0; i--) {
      const p = prior[i]!;
      if (p.createdAt.getTime() < dayStart) break;
      if (!isLive(p.status) || kindOf(p.type, p.crossBorder) !== kind || !justUnder(p.amountFen)) continue;
      n++;
      total += p.amountFen;
      if (p.id !== null) ids.push(p.id);
    }
    if (n < params.minCount) return null;
    ids.reverse();
    if (tx.id !== null) ids.push(tx.id);
    const words = KIND_WORDS[kind];
    const limit = money(threshold);
    const floor = money(lower);
    const sum = money(total);
    return {
      score: overScore(n / params.minCount),
      explanation: {
        "zh-CN": `同一自然日内 ${n} 笔${words["zh-CN"]}金额均略低于 ${limit["zh-CN"]} 的大额交易报告标准（${floor["zh-CN"]} 至 ${limit["zh-CN"]} 之间），合计 ${sum["zh-CN"]}；阈值为同日 ${params.minCount} 笔、低于标准不超过 ${percentText(params.marginRatio)}`,
        en: `${n} ${words.en} on the same day, each just under the ${limit.en} large-value report threshold (between ${floor.en} and ${limit.en}), totalling ${sum.en}; threshold: ${params.minCount} in one day, at most ${percentText(params.marginRatio)} under the threshold`,
      },
      transactionIds: ids,
      facts: { kind, count: n, totalFen: Number(total), reportThresholdFen: thresholdFen, lowerBoundFen: Number(lower), minCount: params.minCount, marginRatio: params.marginRatio },
    };
  },
});
