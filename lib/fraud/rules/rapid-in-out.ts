// 快进快出: money topped up or received and sent on (transfer out or withdrawal) within minutes, leaving
// little behind. Counts top-ups and transfers in within the window before the scored transfer out or
// withdrawal, and the transfers out and withdrawals since the earliest of them; succeeded and pending only.
import { defineRule, duration, isInflow, isLive, MINUTE_MS, minutesText, money, overScore, percentText } from "@/lib/fraud/rules/shared";
import type { TransactionType } from "@/lib/generated/prisma/enums";

export type RapidInOutParams = { windowMinutes: number; minInflowFen: number; minOutShare: number };

function isSendOn(type: TransactionType): boolean {
  return type === "TRANSFER_OUT" || type === "WITHDRAWAL";
}

export const RAPID_IN_OUT = defineRule<RapidInOutParams>({
  code: "RAPID_IN_OUT",
  name: { "zh-CN": "快进快出", en: "Rapid in and out" },
  description: {
    "zh-CN": "充值或转入后短时间内即转出或提现，转出金额占转入的大部分，不留或少留余额。",
    en: "Money topped up or received and, within minutes, transferred out or withdrawn almost whole, leaving no or little balance.",
  },
  characteristic: "RAPID_IN_OUT",
  defaultSeverity: "HIGH",
  targets: ["RAPID_IN_OUT"],
  params: {
    windowMinutes: { label: { "zh-CN": "统计时间窗", en: "Window" }, unit: "minutes", min: 1, max: 1_440, integer: true, default: 60 },
    minInflowFen: { label: { "zh-CN": "转入合计下限", en: "Minimum money in" }, unit: "fen", min: 10_000, max: 10_000_000_000, integer: true, default: 1_000_000 },
    minOutShare: { label: { "zh-CN": "转出占转入比例", en: "Share sent on" }, unit: "ratio", min: 0.5, max: 1, integer: false, default: 0.9 },
  },
  evaluate(tx, history, params) {
    if (!isSendOn(tx.type) || !isLive(tx.status)) return null;
    const at = tx.createdAt.getTime();
    const from = at - params.windowMinutes * MINUTE_MS;
    const prior = history.prior;
    let inTotal = 0n;
    let nIn = 0;
    let earliestIn = at;
    // Backwards, outflows are met before the inflows they follow: at each inflow, remember what went out after it.
    let outSoFar = tx.amountFen;
    let nOutSoFar = 1;
    let outAfterFirstIn = 0n;
    let nOutAfterFirstIn = 0;
    let lastIndex = prior.length;
    for (let i = prior.length - 1; i >= 0; i--) {
      const p = prior[i]!;
      const t = p.createdAt.getTime();
      if (t < from) break;
      if (!isLive(p.status)) continue;
      if (isInflow(p.type)) {
        inTotal += p.amountFen;
        nIn++;
        earliestIn = t;
        outAfterFirstIn = outSoFar;
        nOutAfterFirstIn = nOutSoFar;
        lastIndex = i;
      } else if (isSendOn(p.type)) {
        outSoFar += p.amountFen;
        nOutSoFar++;
      }
    }
    if (nIn === 0 || Number(inTotal) < params.minInflowFen) return null;
    const share = Number(outAfterFirstIn) / Number(inTotal);
    if (share < params.minOutShare) return null;
    const ids: bigint[] = [];
    for (let i = lastIndex; i < prior.length; i++) {
      const p = prior[i]!;
      if (p.id !== null && isLive(p.status) && (isInflow(p.type) || isSendOn(p.type))) ids.push(p.id);
    }
    if (tx.id !== null) ids.push(tx.id);
    const span = duration(at - earliestIn);
    const inText = money(inTotal);
    const outText = money(outAfterFirstIn);
    const minIn = money(BigInt(params.minInflowFen));
    const window = minutesText(params.windowMinutes);
    return {
      score: overScore(Math.min(2, Number(inTotal) / params.minInflowFen) * (share / params.minOutShare)),
      explanation: {
        "zh-CN": `${span["zh-CN"]}内充值或转入 ${inText["zh-CN"]}（${nIn} 笔）后转出或提现 ${outText["zh-CN"]}（${nOutAfterFirstIn} 笔），占转入的 ${percentText(share)}；阈值为 ${window["zh-CN"]}内转入不低于 ${minIn["zh-CN"]}、转出占比 ${percentText(params.minOutShare)}`,
        en: `${inText.en} topped up or received (${nIn}) and ${outText.en} sent on or withdrawn (${nOutAfterFirstIn}) within ${span.en}, ${percentText(share)} of the money in; threshold: at least ${minIn.en} in and ${percentText(params.minOutShare)} out within ${window.en}`,
      },
      transactionIds: ids,
      facts: { inFen: Number(inTotal), inCount: nIn, outFen: Number(outAfterFirstIn), outCount: nOutAfterFirstIn, outShare: Math.round(share * 1000) / 1000, spanMinutes: Math.max(1, Math.ceil((at - earliestIn) / MINUTE_MS)), windowMinutes: params.windowMinutes, minInflowFen: params.minInflowFen, minOutShare: params.minOutShare },
    };
  },
});
