// Default limits per wallet tier (fen), after the PBOC's tiered payment-account rules: the more a customer
// has proved about themselves, the more their wallet may move.
export const WALLET_TIERS = [1, 2, 3] as const;
export type WalletTier = (typeof WALLET_TIERS)[number];

export const TIER_LIMITS: Readonly<Record<WalletTier, { singleFen: bigint; dailyFen: bigint; annualFen: bigint }>> = {
  1: { singleFen: 100_000n, dailyFen: 200_000n, annualFen: 10_000_000n },
  2: { singleFen: 1_000_000n, dailyFen: 2_000_000n, annualFen: 20_000_000n },
  3: { singleFen: 5_000_000n, dailyFen: 20_000_000n, annualFen: 100_000_000n },
};

/** Minimum ages for a wallet, and for the fully verified tier. */
export const MINIMUM_AGE = 16;
export const MINIMUM_AGE_TIER_3 = 18;

export function isWalletTier(value: number): value is WalletTier {
  return (WALLET_TIERS as readonly number[]).includes(value);
}
