// Threshold arithmetic and the day's crossings (pure). Per customer, per Shanghai day, per threshold, per
// direction: the day's cumulative total (which includes any single transaction) at least the threshold
// (inclusive), in CNY fen OR in its USD equivalent. The USD equivalent of a USD transaction is its own
// originalAmountMinor; any other amount is converted at the rule set's usdCnyRate, to whole cents, half up.
// The cumulative USD figure is the sum of the per-transaction equivalents.
// lib/reports/large-value/scan.ts runs the same arithmetic in SQL as a prefilter and then this code on
// the groups it found, so this file is the authority.
import type { TransactionStatus, TransactionType } from "@/lib/generated/prisma/enums";
import type { Direction, ThresholdCode } from "@/lib/reports/fields";
import type { RuleSet, Threshold } from "@/lib/reports/rules/types";
import { classifyTransaction, type PartyType } from "@/lib/reports/large-value/classify";
import { shanghaiDay } from "@/lib/time";

const MICROS = 1_000_000n;

/** CNY per USD (7.1) as an integer number of millionths (7_100_000), as reporting_rule_set stores it. */
export function rateMicros(usdCnyRate: number | string): bigint {
  const text = typeof usdCnyRate === "number" ? usdCnyRate.toFixed(6) : usdCnyRate;
  const match = /^(\d+)(?:\.(\d{0,6})\d*)?$/.exec(text.trim());
  if (!match) throw new RangeError(`not a rate: ${usdCnyRate}`);
  const micros = BigInt(match[1] ?? "0") * MICROS + BigInt((match[2] ?? "").padEnd(6, "0"));
  if (micros <= 0n) throw new RangeError(`a rate must be positive: ${usdCnyRate}`);
  return micros;
}

/** CNY fen -> USD cents at `usdCnyRate` CNY per USD, rounded half up. */
export function fenToUsdCents(amountFen: bigint, usdCnyRate: number | string): bigint {
  const micros = rateMicros(usdCnyRate);
  const scaled = amountFen * MICROS;
  return (scaled * 2n + micros) / (2n * micros);
}

export interface Amounts {
  amountFen: bigint;
  currency: string;
  originalAmountMinor: bigint | null;
}

/** The transaction's USD equivalent in cents: its own amount when it was in USD, else converted. */
export function usdEquivalentCents(transaction: Amounts, usdCnyRate: number | string): bigint {
  if (transaction.currency === "USD" && transaction.originalAmountMinor !== null) return transaction.originalAmountMinor;
  return fenToUsdCents(transaction.amountFen, usdCnyRate);
}

/** Inclusive: at the threshold is reported. */
export function crosses(totals: { totalFen: bigint; totalUsdCents: bigint }, threshold: Threshold): boolean {
  return totals.totalFen >= threshold.cnyFen || totals.totalUsdCents >= threshold.usdCents;
}

export interface LargeValueCandidate extends Amounts {
  id: bigint;
  customerId: string;
  type: TransactionType;
  status: TransactionStatus;
  crossBorder: boolean;
  createdAt: Date;
}

export interface Crossing {
  customerId: string;
  /** Shanghai day (YYYY-MM-DD) of the transactions. */
  day: string;
  thresholdCode: ThresholdCode;
  direction: Direction;
  reportCode: string;
  detectionKey: string;
  totalFen: bigint;
  totalUsdCents: bigint;
  /** In time order (created_at, id). */
  transactionIds: bigint[];
}

/** customer|day|threshold|direction: unique per detector draft, so re-running a day creates nothing. */
export function detectionKey(customerId: string, day: string, thresholdCode: ThresholdCode, direction: Direction): string {
  return `${customerId}|${day}|${thresholdCode}|${direction}`;
}

/**
 * Every customer-day-threshold-direction group of `transactions` whose total crosses its threshold under
 * `rules`. Transactions are grouped by their own Shanghai day (a list spanning midnight splits there).
 */
export function detectCrossings(
  transactions: readonly LargeValueCandidate[],
  rules: Pick<RuleSet, "thresholds" | "usdCnyRate">,
  partyTypeOf: (customerId: string) => PartyType = () => "NATURAL",
): Crossing[] {
  const sorted = [...transactions].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const groups = new Map<string, Omit<Crossing, "reportCode">>();
  for (const transaction of sorted) {
    const classification = classifyTransaction(transaction, partyTypeOf(transaction.customerId));
    if (!classification) continue;
    const day = shanghaiDay(transaction.createdAt);
    const key = detectionKey(transaction.customerId, day, classification.thresholdCode, classification.direction);
    let group = groups.get(key);
    if (!group) {
      group = { customerId: transaction.customerId, day, ...classification, detectionKey: key, totalFen: 0n, totalUsdCents: 0n, transactionIds: [] };
      groups.set(key, group);
    }
    group.totalFen += transaction.amountFen;
    group.totalUsdCents += usdEquivalentCents(transaction, rules.usdCnyRate);
    group.transactionIds.push(transaction.id);
  }
  const crossings: Crossing[] = [];
  for (const group of groups.values()) {
    const threshold = rules.thresholds[group.thresholdCode];
    if (crosses(group, threshold)) crossings.push({ ...group, reportCode: threshold.reportCode });
  }
  return crossings;
}
