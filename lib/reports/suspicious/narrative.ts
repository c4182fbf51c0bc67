// The STR's two narrative parts, pre-drafted from the case's facts for the officer to edit: 资金交易及客户
// 行为情况 (what moved, when, with whom) and 疑点分析 (why it is suspicious: the rules that fired, in their
// own zh-CN explanations, and the characteristics they evidence). Always in Chinese, in the regulator's
// plain style, whatever the console's language: the report goes to the Center. Pure (no server imports).
import { characteristicByCode } from "@/lib/fraud/rules/characteristics";
import type { CrimeType } from "@/lib/reports/fields";
import { shanghaiIsoString } from "@/lib/time";

export interface NarrativeTransaction {
  at: Date;
  direction: "IN" | "OUT";
  amountFen: bigint;
  /** The counterparty (wallet id, name or merchant) as far as the transaction names one; null when none. */
  counterparty: string | null;
}

export interface NarrativeRule {
  /** The rule's zh-CN name. */
  name: string;
  /** Its zh-CN explanation when it fired (the latest alert's). */
  explanation: string;
  /** How many of the case's alerts it raised. */
  count: number;
}

export interface NarrativeInput {
  customerName: string;
  transactions: readonly NarrativeTransaction[];
  rules: readonly NarrativeRule[];
  characteristicCodes: readonly string[];
  /** The suspected crime in the Center's zh-CN wording; omitted when undetermined. */
  crimeLabel?: string | null;
}

export interface Narrative {
  facts: string;
  analysis: string;
}

const ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** 2026年11月20日 (Shanghai day). */
function chineseDate(at: Date): string {
  const [y, m, d] = shanghaiIsoString(at).slice(0, 10).split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** 人民币486,000.00元 */
export function rmb(fen: bigint): string {
  const yuan = fen / 100n;
  const cents = (fen % 100n).toString().padStart(2, "0");
  return `人民币${yuan.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}元`;
}

/** "于2026年11月20日", "于2026年11月20日至11月27日期间", "于2026年12月30日至2027年1月2日期间". */
function span(transactions: readonly NarrativeTransaction[]): string {
  const times = transactions.map((t) => t.at.getTime());
  const first = new Date(Math.min(...times));
  const last = new Date(Math.max(...times));
  const from = chineseDate(first);
  const to = chineseDate(last);
  if (from === to) return `于${from}`;
  const sameYear = from.slice(0, 5) === to.slice(0, 5);
  return `于${from}至${sameYear ? to.slice(5) : to}期间`;
}

const trimEnd = (text: string) => text.trim().replace(/[。；;，,.\s]+$/u, "");

export function draftFacts(input: NarrativeInput): string {
  const txs = input.transactions;
  if (txs.length === 0) return `客户${input.customerName}在本行钱包账户中暂无选定的交易。`;
  const inbound = txs.filter((t) => t.direction === "IN");
  const outbound = txs.filter((t) => t.direction === "OUT");
  const sum = (list: readonly NarrativeTransaction[]) => list.reduce((total, t) => total + t.amountFen, 0n);
  const parts: string[] = [];
  parts.push(inbound.length > 0 ? `共转入资金${inbound.length}笔、合计${rmb(sum(inbound))}` : "无资金转入");
  parts.push(outbound.length > 0 ? `转出资金${outbound.length}笔、合计${rmb(sum(outbound))}` : "无资金转出");
  const parties = new Set(txs.flatMap((t) => (t.counterparty ? [t.counterparty] : [])));
  const partyText = parties.size > 0 ? `，涉及交易对手${parties.size}个` : "";
  let text = `客户${input.customerName}${span(txs)}，通过本行钱包账户${parts.join("，")}${partyText}。`;
  const inTotal = sum(inbound);
  const outTotal = sum(outbound);
  if (inTotal > 0n && outTotal > 0n) {
    // Tenths of a percent, rounded half up, without floating point.
    const permille = (outTotal * 1000n + inTotal / 2n) / inTotal;
    text += `转出金额为转入金额的${permille / 10n}.${permille % 10n}%。`;
  }
  return text;
}

export function draftAnalysis(input: NarrativeInput): string {
  const points = input.rules.map((rule, index) => {
    const ordinal = ORDINALS[index] ?? String(index + 1);
    const times = rule.count > 1 ? `（共触发${rule.count}次）` : "";
    return `${ordinal}是${rule.name}${times}：${trimEnd(rule.explanation)}`;
  });
  const labels = input.characteristicCodes.flatMap((code) => {
    const label = characteristicByCode(code)?.label["zh-CN"];
    return label ? [`“${label}”`] : [];
  });
  const sentences: string[] = [];
  sentences.push(points.length > 0 ? `经本行监测分析，该客户交易存在以下疑点：${points.join("；")}。` : "经本行监测分析，该客户交易存在疑点。");
  if (labels.length > 0) sentences.push(`上述交易符合${labels.join("、")}的可疑交易特征。`);
  sentences.push(
    input.crimeLabel
      ? `综合判断，该客户资金交易与其身份及以往交易习惯明显不符，涉嫌${input.crimeLabel}，特此报告。`
      : "综合判断，该客户资金交易与其身份及以往交易习惯明显不符，存在洗钱或其他违法犯罪嫌疑，特此报告。",
  );
  return sentences.join("");
}

export function draftNarrative(input: NarrativeInput): Narrative {
  return { facts: draftFacts(input), analysis: draftAnalysis(input) };
}

/**
 * The suspected crime a draft starts with, from what the rules evidence: the money-mule patterns of
 * telecom fraud (many in, few out, quick in and out, at night), the account-takeover and card-fraud ones
 * (odd access, probing, shared identities); anything else is left for the officer (UNDETERMINED).
 */
const TELECOM: readonly string[] = ["DISPERSED_IN_CONCENTRATED_OUT", "CONCENTRATED_IN_DISPERSED_OUT", "RAPID_IN_OUT", "FREQUENT_NIGHT_TRANSACTIONS"];
const FINANCIAL: readonly string[] = ["ABNORMAL_ACCESS", "SMALL_PROBING_TRANSACTIONS", "SHARED_IDENTITY"];

export function defaultCrimeType(characteristicCodes: readonly string[]): CrimeType {
  if (characteristicCodes.some((code) => TELECOM.includes(code))) return "TELECOM_FRAUD";
  if (characteristicCodes.some((code) => FINANCIAL.includes(code))) return "FINANCIAL_FRAUD";
  return "UNDETERMINED";
}
