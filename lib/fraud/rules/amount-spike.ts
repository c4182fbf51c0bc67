// 单笔金额显著偏离历史: one payment or transfer out (succeeded or pending) many times the largest the
// customer made in the last 30 days. The baseline is the largest successful payment or transfer out (not the
// mean), so a customer whose amounts simply vary is not flagged; a wallet with too little history has no
// baseline and is not scored. Withdrawals to the customer's own bank card are neither scored nor in the
// baseline: the money stays the customer's (emptying a wallet to one's card is how people close them).
import type { TransactionType } from "@/lib/generated/prisma/enums";
import { defineRule, isLive, money, nounFor, overScore, ratioText } from "@/lib/fraud/rules/shared";
import { HISTORY_DAYS } from "@/lib/fraud/rules/types";

export type AmountSpikeParams = { multiple: number; minAmountFen: number; minHistoryCount: number };

function isSpending(type: TransactionType): boolean {
  return type === "PAYMENT" || type === "TRANSFER_OUT";
}

export const AMOUNT_SPIKE = defineRule<AmountSpikeParams>({
  code: "AMOUNT_SPIKE",
  name: { "zh-CN": "单笔金额显著偏离历史", en: "Amount far above the customer's history" },
  description: {
    "zh-CN": `单笔付款或转出金额达到客户近 ${HISTORY_DAYS} 天最大一笔成功付款或转出的若干倍，且不低于最低金额；近 ${HISTORY_DAYS} 天成功付款或转出笔数不足时不判断。提现至本人银行卡不在此列。`,
    en: `A payment or transfer out several times the largest successful payment or transfer out of the customer's last ${HISTORY_DAYS} days, and at least the minimum amount; not judged when the customer has too few of them in that time. Withdrawals to the customer's own bank card are not judged.`,
  },
  characteristic: "INCONSISTENT_WITH_PROFILE",
  defaultSeverity: "MEDIUM",
  targets: ["UNUSUAL_AMOUNT"],
  params: {
    multiple: { label: { "zh-CN": "相对历史最大单笔的倍数", en: "Multiple of the largest past amount" }, unit: "multiple", min: 1.5, max: 100, integer: false, default: 10 },
    minAmountFen: { label: { "zh-CN": "最低单笔金额", en: "Minimum amount" }, unit: "fen", min: 10_000, max: 10_000_000_000, integer: true, default: 2_000_000 },
    minHistoryCount: { label: { "zh-CN": "所需历史支出笔数", en: "Past outgoing transactions needed" }, unit: "count", min: 1, max: 100, integer: true, default: 3 },
  },
  evaluate(tx, history, params) {
    if (!isSpending(tx.type) || !isLive(tx.status)) return null;
    const amount = Number(tx.amountFen);
    if (amount < params.minAmountFen) return null;
    const prior = history.prior;
    let n = 0;
    let largest = 0n;
    for (let i = prior.length - 1; i >= 0; i--) {
      const p = prior[i]!;
      if (p.status !== "SUCCEEDED" || !isSpending(p.type)) continue;
      n++;
      if (p.amountFen > largest) largest = p.amountFen;
    }
    if (n < params.minHistoryCount || largest <= 0n) return null;
    const ratio = amount / Number(largest);
    if (ratio < params.multiple) return null;
    const noun = nounFor(tx.type);
    const amountText = money(tx.amountFen);
    const largestText = money(largest);
    const minText = money(BigInt(params.minAmountFen));
    const times = ratioText(ratio);
    const multiple = ratioText(params.multiple);
    return {
      score: overScore(ratio / params.multiple),
      explanation: {
        "zh-CN": `单笔${noun.zh} ${amountText["zh-CN"]}，为近 ${HISTORY_DAYS} 天 ${n} 笔付款或转出中最大单笔 ${largestText["zh-CN"]} 的 ${times} 倍；阈值为 ${multiple} 倍且不低于 ${minText["zh-CN"]}`,
        en: `A ${noun.one} of ${amountText.en}, ${times} times the largest of ${n} payments or transfers out in the last ${HISTORY_DAYS} days (${largestText.en}); threshold: ${multiple} times and at least ${minText.en}`,
      },
      transactionIds: tx.id !== null ? [tx.id] : [],
      facts: { amountFen: amount, largestPastFen: Number(largest), pastCount: n, ratio: Math.round(ratio * 10) / 10, multiple: params.multiple, minAmountFen: params.minAmountFen },
    };
  },
});
