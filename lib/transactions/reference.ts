// Reference values the search offers and the drawer names: merchant category codes (ISO 18245) with their
// message keys, and the countries a cross-border payment most often comes from (named by lib/i18n/regions).
// No server imports.

/** The MCCs the wallet's merchants use; each has a name in the `transactions.mcc` messages. */
export const KNOWN_MCCS = [
  "4111", "4112", "4121", "4511", "4722", "4814", "4900", "5309", "5311", "5399", "5411", "5499",
  "5541", "5651", "5732", "5812", "5814", "5816", "5912", "5944", "5977", "7011", "7832", "8299",
] as const;
export type KnownMcc = (typeof KNOWN_MCCS)[number];

export function isKnownMcc(code: string | null | undefined): code is KnownMcc {
  return code != null && (KNOWN_MCCS as readonly string[]).includes(code);
}

/** Mainland China first, then the destinations of Chinese wallet users' cross-border spending. */
export const COUNTRY_CHOICES = ["CN", "HK", "MO", "TW", "JP", "KR", "SG", "TH", "MY", "VN", "AE", "US", "GB", "FR", "DE", "IT", "AU", "NZ", "CA"] as const;

/** The device of the rows the bank itself posts (cashback, claw-backs): no customer's device. */
export const SYSTEM_DEVICE = "system";

/** Types that bring money into the wallet; the others take it out. */
export const CREDIT_TYPES = ["TOP_UP", "TRANSFER_IN", "REFUND", "CASHBACK"] as const;

export function isCredit(type: string): boolean {
  return (CREDIT_TYPES as readonly string[]).includes(type);
}
