// The suspicious-transaction characteristics the rules evidence, in the wording of the People's Bank of
// China's anti-money-laundering rules. The Measures for Large-value and Suspicious Transaction Reports
// (中国人民银行令〔2016〕第 3 号《金融机构大额交易和可疑交易报告管理办法》) replaced the fixed list of the
// 2006 rules with each institution's own monitoring standards; the PBOC's guidance on building them
// (银发〔2017〕108 号《义务机构反洗钱交易监测标准建设工作指引》) and on telecom and online fraud
// (银发〔2019〕85 号) keep the characteristics below. A rule's alert carries its code; the regulatory report
// (a later issue) prints the wording.
import type { Localized } from "@/lib/fraud/rules/types";

export interface SuspiciousCharacteristic {
  code: string;
  /** The characteristic as a suspicious-transaction report states it. */
  label: Localized;
}

export const CHARACTERISTICS = [
  {
    code: "DISPERSED_IN_CONCENTRATED_OUT",
    label: {
      "zh-CN": "短期内资金分散转入、集中转出",
      en: "Funds transferred in from many sources within a short period and transferred out in a concentrated way",
    },
  },
  {
    code: "CONCENTRATED_IN_DISPERSED_OUT",
    label: {
      "zh-CN": "短期内资金集中转入、分散转出",
      en: "Funds transferred in in a concentrated way within a short period and transferred out to many recipients",
    },
  },
  {
    code: "RAPID_IN_OUT",
    label: {
      "zh-CN": "资金快进快出，不留余额或少留余额",
      en: "Funds moving in and out quickly, leaving no or little balance",
    },
  },
  {
    code: "STRUCTURING",
    label: {
      "zh-CN": "拆分交易，故意规避大额交易报告",
      en: "Transactions split to evade the large-value transaction report",
    },
  },
  {
    code: "DORMANT_ACCOUNT_ACTIVATED",
    label: {
      "zh-CN": "长期闲置的账户原因不明地突然启用，且短期内出现大量资金收付",
      en: "A long-dormant account suddenly used for no apparent reason, with large sums received or paid within a short period",
    },
  },
  {
    code: "FREQUENT_NIGHT_TRANSACTIONS",
    label: {
      "zh-CN": "频繁在夜间进行交易，交易对手众多",
      en: "Frequent transactions at night with many counterparties",
    },
  },
  {
    code: "INCONSISTENT_WITH_PROFILE",
    label: {
      "zh-CN": "交易金额、频率与客户身份、经营情况或以往交易习惯明显不符",
      en: "Transaction amounts or frequency clearly inconsistent with the customer's identity, business or past habits",
    },
  },
  {
    code: "HIGH_FREQUENCY",
    label: {
      "zh-CN": "短期内交易频繁，与客户以往交易习惯明显不符",
      en: "Frequent transactions within a short period, clearly unlike the customer's past habits",
    },
  },
  {
    code: "ABNORMAL_ACCESS",
    label: {
      "zh-CN": "交易使用的设备、IP 地址或所在地与客户常用的明显不符，或由境外 IP 地址操作",
      en: "Transactions from a device, IP address or place clearly unlike the customer's usual ones, or operated from a foreign IP address",
    },
  },
  {
    code: "SMALL_PROBING_TRANSACTIONS",
    label: {
      "zh-CN": "短期内频繁发生小额试探性交易，且多笔失败",
      en: "Frequent small probing transactions within a short period, many of them failing",
    },
  },
  {
    // Raised by the promotions' abuse guard (lib/fraud/rules/raised.ts), not by a scoring rule.
    code: "SHARED_IDENTITY",
    label: {
      "zh-CN": "多个客户使用相同的身份证件、银行卡、设备或联系方式开立或操作账户",
      en: "Several customers opening or operating accounts with the same identity document, bank card, device or contact details",
    },
  },
] as const satisfies readonly SuspiciousCharacteristic[];

export type CharacteristicCode = (typeof CHARACTERISTICS)[number]["code"];

const BY_CODE: ReadonlyMap<string, SuspiciousCharacteristic> = new Map(CHARACTERISTICS.map((c) => [c.code, c]));

export function characteristicByCode(code: string): SuspiciousCharacteristic | undefined {
  return BY_CODE.get(code);
}
