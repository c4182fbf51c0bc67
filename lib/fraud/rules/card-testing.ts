// 盗卡测试（小额试探）: a burst of tiny online payments, many of them declined: someone trying stolen card
// details. Counts online payments at or under the small-amount ceiling within the window; the threshold is
// on the FAILED ones (declines are the signal), the successful ones are listed with them.
import type { ScoredTransaction } from "@/lib/fraud/rules/types";
import { defineRule, duration, MINUTE_MS, minutesText, money, overScore } from "@/lib/fraud/rules/shared";

export type CardTestingParams = { windowMinutes: number; minFailed: number; maxAmountFen: number };

function isProbe(p: ScoredTransaction, maxAmountFen: number): boolean {
  return p.type === "PAYMENT" && p.channel === "ONLINE" && p.status !== "REVERSED" && Number(p.amountFen) <= maxAmountFen;
}

export const CARD_TESTING = defineRule<CardTestingParams>({
  code: "CARD_TESTING",
  name: { "zh-CN": "盗卡测试（小额试探）", en: "Card testing" },
  description: {
    "zh-CN": "短时间内多笔小额线上付款，其中多笔失败：疑似使用盗取的卡信息进行小额试探。",
    en: "Many small online payments within minutes, many of them declined: stolen card details being tried out.",
  },
  characteristic: "SMALL_PROBING_TRANSACTIONS",
  defaultSeverity: "HIGH",
  targets: ["CARD_TESTING"],
  params: {
    windowMinutes: { label: { "zh-CN": "统计时间窗", en: "Window" }, unit: "minutes", min: 1, max: 1_440, integer: true, default: 15 },
    minFailed: { label: { "zh-CN": "失败笔数阈值", en: "Failed payments threshold" }, unit: "count", min: 2, max: 200, integer: true, default: 6 },
    maxAmountFen: { label: { "zh-CN": "小额上限", en: "Small amount ceiling" }, unit: "fen", min: 100, max: 1_000_000, integer: true, default: 1_000 },
  },
  evaluate(tx, history, params) {
    if (!isProbe(tx, params.maxAmountFen)) return null;
    const at = tx.createdAt.getTime();
    const from = at - params.windowMinutes * MINUTE_MS;
    const prior = history.prior;
    const ids: bigint[] = [];
    let attempts = 1;
    let failed = tx.status === "FAILED" ? 1 : 0;
    let earliest = at;
    for (let i = prior.length - 1; i >= 0; i--) {
      const p = prior[i]!;
      const t = p.createdAt.getTime();
      if (t < from) break;
      if (!isProbe(p, params.maxAmountFen)) continue;
      attempts++;
      if (p.status === "FAILED") failed++;
      earliest = t;
      if (p.id !== null) ids.push(p.id);
    }
    if (failed < params.minFailed) return null;
    ids.reverse();
    if (tx.id !== null) ids.push(tx.id);
    const span = duration(at - earliest);
    const max = money(BigInt(params.maxAmountFen));
    const window = minutesText(params.windowMinutes);
    return {
      score: overScore(failed / params.minFailed),
      explanation: {
        "zh-CN": `${span["zh-CN"]}内 ${attempts} 笔小额线上付款（每笔不超过 ${max["zh-CN"]}），其中 ${failed} 笔失败；阈值为 ${window["zh-CN"]}内失败 ${params.minFailed} 笔`,
        en: `${attempts} small online payments (each at most ${max.en}) within ${span.en}, ${failed} of them failed; threshold: ${params.minFailed} failed within ${window.en}`,
      },
      transactionIds: ids,
      facts: { attempts, failed, spanMinutes: Math.max(1, Math.ceil((at - earliest) / MINUTE_MS)), windowMinutes: params.windowMinutes, minFailed: params.minFailed, maxAmountFen: params.maxAmountFen },
    };
  },
});
