// 新设备大额交易: a large payment, transfer out or withdrawal (succeeded or pending) from a device the wallet
// first used only hours ago, on a wallet with older history on other devices: the shape of an account takeover.
// "New" is judged on the history the rules see (the last 30 days): a device unused for longer counts as new.
import { defineRule, duration, HOUR_MS, hoursText, isLive, isOutflow, money, nounFor, overScore } from "@/lib/fraud/rules/shared";

export type NewDeviceHighValueParams = { minAmountFen: number; newWithinHours: number };

export const NEW_DEVICE_HIGH_VALUE = defineRule<NewDeviceHighValueParams>({
  code: "NEW_DEVICE_HIGH_VALUE",
  name: { "zh-CN": "新设备大额交易", en: "High value from a new device" },
  description: {
    "zh-CN": "钱包已有其他设备的交易记录，而一台在近期才首次使用（近 30 天内未出现过）的设备发起大额付款、转出或提现。",
    en: "A large payment, transfer out or withdrawal from a device first used on the wallet only recently (not seen in the last 30 days before), on a wallet with earlier activity on other devices.",
  },
  characteristic: "ABNORMAL_ACCESS",
  defaultSeverity: "CRITICAL",
  targets: ["ACCOUNT_TAKEOVER"],
  params: {
    minAmountFen: { label: { "zh-CN": "单笔金额阈值", en: "Amount threshold" }, unit: "fen", min: 10_000, max: 10_000_000_000, integer: true, default: 300_000 },
    newWithinHours: { label: { "zh-CN": "视为新设备的时长", en: "A device counts as new for" }, unit: "hours", min: 1, max: 720, integer: true, default: 24 },
  },
  evaluate(tx, history, params) {
    if (!isOutflow(tx.type) || !isLive(tx.status)) return null;
    if (Number(tx.amountFen) < params.minAmountFen) return null;
    const at = tx.createdAt.getTime();
    const prior = history.prior;
    // One backwards pass: the device's first use (any status) and whether another device was used before it.
    let firstSeen = at;
    let otherBefore = history.lastActivityBeforeWindow !== null;
    let otherEarliest = Number.POSITIVE_INFINITY;
    let sent = tx.amountFen;
    let n = 1;
    const ids: bigint[] = [];
    for (let i = prior.length - 1; i >= 0; i--) {
      const p = prior[i]!;
      const t = p.createdAt.getTime();
      if (p.deviceId === tx.deviceId) {
        firstSeen = t;
        if (at - t > params.newWithinHours * HOUR_MS) return null;
        if (isOutflow(p.type) && isLive(p.status)) {
          sent += p.amountFen;
          n++;
          if (p.id !== null) ids.push(p.id);
        }
      } else if (t < otherEarliest) {
        otherEarliest = t;
      }
    }
    if (otherEarliest < firstSeen) otherBefore = true;
    if (!otherBefore) return null;
    ids.reverse();
    if (tx.id !== null) ids.push(tx.id);
    const noun = nounFor(tx.type);
    const amount = money(tx.amountFen);
    const min = money(BigInt(params.minAmountFen));
    const window = hoursText(params.newWithinHours);
    const threshold = {
      "zh-CN": `阈值为新设备（首次使用 ${window["zh-CN"]}内）单笔 ${min["zh-CN"]}`,
      en: `threshold: ${min.en} in one transaction from a device first used within ${window.en}`,
    };
    const facts = { amountFen: Number(tx.amountFen), deviceId: tx.deviceId, minutesSinceFirstUse: Math.floor((at - firstSeen) / 60_000), sentFromDeviceFen: Number(sent), transactionsFromDevice: n, minAmountFen: params.minAmountFen, newWithinHours: params.newWithinHours };
    const score = overScore(Number(tx.amountFen) / params.minAmountFen);
    if (firstSeen === at) {
      return {
        score,
        explanation: {
          "zh-CN": `首次使用的新设备发起${noun.zh} ${amount["zh-CN"]}；${threshold["zh-CN"]}`,
          en: `A ${noun.one} of ${amount.en} from a device never used on this wallet before; ${threshold.en}`,
        },
        transactionIds: ids,
        facts,
      };
    }
    const age = duration(at - firstSeen);
    const total = money(sent);
    return {
      score,
      explanation: {
        "zh-CN": `${age["zh-CN"]}前首次使用的新设备发起${noun.zh} ${amount["zh-CN"]}，该设备累计支出 ${total["zh-CN"]}（${n} 笔）；${threshold["zh-CN"]}`,
        en: `A ${noun.one} of ${amount.en} from a device first used on this wallet ${age.en} ago (${total.en} sent from it in ${n} transactions); ${threshold.en}`,
      },
      transactionIds: ids,
      facts,
    };
  },
});
