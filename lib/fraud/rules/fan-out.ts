// 集中转入分散转出: money received or topped up, then transferred out to many different counterparties
// within hours. Counts top-ups and transfers in within the window, and the transfers out (and their distinct
// recipients) since the earliest of them; succeeded and pending only.
import { counterpartyKey, defineRule, duration, HOUR_MS, hoursText, isInflow, isLive, money, overScore, percentText } from "@/lib/fraud/rules/shared";

export type FanOutParams = { windowHours: number; minCounterparties: number; minInflowFen: number; minOutShare: number };

export const FAN_OUT = defineRule<FanOutParams>({
  code: "FAN_OUT",
  name: { "zh-CN": "集中转入分散转出", en: "One in, many out" },
  description: {
    "zh-CN": "短期内集中转入或充值的资金，随后分散转给多个不同的对手方，转出占转入的大部分。",
    en: "Money received or topped up within a short time, then transferred out to many different counterparties, most of it sent on.",
  },
  characteristic: "CONCENTRATED_IN_DISPERSED_OUT",
  defaultSeverity: "HIGH",
  targets: ["FAN_OUT"],
  params: {
    windowHours: { label: { "zh-CN": "统计时间窗", en: "Window" }, unit: "hours", min: 1, max: 168, integer: true, default: 24 },
    minCounterparties: { label: { "zh-CN": "转出对手方数", en: "Counterparties paid" }, unit: "count", min: 2, max: 200, integer: true, default: 5 },
    minInflowFen: { label: { "zh-CN": "转入合计下限", en: "Minimum money in" }, unit: "fen", min: 10_000, max: 10_000_000_000, integer: true, default: 1_000_000 },
    minOutShare: { label: { "zh-CN": "转出占转入比例", en: "Share sent on" }, unit: "ratio", min: 0.1, max: 1, integer: false, default: 0.7 },
  },
  evaluate(tx, history, params) {
    if (tx.type !== "TRANSFER_OUT" || !isLive(tx.status)) return null;
    const first = counterpartyKey(tx);
    if (first === null) return null;
    const at = tx.createdAt.getTime();
    const from = at - params.windowHours * HOUR_MS;
    const prior = history.prior;
    const recipients = new Set<string>([first]);
    let out = tx.amountFen;
    let nOut = 1;
    let inTotal = 0n;
    let nIn = 0;
    let earliestIn = at;
    let lastIndex = prior.length;
    let recipientsAfterFirstIn = 0;
    let outAfterFirstIn = 0n;
    let nOutAfterFirstIn = 0;
    for (let i = prior.length - 1; i >= 0; i--) {
      const p = prior[i]!;
      const t = p.createdAt.getTime();
      if (t < from) break;
      if (!isLive(p.status)) continue;
      if (isInflow(p.type)) {
        inTotal += p.amountFen;
        nIn++;
        earliestIn = t;
        lastIndex = i;
        recipientsAfterFirstIn = recipients.size;
        outAfterFirstIn = out;
        nOutAfterFirstIn = nOut;
      } else if (p.type === "TRANSFER_OUT") {
        const key = counterpartyKey(p);
        if (key !== null) recipients.add(key);
        out += p.amountFen;
        nOut++;
      }
    }
    if (recipientsAfterFirstIn < params.minCounterparties || Number(inTotal) < params.minInflowFen) return null;
    const share = Number(outAfterFirstIn) / Number(inTotal);
    if (share < params.minOutShare) return null;
    const ids: bigint[] = [];
    for (let i = lastIndex; i < prior.length; i++) {
      const p = prior[i]!;
      if (p.id !== null && isLive(p.status) && (isInflow(p.type) || p.type === "TRANSFER_OUT")) ids.push(p.id);
    }
    if (tx.id !== null) ids.push(tx.id);
    const span = duration(at - earliestIn);
    const inText = money(inTotal);
    const outText = money(outAfterFirstIn);
    const minIn = money(BigInt(params.minInflowFen));
    const window = hoursText(params.windowHours);
    const k = recipientsAfterFirstIn;
    return {
      score: overScore(k / params.minCounterparties),
      explanation: {
        "zh-CN": `${span["zh-CN"]}内转入或充值 ${inText["zh-CN"]}（${nIn} 笔）后分散转给 ${k} 个不同对手方 ${outText["zh-CN"]}（${nOutAfterFirstIn} 笔，占 ${percentText(share)}）；阈值为 ${window["zh-CN"]}内 ${params.minCounterparties} 个对手方、转入不低于 ${minIn["zh-CN"]}、转出占比 ${percentText(params.minOutShare)}`,
        en: `${inText.en} received or topped up (${nIn}) and ${outText.en} sent on to ${k} different counterparties (${nOutAfterFirstIn} transfers, ${percentText(share)}) within ${span.en}; threshold: ${params.minCounterparties} counterparties within ${window.en}, at least ${minIn.en} in and ${percentText(params.minOutShare)} sent on`,
      },
      transactionIds: ids,
      facts: { counterparties: k, inCount: nIn, inFen: Number(inTotal), outCount: nOutAfterFirstIn, outFen: Number(outAfterFirstIn), outShare: Math.round(share * 1000) / 1000, windowHours: params.windowHours, minCounterparties: params.minCounterparties, minInflowFen: params.minInflowFen, minOutShare: params.minOutShare },
    };
  },
});
