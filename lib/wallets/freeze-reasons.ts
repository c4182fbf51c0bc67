// The fixed list of reasons a wallet can be frozen for, as KYC rejections have theirs
// (lib/kyc/review/reasons.ts): a category a report can count and a regulator can read, beside the
// officer's own words. The console names each by i18n key (wallets.freezeReasons.<code>). No server imports.
export const WALLET_FREEZE_REASONS = [
  "SUSPECTED_FRAUD",
  "ACCOUNT_TAKEOVER",
  "AML_INVESTIGATION",
  "AUTHORITY_ORDER",
  "IDENTITY_REVIEW",
  "CUSTOMER_REQUEST",
  "OTHER",
] as const;

export type WalletFreezeReason = (typeof WALLET_FREEZE_REASONS)[number];

export function isWalletFreezeReason(value: unknown): value is WalletFreezeReason {
  return typeof value === "string" && (WALLET_FREEZE_REASONS as readonly string[]).includes(value);
}
