// 夜间高频多对手转账（跑分）: many transfers in and out at night (Shanghai time) with many different
// counterparties: a wallet rented out to move other people's money. Counts transfers in and out that
// succeeded or are pending, made within the night hours and within the window before the scored one.
import { counterpartyKey, defineRule, duration, HOUR_MS, hoursText, isLive, money, overScore } from "@/lib/fraud/rules/shared";
import type { TransactionType } from "@/lib/generated/prisma/enums";
import { shanghaiClock } from "@/lib/time";

export type NightTransfersParams = { nightStartHour: number; nightEndHour: number; windowHours: number; minCount: number; minCounterparties: number };

function isTransfer(type: TransactionType): boolean {
  return type === "TRANSFER_IN" || type === "TRANSFER_OUT";
}

/** Whether a Shanghai hour is in [start, end), the night wrapping past midnight when start > end. */
export function isNightHour(hour: number, start: number, end: number): boolean {
  return start < end ? hour >= start && hour < end : start > end ? hour >= start || hour < end : false;
}

function clock(hour: number): string {
  return `${String(hour).padStart(2, "0")}:00`;
}

export const NIGHT_TRANSFERS = defineRule<NightTransfersParams>({
  code: "NIGHT_TRANSFERS",
  name: { "zh-CN": "夜间高频多对手转账（跑分）", en: "Night-time transfers with many counterparties" },
  description: {
    "zh-CN": "夜间（北京时间）短时间内频繁转入转出，涉及众多不同对手方，疑似出租、出借账户“跑分”。",
    en: "Frequent transfers in and out at night (Beijing time) with many different counterparties: a wallet rented out to move others' money.",
  },
  characteristic: "FREQUENT_NIGHT_TRANSACTIONS",
  defaultSeverity: "HIGH",
  targets: ["NIGHT_RUNNING"],
  params: {
    nightStartHour: { label: { "zh-CN": "夜间开始（时）", en: "Night starts (hour)" }, unit: "hour-of-day", min: 0, max: 23, integer: true, default: 0 },
    nightEndHour: { label: { "zh-CN": "夜间结束（时）", en: "Night ends (hour)" }, unit: "hour-of-day", min: 0, max: 23, integer: true, default: 5 },
    windowHours: { label: { "zh-CN": "统计时间窗", en: "Window" }, unit: "hours", min: 1, max: 12, integer: true, default: 6 },
    minCount: { label: { "zh-CN": "转账笔数阈值", en: "Transfers threshold" }, unit: "count", min: 2, max: 500, integer: true, default: 6 },
    minCounterparties: { label: { "zh-CN": "对手方数阈值", en: "Counterparties threshold" }, unit: "count", min: 2, max: 200, integer: true, default: 4 },
  },
  evaluate(tx, history, params) {
    if (!isTransfer(tx.type) || !isLive(tx.status)) return null;
    const { nightStartHour: start, nightEndHour: end } = params;
    if (!isNightHour(shanghaiClock(tx.createdAt).hour, start, end)) return null;
    const at = tx.createdAt.getTime();
    const from = at - params.windowHours * HOUR_MS;
    const prior = history.prior;
    const others = new Set<string>();
    const own = counterpartyKey(tx);
    if (own !== null) others.add(own);
    const ids: bigint[] = [];
    let n = 1;
    let total = tx.amountFen;
    let earliest = at;
    for (let i = prior.length - 1; i >= 0; i--) {
      const p = prior[i]!;
      const t = p.createdAt.getTime();
      if (t < from) break;
      if (!isTransfer(p.type) || !isLive(p.status) || !isNightHour(shanghaiClock(p.createdAt).hour, start, end)) continue;
      n++;
      total += p.amountFen;
      earliest = t;
      const key = counterpartyKey(p);
      if (key !== null) others.add(key);
      if (p.id !== null) ids.push(p.id);
    }
    const k = others.size;
    if (n < params.minCount || k < params.minCounterparties) return null;
    ids.reverse();
    if (tx.id !== null) ids.push(tx.id);
    const span = duration(at - earliest);
    const sum = money(total);
    const window = hoursText(params.windowHours);
    const night = `${clock(start)}–${clock(end)}`;
    return {
      score: overScore((n / params.minCount + k / params.minCounterparties) / 2),
      explanation: {
        "zh-CN": `夜间（${night}）${span["zh-CN"]}内转入转出 ${n} 笔，涉及 ${k} 个不同对手方，合计 ${sum["zh-CN"]}；阈值为 ${window["zh-CN"]}内 ${params.minCount} 笔且 ${params.minCounterparties} 个对手方`,
        en: `${n} transfers in and out at night (${night}) within ${span.en} with ${k} different counterparties, totalling ${sum.en}; threshold: ${params.minCount} transfers and ${params.minCounterparties} counterparties within ${window.en}`,
      },
      transactionIds: ids,
      facts: { count: n, counterparties: k, totalFen: Number(total), spanMinutes: Math.max(1, Math.ceil((at - earliest) / 60_000)), nightStartHour: start, nightEndHour: end, windowHours: params.windowHours, minCount: params.minCount, minCounterparties: params.minCounterparties },
    };
  },
});
