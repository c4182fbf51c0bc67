// Opening a customer's wallet after an approved KYC submission: ACTIVE at the approved tier with that
// tier's limits. Runs inside the approval's transaction, so the submission is never APPROVED with a wallet
// that stayed closed, nor the other way round; the wallet's own audit event is written beside it.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WalletStatus } from "@/lib/generated/prisma/enums";
import { conflict, wrongState } from "@/lib/actions/errors";
import { recordAudit, type AuditActor, type RequestMeta } from "@/lib/audit/write";
import { TIER_LIMITS, WALLET_TIERS, type WalletTier } from "@/lib/wallets/limits";

type Tx = Prisma.TransactionClient;

export interface ActivatedWallet {
  id: string;
  status: WalletStatus;
  tier: WalletTier;
  singleLimitFen: bigint;
  dailyLimitFen: bigint;
  annualLimitFen: bigint;
  activatedAt: Date;
}

export function isWalletTier(value: number): value is WalletTier {
  return (WALLET_TIERS as readonly number[]).includes(value);
}

export async function activateWallet(
  tx: Tx,
  input: { customerId: string; tier: number; submissionId: string; now: Date },
  actor: { staff: AuditActor; request: RequestMeta },
): Promise<ActivatedWallet> {
  if (!isWalletTier(input.tier)) throw wrongState("kycReview.errors.tierInvalid");
  await tx.$queryRaw`SELECT id FROM wallet WHERE customer_id = ${input.customerId} FOR UPDATE`;
  const wallet = await tx.wallet.findUnique({
    where: { customerId: input.customerId },
    select: { id: true, status: true, tier: true, singleLimitFen: true, dailyLimitFen: true, annualLimitFen: true, activatedAt: true, version: true },
  });
  if (!wallet) throw wrongState("kycReview.errors.walletMissing");
  // A frozen or closed wallet was stopped for a reason of its own; an approval must not undo that.
  if (wallet.status === "FROZEN") throw wrongState("kycReview.errors.walletFrozen");
  if (wallet.status === "CLOSED") throw wrongState("kycReview.errors.walletClosed");

  const limits = TIER_LIMITS[input.tier];
  const activatedAt = wallet.activatedAt ?? input.now;
  const { count } = await tx.wallet.updateMany({
    where: { id: wallet.id, version: wallet.version },
    data: {
      status: "ACTIVE",
      tier: input.tier,
      singleLimitFen: limits.singleFen,
      dailyLimitFen: limits.dailyFen,
      annualLimitFen: limits.annualFen,
      activatedAt,
      version: { increment: 1 },
    },
  });
  if (count === 0) throw conflict("kycReview.errors.walletChanged");

  const after = { status: "ACTIVE" as const, tier: input.tier, singleLimitFen: limits.singleFen, dailyLimitFen: limits.dailyFen, annualLimitFen: limits.annualFen, activatedAt };
  await recordAudit(tx, {
    actor: actor.staff,
    action: "wallet.activate",
    entityType: "Wallet",
    entityId: wallet.id,
    before: { status: wallet.status, tier: wallet.tier, singleLimitFen: wallet.singleLimitFen, dailyLimitFen: wallet.dailyLimitFen, annualLimitFen: wallet.annualLimitFen, activatedAt: wallet.activatedAt },
    after: { ...after, submissionId: input.submissionId },
    request: actor.request,
  });
  return { id: wallet.id, ...after };
}
