// The promotion editor's choices and limits as plain constants (no zod): the form, the summary and the
// schema in params.ts all read these, so client code never needs the server's modules.
import type { BonusTrigger, PromotionStatus, PromotionType, TransactionChannel } from "@/lib/generated/prisma/enums";

export const PROMOTION_TYPES = ["CASHBACK_PERCENT", "CASHBACK_FIXED", "POINTS_MULTIPLIER", "SIGNUP_BONUS"] as const satisfies readonly PromotionType[];
export const BONUS_TRIGGERS = ["WALLET_ACTIVATION", "CARD_LINK", "FIRST_PAYMENT"] as const satisfies readonly BonusTrigger[];
export const PROMOTION_STATUSES = ["DRAFT", "PENDING_APPROVAL", "SCHEDULED", "ACTIVE", "PAUSED", "ENDED", "REJECTED"] as const satisfies readonly PromotionStatus[];
/** Channels a payment can arrive on (bank transfers are top-ups and withdrawals, never rewarded). */
export const PROMOTION_CHANNELS = ["APP", "QR", "NFC", "ONLINE"] as const satisfies readonly TransactionChannel[];
export const ACCOUNT_TIERS = [1, 2, 3] as const;

export const NAME_MIN = 2;
export const NAME_MAX = 60;
export const DESCRIPTION_MAX = 500;
export const NOTE_MAX = 500;
export const REJECTION_REASON_MIN = 5;
export const REJECTION_REASON_MAX = 500;

/** Basis points: 10000 = 100 %. */
export const PERCENT_BPS_MAX = 10_000;
/** Points multiplier in hundredths: 150 = 1.5x. Above 1x (it multiplies the base earn rate) up to 10x. */
export const MULTIPLIER_X100_MIN = 110;
export const MULTIPLIER_X100_MAX = 1_000;
/** The largest amount any money field accepts: ¥100,000,000 (an annual campaign budget of a large bank). */
export const MONEY_MAX_FEN = 10_000_000_000;
export const PRIORITY_MIN = 1;
export const PRIORITY_MAX = 100;
export const NEW_CUSTOMER_DAYS_MAX = 365;
export const MAX_REWARDS_MAX = 1_000;
export const FRAUD_SHARE_LIMIT_DEFAULT = 10;
/** The longest campaign: a year and a day. */
export const WINDOW_MAX_DAYS = 366;
