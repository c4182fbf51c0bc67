// Which transactions the worker scores. History (what the rules look back over) holds every transaction;
// only these are themselves scored. Cashback is the platform paying the customer, and a reversal undoes an
// earlier row that was scored when it arrived, so neither can be the suspicious act; refunds come from a
// merchant, not the customer.
import { Prisma } from "@/lib/generated/prisma/client";
import type { TransactionStatus, TransactionType } from "@/lib/generated/prisma/enums";
import type { ScoredTransaction } from "@/lib/fraud/rules/types";

export const SCORED_TYPES: readonly TransactionType[] = ["TOP_UP", "PAYMENT", "TRANSFER_OUT", "TRANSFER_IN", "WITHDRAWAL"];
export const SCORED_STATUSES: readonly TransactionStatus[] = ["SUCCEEDED", "PENDING", "FAILED"];

/** The columns a scored transaction is read with, and the SQL condition of the scored scope: the worker's
 *  batches and the backtest's chunks read the same rows the same way. */
export const SCORED_COLUMNS = Prisma.sql`id, wallet_id, type::text AS type, status::text AS status, amount_fen, channel::text AS channel,
  mcc, merchant_name, counterparty_wallet_id, counterparty_name, card_id, country, cross_border, device_id, ip, created_at`;
export const IN_SCORED_SCOPE = Prisma.sql`type::text = ANY(${SCORED_TYPES as string[]}::text[]) AND status::text = ANY(${SCORED_STATUSES as string[]}::text[])`;

export interface ScoredTransactionRow {
  id: bigint;
  wallet_id: string;
  type: ScoredTransaction["type"];
  status: ScoredTransaction["status"];
  amount_fen: bigint;
  channel: ScoredTransaction["channel"];
  mcc: string | null;
  merchant_name: string | null;
  counterparty_wallet_id: string | null;
  counterparty_name: string | null;
  card_id: string | null;
  country: string;
  cross_border: boolean;
  device_id: string;
  ip: string;
  created_at: Date;
}

export function scoredTransactionOf(r: ScoredTransactionRow): ScoredTransaction & { id: bigint } {
  return {
    id: r.id,
    walletId: r.wallet_id,
    type: r.type,
    status: r.status,
    amountFen: r.amount_fen,
    channel: r.channel,
    mcc: r.mcc,
    merchantName: r.merchant_name,
    counterpartyWalletId: r.counterparty_wallet_id,
    counterpartyName: r.counterparty_name,
    cardId: r.card_id,
    country: r.country,
    crossBorder: r.cross_border,
    deviceId: r.device_id,
    ip: r.ip,
    createdAt: r.created_at,
  };
}
