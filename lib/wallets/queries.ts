// The wallet as the customer 360 shows it: state, balance, limits with what has been used against them,
// and who froze or closed it. Usage is summed over the (wallet_id, created_at) index, so it costs one
// index range per wallet.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { shanghaiDayRange, startOfShanghaiYear } from "@/lib/time";
import { isWalletFreezeReason, type WalletFreezeReason } from "@/lib/wallets/freeze-reasons";
import { tierMaximum, type WalletLimits } from "@/lib/wallets/policy";

/** Money leaving the wallet: what the limits count. */
const OUTGOING = Prisma.raw(`'PAYMENT', 'TRANSFER_OUT', 'WITHDRAWAL'`);

export interface WalletPanelData {
  id: string;
  customerId: string;
  status: "PENDING_KYC" | "ACTIVE" | "FROZEN" | "CLOSED";
  tier: number;
  balanceFen: bigint;
  limits: WalletLimits;
  tierMaximum: WalletLimits;
  usedTodayFen: bigint;
  usedThisYearFen: bigint;
  createdAt: Date;
  activatedAt: Date | null;
  /** reasonCode: null for a wallet frozen before freezes had categories (or one the list no longer has). */
  frozen: { at: Date | null; byId: string | null; byName: string | null; reasonCode: WalletFreezeReason | null; reason: string | null } | null;
  closed: { at: Date | null; byName: string | null; reason: string | null } | null;
  version: number;
}

export const getWalletPanel = cache(async (customerId: string, now: Date = new Date()): Promise<WalletPanelData | null> => {
  const wallet = await db.wallet.findUnique({
    where: { customerId },
    select: {
      id: true, customerId: true, status: true, tier: true, balanceFen: true, singleLimitFen: true, dailyLimitFen: true, annualLimitFen: true,
      createdAt: true, activatedAt: true, frozenAt: true, frozenById: true, freezeReason: true, freezeReasonCode: true, closedAt: true, closeReason: true, version: true,
      frozenBy: { select: { name: true } },
      closedBy: { select: { name: true } },
    },
  });
  if (!wallet) return null;
  const today = shanghaiDayRange(now).start;
  const year = startOfShanghaiYear(now);
  const [usage] = await db.$queryRaw<{ today: bigint | null; year: bigint | null }[]>`
    SELECT (sum(amount_fen) FILTER (WHERE created_at >= ${today}))::bigint AS today, sum(amount_fen)::bigint AS year
    FROM "transaction"
    WHERE wallet_id = ${wallet.id} AND created_at >= ${year} AND status = 'SUCCEEDED' AND type IN (${OUTGOING})`;
  return {
    id: wallet.id,
    customerId: wallet.customerId,
    status: wallet.status,
    tier: wallet.tier,
    balanceFen: wallet.balanceFen,
    limits: { singleFen: wallet.singleLimitFen, dailyFen: wallet.dailyLimitFen, annualFen: wallet.annualLimitFen },
    tierMaximum: tierMaximum(wallet.tier),
    usedTodayFen: usage?.today ?? 0n,
    usedThisYearFen: usage?.year ?? 0n,
    createdAt: wallet.createdAt,
    activatedAt: wallet.activatedAt,
    frozen: wallet.status === "FROZEN" ? { at: wallet.frozenAt, byId: wallet.frozenById, byName: wallet.frozenBy?.name ?? null, reasonCode: isWalletFreezeReason(wallet.freezeReasonCode) ? wallet.freezeReasonCode : null, reason: wallet.freezeReason } : null,
    closed: wallet.status === "CLOSED" ? { at: wallet.closedAt, byName: wallet.closedBy?.name ?? null, reason: wallet.closeReason } : null,
    version: wallet.version,
  };
});
