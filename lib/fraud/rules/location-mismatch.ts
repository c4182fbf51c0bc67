// 交易地与常用地不符: the IP address a transaction comes from is in a country that is neither the
// transaction's own (the merchant's or the counterparty bank's) nor any country the wallet used in its
// history, by transaction or by IP address. Customer-initiated transactions only (top-ups, payments,
// transfers out, withdrawals), succeeded or pending; addresses the geo table does not know are not judged.
import { ipCountry } from "@/lib/fraud/geo";
import { countryNames } from "@/lib/i18n/regions";
import { defineRule, isCustomerInitiated, isLive, money, nounFor, overScore } from "@/lib/fraud/rules/shared";
import { HISTORY_DAYS } from "@/lib/fraud/rules/types";

export type LocationMismatchParams = { minHistoryCount: number; minAmountFen: number };

export const LOCATION_MISMATCH = defineRule<LocationMismatchParams>({
  code: "LOCATION_MISMATCH",
  name: { "zh-CN": "交易地与常用地不符", en: "Location mismatch" },
  description: {
    "zh-CN": `交易 IP 地址所在国家或地区既不是交易发生地，也不是该钱包近 ${HISTORY_DAYS} 天交易或登录用过的任何国家或地区（如境外 IP 操作境内交易）。`,
    en: `The IP address of a transaction is in a country or region that is neither where the transaction takes place nor any the wallet used, by transaction or by IP address, in the last ${HISTORY_DAYS} days (a foreign IP address operating a domestic payment, for instance).`,
  },
  characteristic: "ABNORMAL_ACCESS",
  defaultSeverity: "MEDIUM",
  targets: ["ACCOUNT_TAKEOVER", "LOCATION_HOP"],
  params: {
    minHistoryCount: { label: { "zh-CN": "所需历史交易笔数", en: "Past transactions needed" }, unit: "count", min: 1, max: 100, integer: true, default: 3 },
    minAmountFen: { label: { "zh-CN": "最低单笔金额", en: "Minimum amount" }, unit: "fen", min: 0, max: 10_000_000_000, integer: true, default: 10_000 },
  },
  evaluate(tx, history, params) {
    if (!isCustomerInitiated(tx.type) || !isLive(tx.status)) return null;
    if (Number(tx.amountFen) < params.minAmountFen) return null;
    const from = ipCountry(tx.ip);
    if (from === null || from === tx.country) return null;
    const prior = history.prior;
    let n = 0;
    // The countries the wallet used, for the explanation: few, so a short list (no set) is enough.
    const usual: string[] = [];
    for (let i = prior.length - 1; i >= 0; i--) {
      const p = prior[i]!;
      if (!isCustomerInitiated(p.type) || !isLive(p.status)) continue;
      if (p.ip === tx.ip || p.country === from) return null;
      const pIp = ipCountry(p.ip);
      if (pIp === from) return null;
      n++;
      if (!usual.includes(p.country)) usual.push(p.country);
      if (pIp !== null && !usual.includes(pIp)) usual.push(pIp);
    }
    if (n < params.minHistoryCount) return null;
    usual.sort();
    const ipName = countryNames(from);
    const txName = countryNames(tx.country);
    const usualNames = usual.map(countryNames);
    const noun = nounFor(tx.type);
    const amount = money(tx.amountFen);
    return {
      score: overScore(1 + Math.min(1, (n - params.minHistoryCount + 1) / (params.minHistoryCount * 4))),
      explanation: {
        "zh-CN": `${noun.zh} ${amount["zh-CN"]} 来自${ipName["zh-CN"]}的 IP 地址 ${tx.ip}，交易发生地为${txName["zh-CN"]}，该钱包近 ${HISTORY_DAYS} 天 ${n} 笔交易只用过${usualNames.map((c) => c["zh-CN"]).join("、")}；阈值为与交易地及常用地均不符且至少 ${params.minHistoryCount} 笔历史交易`,
        en: `A ${noun.one} of ${amount.en} from an IP address in ${ipName.en} (${tx.ip}) while the transaction is in ${txName.en}, and the wallet's ${n} transactions of the last ${HISTORY_DAYS} days used only ${usualNames.map((c) => c.en).join(", ")}; threshold: unlike both the transaction's and the usual countries, with at least ${params.minHistoryCount} past transactions`,
      },
      transactionIds: tx.id !== null ? [tx.id] : [],
      facts: { ip: tx.ip, ipCountry: from, transactionCountry: tx.country, usualCountries: usual.join(","), pastCount: n, minHistoryCount: params.minHistoryCount },
    };
  },
});
