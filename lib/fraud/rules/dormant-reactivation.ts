// 长期闲置账户突然启用: a wallet with no money moving for a long time suddenly receives or sends a large
// amount. Activity is any top-up, transfer in or out, payment or withdrawal that succeeded or is pending
// (refunds and cashback are the platform's doing). The wallet's current spell of activity (its
// transactions within the reactivation window before this one) must follow a silence of at least the
// dormancy period; a wallet with no known earlier activity is not judged (no history is not dormancy).
import { DAY_MS, daysText, defineRule, duration, HOUR_MS, isInflow, isLive, isOutflow, money, nounFor, overScore } from "@/lib/fraud/rules/shared";

export type DormantReactivationParams = { dormantDays: number; reactivationHours: number; minAmountFen: number };

export const DORMANT_REACTIVATION = defineRule<DormantReactivationParams>({
  code: "DORMANT_REACTIVATION",
  name: { "zh-CN": "长期闲置账户突然启用", en: "Dormant account reactivated" },
  description: {
    "zh-CN": "钱包长期没有资金收付后突然启用，并在短期内出现大额收付（单笔达到最低金额）。",
    en: "A wallet with no money in or out for a long time is suddenly used again, with a large amount received or paid within a short time (one transaction at least the minimum amount).",
  },
  characteristic: "DORMANT_ACCOUNT_ACTIVATED",
  defaultSeverity: "MEDIUM",
  targets: ["DORMANT_REACTIVATION"],
  params: {
    dormantDays: { label: { "zh-CN": "闲置天数", en: "Days idle" }, unit: "days", min: 7, max: 3_650, integer: true, default: 60 },
    reactivationHours: { label: { "zh-CN": "启用后观察时长", en: "Reactivation window" }, unit: "hours", min: 1, max: 720, integer: true, default: 72 },
    minAmountFen: { label: { "zh-CN": "最低单笔金额", en: "Minimum amount" }, unit: "fen", min: 10_000, max: 10_000_000_000, integer: true, default: 500_000 },
  },
  evaluate(tx, history, params) {
    if (!(isInflow(tx.type) || isOutflow(tx.type)) || !isLive(tx.status)) return null;
    if (Number(tx.amountFen) < params.minAmountFen) return null;
    const at = tx.createdAt.getTime();
    const spellFrom = at - params.reactivationHours * HOUR_MS;
    const prior = history.prior;
    const ids: bigint[] = [];
    let spellStart = at;
    let n = 1;
    let total = tx.amountFen;
    let previous: number | null = null;
    for (let i = prior.length - 1; i >= 0; i--) {
      const p = prior[i]!;
      if (!(isInflow(p.type) || isOutflow(p.type)) || !isLive(p.status)) continue;
      const t = p.createdAt.getTime();
      if (t >= spellFrom) {
        spellStart = t;
        n++;
        total += p.amountFen;
        if (p.id !== null) ids.push(p.id);
        continue;
      }
      previous = t;
      break;
    }
    previous ??= history.lastActivityBeforeWindow?.getTime() ?? null;
    if (previous === null) return null;
    const idleMs = spellStart - previous;
    if (idleMs < params.dormantDays * DAY_MS) return null;
    ids.reverse();
    if (tx.id !== null) ids.push(tx.id);
    const idleDays = Math.floor(idleMs / DAY_MS);
    const idle = daysText(idleDays);
    const min = money(BigInt(params.minAmountFen));
    const amount = money(tx.amountFen);
    const noun = nounFor(tx.type);
    const threshold = {
      "zh-CN": `阈值为闲置 ${params.dormantDays} 天以上、单笔不低于 ${min["zh-CN"]}`,
      en: `threshold: ${daysText(params.dormantDays).en} idle and at least ${min.en} in one transaction`,
    };
    const facts = { idleDays, spellCount: n, spellTotalFen: Number(total), amountFen: Number(tx.amountFen), dormantDays: params.dormantDays, reactivationHours: params.reactivationHours, minAmountFen: params.minAmountFen };
    const score = overScore((idleMs / (params.dormantDays * DAY_MS) + Number(tx.amountFen) / params.minAmountFen) / 2);
    if (n === 1) {
      return {
        score,
        explanation: {
          "zh-CN": `闲置 ${idle["zh-CN"]}后突然启用，${noun.zh} ${amount["zh-CN"]}；${threshold["zh-CN"]}`,
          en: `Used again after ${idle.en} idle: a ${noun.one} of ${amount.en}; ${threshold.en}`,
        },
        transactionIds: ids,
        facts,
      };
    }
    const span = duration(at - spellStart);
    const sum = money(total);
    return {
      score,
      explanation: {
        "zh-CN": `闲置 ${idle["zh-CN"]}后突然启用，${span["zh-CN"]}内收付 ${n} 笔，合计 ${sum["zh-CN"]}，本笔${noun.zh} ${amount["zh-CN"]}；${threshold["zh-CN"]}`,
        en: `Used again after ${idle.en} idle: ${n} transactions totalling ${sum.en} within ${span.en}, this one a ${noun.one} of ${amount.en}; ${threshold.en}`,
      },
      transactionIds: ids,
      facts,
    };
  },
});
