// Which transactions the worker scores. History (what the rules look back over) holds every transaction;
// only these are themselves scored. Cashback is the platform paying the customer, and a reversal undoes an
// earlier row that was scored when it arrived, so neither can be the suspicious act; refunds come from a
// merchant, not the customer.
import type { TransactionStatus, TransactionType } from "@/lib/generated/prisma/enums";

export const SCORED_TYPES: readonly TransactionType[] = ["TOP_UP", "PAYMENT", "TRANSFER_OUT", "TRANSFER_IN", "WITHDRAWAL"];
export const SCORED_STATUSES: readonly TransactionStatus[] = ["SUCCEEDED", "PENDING", "FAILED"];
