// One transaction as the drawer shows it: every field, the wallet's customer (name masked) and the card
// it used (bank and last four only: nothing more of a card number is ever stored).
import type { Prisma } from "@/lib/generated/prisma/client";
import { showPii } from "@/lib/privacy/policy";
import type { TransactionExportRow } from "@/lib/transactions/read";
import { transactionReference } from "@/lib/transactions/reference-number";

type Reader = Pick<Prisma.TransactionClient, "transaction" | "bankCard">;

export interface TransactionDetail extends TransactionExportRow {
  customerName: string;
  walletStatus: string;
  card: { bankName: string; last4: string; cardType: string } | null;
  /** Fraud alerts raised on this transaction. */
  alertCount: number;
}

/** The transaction, optionally only within one wallet (the customer's tab), or null. */
export async function readTransactionDetail(db: Reader, id: bigint, walletId?: string): Promise<TransactionDetail | null> {
  const row = await db.transaction.findFirst({
    where: { id, ...(walletId ? { walletId } : {}) },
    select: {
      id: true, walletId: true, type: true, status: true, amountFen: true, currency: true, originalAmountMinor: true, fxRate: true,
      channel: true, merchantName: true, mcc: true, counterpartyWalletId: true, counterpartyName: true, cardId: true, country: true,
      crossBorder: true, deviceId: true, ip: true, createdAt: true,
      wallet: { select: { customerId: true, status: true, customer: { select: { name: true } } } },
      _count: { select: { alerts: true } },
    },
  });
  if (!row) return null;
  // The card must belong to the same wallet: a card id alone never reveals another wallet's card.
  const card = row.cardId
    ? await db.bankCard.findFirst({ where: { id: row.cardId, walletId: row.walletId }, select: { bankName: true, last4: true, cardType: true } })
    : null;
  return {
    id: row.id.toString(),
    reference: transactionReference(row.id, row.createdAt),
    walletId: row.walletId,
    customerId: row.wallet.customerId,
    customerName: showPii("drawer", "name", row.wallet.customer.name),
    walletStatus: row.wallet.status,
    type: row.type,
    status: row.status,
    channel: row.channel,
    amountFen: row.amountFen,
    currency: row.currency,
    originalAmountMinor: row.originalAmountMinor,
    fxRate: row.fxRate?.toFixed(6) ?? null,
    merchantName: row.merchantName,
    mcc: row.mcc,
    counterpartyName: row.counterpartyName === null ? null : showPii("drawer", "name", row.counterpartyName),
    counterpartyWalletId: row.counterpartyWalletId,
    cardId: row.cardId,
    country: row.country,
    crossBorder: row.crossBorder,
    deviceId: row.deviceId,
    ip: row.ip,
    createdAt: row.createdAt,
    card: card ? { bankName: card.bankName, last4: card.last4, cardType: card.cardType } : null,
    alertCount: row._count.alerts,
  };
}
