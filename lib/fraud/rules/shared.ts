// What the rules share: which transactions count as money actually moving, how far over a threshold a fact is
// (the 0-100 score), and the few words every explanation uses (durations, amounts, counts) in both languages.
// Everything here is allocation-light: the scoring worker calls the rules thousands of times a second.
import type { TransactionStatus, TransactionType } from "@/lib/generated/prisma/enums";
import type { FraudRuleDefinition, Localized, ScoredTransaction } from "@/lib/fraud/rules/types";
import { formatCny } from "@/lib/money";

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Money that moved or is about to: failed and reversed transactions are not the customer's funds moving. */
export function isLive(status: TransactionStatus): boolean {
  return status === "SUCCEEDED" || status === "PENDING";
}

/** Money the customer sends out of the wallet. */
export function isOutflow(type: TransactionType): boolean {
  return type === "PAYMENT" || type === "TRANSFER_OUT" || type === "WITHDRAWAL";
}

/** Money put into the wallet by the customer or another wallet (refunds and cashback are the platform's). */
export function isInflow(type: TransactionType): boolean {
  return type === "TOP_UP" || type === "TRANSFER_IN";
}

/** Transactions the customer starts (their device and address are the customer's own). */
export function isCustomerInitiated(type: TransactionType): boolean {
  return type === "PAYMENT" || type === "TRANSFER_OUT" || type === "WITHDRAWAL" || type === "TOP_UP";
}

/** Whom a transfer goes to or comes from: the wallet when known, otherwise the name; null for neither. */
export function counterpartyKey(tx: ScoredTransaction): string | null {
  return tx.counterpartyWalletId ?? tx.counterpartyName;
}

/**
 * The score of a hit from how far the measured value is over its threshold (`ratio` = measured / threshold,
 * at least 1 when the rule fires): 50 exactly at the threshold, rising linearly to 100 at twice it.
 */
export function overScore(ratio: number): number {
  if (!Number.isFinite(ratio)) return 100;
  return Math.max(50, Math.min(100, Math.round(50 + 50 * (ratio - 1))));
}

/** Both languages' money text for one amount. */
export function money(fen: bigint): Localized {
  return { "zh-CN": formatCny(fen, "zh-CN"), en: formatCny(fen, "en") };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A measured span as an officer writes it: "4 分钟" / "4 minutes", hours (one decimal) from two hours, whole days from two days. */
export function duration(ms: number): Localized {
  const minutes = Math.max(1, Math.ceil(ms / MINUTE_MS));
  if (minutes < 120) return { "zh-CN": `${minutes} 分钟`, en: plural(minutes, "minute", "minutes") };
  const hours = Math.round((ms / HOUR_MS) * 10) / 10;
  if (hours < 48) return { "zh-CN": `${hours} 小时`, en: plural(hours, "hour", "hours") };
  const days = Math.floor(ms / DAY_MS);
  return { "zh-CN": `${days} 天`, en: plural(days, "day", "days") };
}

/** A parameter's window as written in a threshold: "10 分钟" / "10 minutes". */
export function minutesText(n: number): Localized {
  return { "zh-CN": `${n} 分钟`, en: plural(n, "minute", "minutes") };
}

export function hoursText(n: number): Localized {
  return { "zh-CN": `${n} 小时`, en: plural(n, "hour", "hours") };
}

export function daysText(n: number): Localized {
  return { "zh-CN": `${n} 天`, en: plural(n, "day", "days") };
}

/** An English count with its noun: "1 payment", "5 payments". */
export function count(n: number, one: string, many: string): string {
  return plural(n, one, many);
}

/** A ratio as written in an explanation: at most one decimal ("12.5", "3"). */
export function ratioText(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** A share as a whole percentage ("97%"). */
export function percentText(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Whole fen of a (possibly fractional) parameter value. */
export function fen(value: number): bigint {
  return BigInt(Math.round(value));
}

/** The ids of the transactions that make up a hit: the scored one last when it has one. */
export function withScored(ids: bigint[], tx: ScoredTransaction): bigint[] {
  if (tx.id !== null) ids.push(tx.id);
  return ids;
}

/** Keeps a rule's parameter names typed from its definition. */
export function defineRule<P extends Record<string, number>>(definition: FraudRuleDefinition<P>): FraudRuleDefinition<P> {
  return definition;
}

/** How a counted outflow reads in a sentence, by type; mixed types read as outgoing transactions. */
export interface Noun {
  zh: string;
  one: string;
  many: string;
}

const OUTFLOW_NOUNS: Record<string, Noun> = {
  PAYMENT: { zh: "付款", one: "payment", many: "payments" },
  TRANSFER_OUT: { zh: "转出", one: "transfer out", many: "transfers out" },
  WITHDRAWAL: { zh: "提现", one: "withdrawal", many: "withdrawals" },
  TOP_UP: { zh: "充值", one: "top-up", many: "top-ups" },
  TRANSFER_IN: { zh: "转入", one: "transfer in", many: "transfers in" },
};
const MIXED_NOUN: Noun = { zh: "支出", one: "outgoing transaction", many: "outgoing transactions" };

export function nounFor(type: TransactionType | null): Noun {
  return (type && OUTFLOW_NOUNS[type]) || MIXED_NOUN;
}
