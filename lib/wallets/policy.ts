// The rules of the wallet controls, pure so they are tested on their own and the panel can show the same
// verdicts the server enforces: which control a wallet's state allows, and what limits policy permits.
import type { WalletStatus } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n/translate";
import { TIER_LIMITS, WALLET_TIERS, type WalletTier } from "@/lib/wallets/limits";

export interface WalletLimits {
  singleFen: bigint;
  dailyFen: bigint;
  annualFen: bigint;
}

export interface WalletState {
  status: WalletStatus;
  balanceFen: bigint;
  frozenById: string | null;
}

export type Refusal = { key: MessageKey } | null;

export function freezeRefusal(wallet: WalletState): Refusal {
  if (wallet.status === "FROZEN") return { key: "wallets.errors.alreadyFrozen" };
  return wallet.status === "ACTIVE" ? null : { key: "wallets.errors.notActive" };
}

/** Four eyes: whoever froze a wallet can never be the one who unfreezes it. */
export function unfreezeRefusal(wallet: WalletState, actorId: string): Refusal {
  if (wallet.status !== "FROZEN") return { key: "wallets.errors.notFrozen" };
  return wallet.frozenById === actorId ? { key: "wallets.errors.ownFreeze" } : null;
}

export function limitsRefusal(wallet: WalletState): Refusal {
  return wallet.status === "ACTIVE" || wallet.status === "FROZEN" ? null : { key: "wallets.errors.limitsState" };
}

/** A frozen wallet stays frozen until a second person lifts it: closing must not be a way round that. */
export function closeRefusal(wallet: WalletState): Refusal {
  if (wallet.status === "CLOSED") return { key: "wallets.errors.alreadyClosed" };
  if (wallet.status === "FROZEN") return { key: "wallets.errors.closeFrozen" };
  if (wallet.balanceFen !== 0n) return { key: "wallets.errors.closeBalance" };
  return null;
}

export function tierMaximum(tier: number): WalletLimits {
  const known = (WALLET_TIERS as readonly number[]).includes(tier) ? (tier as WalletTier) : 1;
  const limits = TIER_LIMITS[known];
  return { singleFen: limits.singleFen, dailyFen: limits.dailyFen, annualFen: limits.annualFen };
}

export type LimitField = "singleLimit" | "dailyLimit" | "annualLimit";

/** Field -> what is wrong with it: each within the tier's maximum, and per transaction <= per day <= per year. */
export function limitViolations(tier: number, limits: WalletLimits): Partial<Record<LimitField, MessageKey>> {
  const maximum = tierMaximum(tier);
  const out: Partial<Record<LimitField, MessageKey>> = {};
  if (limits.singleFen > maximum.singleFen) out.singleLimit = "wallets.errors.overTierMaximum";
  if (limits.dailyFen > maximum.dailyFen) out.dailyLimit = "wallets.errors.overTierMaximum";
  if (limits.annualFen > maximum.annualFen) out.annualLimit = "wallets.errors.overTierMaximum";
  if (!out.singleLimit && limits.singleFen > limits.dailyFen) out.singleLimit = "wallets.errors.singleOverDaily";
  if (!out.dailyLimit && limits.dailyFen > limits.annualFen) out.dailyLimit = "wallets.errors.dailyOverAnnual";
  return out;
}
