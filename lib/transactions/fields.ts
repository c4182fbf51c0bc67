// The lengths and choices of the transaction search's inputs as plain constants, with no zod: client forms import
// these without shipping the validation library. schemas.ts builds its zod schemas on them.

export const TRANSACTION_TYPES = ["TOP_UP", "PAYMENT", "TRANSFER_OUT", "TRANSFER_IN", "WITHDRAWAL", "REFUND", "CASHBACK", "CASHBACK_CLAWBACK"] as const;
export const TRANSACTION_CHANNELS = ["APP", "QR", "NFC", "ONLINE", "BANK_TRANSFER"] as const;
export const TRANSACTION_STATUSES = ["PENDING", "SUCCEEDED", "FAILED", "REVERSED"] as const;
export type TransactionTypeCode = (typeof TRANSACTION_TYPES)[number];
export type TransactionChannelCode = (typeof TRANSACTION_CHANNELS)[number];
export type TransactionStatusCode = (typeof TRANSACTION_STATUSES)[number];

export const TRANSACTION_PAGE_SIZE = 50;
