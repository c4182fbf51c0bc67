// 短时高频交易: many outgoing transactions (or a large sum) from one wallet within minutes, far beyond how
// people pay. Counts payments, transfers out and withdrawals that succeeded or are pending (failed small
// online payments are card testing's).
import type { TransactionType } from "@/lib/generated/prisma/enums";
import { count, defineRule, duration, isLive, isOutflow, MINUTE_MS, minutesText, money, nounFor, overScore } from "@/lib/fraud/rules/shared";

export type VelocityParams = { windowMinutes: number; minCount: number; minTotalFen: number };

export const VELOCITY = defineRule<VelocityParams>({
  code: "VELOCITY",
  name: { "zh-CN": "短时高频交易", en: "Transaction velocity" },
  description: {
    "zh-CN": "同一钱包在短时间内发生多笔付款、转出或提现（成功或处理中），笔数或合计金额达到阈值（按金额触发时至少 2 笔）。",
    en: "Several payments, transfers out or withdrawals (succeeded or pending) from one wallet within a short window, reaching the count or the total amount threshold (the amount needs at least 2 transactions).",
  },
  characteristic: "HIGH_FREQUENCY",
  defaultSeverity: "MEDIUM",
  targets: ["VELOCITY_BURST"],
  params: {
    windowMinutes: { label: { "zh-CN": "统计时间窗", en: "Window" }, unit: "minutes", min: 1, max: 1_440, integer: true, default: 10 },
    minCount: { label: { "zh-CN": "笔数阈值", en: "Count threshold" }, unit: "count", min: 2, max: 500, integer: true, default: 8 },
    minTotalFen: { label: { "zh-CN": "合计金额阈值", en: "Total amount threshold" }, unit: "fen", min: 100_000, max: 10_000_000_000, integer: true, default: 3_000_000 },
  },
  evaluate(tx, history, params) {
    if (!isOutflow(tx.type) || !isLive(tx.status)) return null;
    const at = tx.createdAt.getTime();
    const from = at - params.windowMinutes * MINUTE_MS;
    const prior = history.prior;
    const ids: bigint[] = [];
    let n = 1;
    let total = tx.amountFen;
    let earliest = at;
    let type: TransactionType | null = tx.type;
    for (let i = prior.length - 1; i >= 0; i--) {
      const p = prior[i]!;
      const t = p.createdAt.getTime();
      if (t < from) break;
      if (!isOutflow(p.type) || !isLive(p.status)) continue;
      n++;
      total += p.amountFen;
      earliest = t;
      if (p.type !== type) type = null;
      if (p.id !== null) ids.push(p.id);
    }
    const byCount = n >= params.minCount;
    const byAmount = n >= 2 && Number(total) >= params.minTotalFen;
    if (!byCount && !byAmount) return null;
    ids.reverse();
    if (tx.id !== null) ids.push(tx.id);
    const noun = nounFor(type);
    const span = duration(at - earliest);
    const sum = money(total);
    const window = minutesText(params.windowMinutes);
    const minTotal = money(BigInt(params.minTotalFen));
    return {
      score: overScore(Math.max(n / params.minCount, Number(total) / params.minTotalFen)),
      explanation: {
        "zh-CN": `${span["zh-CN"]}内 ${n} 笔${noun.zh}，合计 ${sum["zh-CN"]}；阈值为 ${window["zh-CN"]}内 ${params.minCount} 笔或合计 ${minTotal["zh-CN"]}`,
        en: `${count(n, noun.one, noun.many)} in ${span.en} totalling ${sum.en}; threshold: ${params.minCount} in ${window.en} or ${minTotal.en} in total`,
      },
      transactionIds: ids,
      facts: { count: n, totalFen: Number(total), spanMinutes: Math.max(1, Math.ceil((at - earliest) / MINUTE_MS)), windowMinutes: params.windowMinutes, minCount: params.minCount, minTotalFen: params.minTotalFen },
    };
  },
});
