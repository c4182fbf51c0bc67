// 分散转入集中转出: transfers in from many different counterparties within hours, then most of the money
// sent on to one recipient (a transfer out to one counterparty, or a withdrawal to the customer's card):
// the shape of a money-mule account. Succeeded and pending only.
import { counterpartyKey, defineRule, duration, HOUR_MS, hoursText, isLive, money, overScore, percentText } from "@/lib/fraud/rules/shared";
import type { TransactionType } from "@/lib/generated/prisma/enums";

export type FanInParams = { windowHours: number; minCounterparties: number; minInflowFen: number; minOutShare: number };

function isSendOn(type: TransactionType): boolean {
  return type === "TRANSFER_OUT" || type === "WITHDRAWAL";
}

export const FAN_IN = defineRule<FanInParams>({
  code: "FAN_IN",
  name: { "zh-CN": "分散转入集中转出", en: "Many in, one out" },
  description: {
    "zh-CN": "短期内从多个不同对手方分散转入资金，随后大部分资金集中转给同一收款方或提现。",
    en: "Money transferred in from many different counterparties within a short time, then most of it sent on to one recipient or withdrawn.",
  },
  characteristic: "DISPERSED_IN_CONCENTRATED_OUT",
  defaultSeverity: "HIGH",
  targets: ["MULE_RING"],
  params: {
    windowHours: { label: { "zh-CN": "统计时间窗", en: "Window" }, unit: "hours", min: 1, max: 168, integer: true, default: 24 },
    minCounterparties: { label: { "zh-CN": "转入对手方数", en: "Counterparties sending in" }, unit: "count", min: 2, max: 200, integer: true, default: 5 },
    minInflowFen: { label: { "zh-CN": "转入合计下限", en: "Minimum money in" }, unit: "fen", min: 10_000, max: 10_000_000_000, integer: true, default: 500_000 },
    minOutShare: { label: { "zh-CN": "集中转出占比", en: "Share sent on to one recipient" }, unit: "ratio", min: 0.1, max: 1, integer: false, default: 0.7 },
  },
  evaluate(tx, history, params) {
    if (!isSendOn(tx.type) || !isLive(tx.status)) return null;
    const at = tx.createdAt.getTime();
    const from = at - params.windowHours * HOUR_MS;
    const recipient = tx.type === "TRANSFER_OUT" ? counterpartyKey(tx) : null;
    const prior = history.prior;
    const senders = new Set<string>();
    let inTotal = 0n;
    let nIn = 0;
    let earliestIn = at;
    let lastIndex = prior.length;
    // What went to the same recipient after each inflow (backwards, outflows come first).
    let toRecipient = tx.amountFen;
    let toRecipientAfterFirstIn = 0n;
    for (let i = prior.length - 1; i >= 0; i--) {
      const p = prior[i]!;
      const t = p.createdAt.getTime();
      if (t < from) break;
      if (!isLive(p.status)) continue;
      if (p.type === "TRANSFER_IN") {
        const sender = counterpartyKey(p);
        if (sender === null || sender === recipient) continue;
        senders.add(sender);
        inTotal += p.amountFen;
        nIn++;
        earliestIn = t;
        lastIndex = i;
        toRecipientAfterFirstIn = toRecipient;
      } else if (p.type === tx.type && (tx.type === "WITHDRAWAL" || (recipient !== null && counterpartyKey(p) === recipient))) {
        toRecipient += p.amountFen;
      }
    }
    if (senders.size < params.minCounterparties || Number(inTotal) < params.minInflowFen) return null;
    const share = Number(toRecipientAfterFirstIn) / Number(inTotal);
    if (share < params.minOutShare) return null;
    const ids: bigint[] = [];
    for (let i = lastIndex; i < prior.length; i++) {
      const p = prior[i]!;
      if (p.id === null || !isLive(p.status)) continue;
      if (p.type === "TRANSFER_IN" || (p.type === tx.type && (tx.type === "WITHDRAWAL" || counterpartyKey(p) === recipient))) ids.push(p.id);
    }
    if (tx.id !== null) ids.push(tx.id);
    const span = duration(at - earliestIn);
    const inText = money(inTotal);
    const outText = money(toRecipientAfterFirstIn);
    const minIn = money(BigInt(params.minInflowFen));
    const window = hoursText(params.windowHours);
    const k = senders.size;
    const out = tx.type === "WITHDRAWAL" ? { "zh-CN": "集中提现", en: "withdrawn" } : { "zh-CN": "集中转给同一收款方", en: "sent on to one recipient" };
    return {
      score: overScore(k / params.minCounterparties),
      explanation: {
        "zh-CN": `${span["zh-CN"]}内从 ${k} 个不同对手方转入 ${nIn} 笔，合计 ${inText["zh-CN"]}，随后${out["zh-CN"]} ${outText["zh-CN"]}（占 ${percentText(share)}）；阈值为 ${window["zh-CN"]}内 ${params.minCounterparties} 个对手方、转入不低于 ${minIn["zh-CN"]}、集中转出占比 ${percentText(params.minOutShare)}`,
        en: `${nIn} transfers in from ${k} different counterparties within ${span.en} totalling ${inText.en}, then ${outText.en} ${out.en} (${percentText(share)}); threshold: ${params.minCounterparties} counterparties within ${window.en}, at least ${minIn.en} in and ${percentText(params.minOutShare)} sent on`,
      },
      transactionIds: ids,
      facts: { counterparties: k, inCount: nIn, inFen: Number(inTotal), outFen: Number(toRecipientAfterFirstIn), outShare: Math.round(share * 1000) / 1000, windowHours: params.windowHours, minCounterparties: params.minCounterparties, minInflowFen: params.minInflowFen, minOutShare: params.minOutShare },
    };
  },
});
