// Transactions as the console reads them: the app's database client over read.ts and detail.ts (which
// scripts and tests use with their own clients).
import "server-only";
import { db } from "@/lib/db";
import type { TransactionCursor } from "@/lib/transactions/cursor";
import { readTransactionDetail, type TransactionDetail } from "@/lib/transactions/detail";
import { readTransactionPage, type TransactionPage } from "@/lib/transactions/read";
import { readRewardLinks, type RewardLink } from "@/lib/transactions/rewards";
import type { TransactionFilters } from "@/lib/transactions/schemas";

export function listTransactions(filters: TransactionFilters, cursor: TransactionCursor | null, pageSize?: number): Promise<TransactionPage> {
  return readTransactionPage(db, filters, cursor, pageSize);
}

/** One transaction; with `walletId`, only if it belongs to that wallet. */
export function getTransactionDetail(id: bigint, walletId?: string): Promise<TransactionDetail | null> {
  return readTransactionDetail(db, id, walletId);
}

/** The promotion rewards the transactions `ids` earned, paid or took back (lib/transactions/rewards.ts). */
export function getRewardLinks(ids: readonly (bigint | string)[]): Promise<Map<string, RewardLink[]>> {
  return readRewardLinks(db, ids);
}
