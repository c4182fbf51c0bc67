// Which large-value threshold a transaction counts toward, and in which direction (pure).
// Money in and money out are counted separately (单边累计). A transaction counts toward exactly one threshold:
// cash or cash-like (a top-up from / withdrawal to cash) first, then a transfer: a natural person's
// cross-border or domestic transfer, or a non-natural person's transfer. Every wallet customer of this
// console is a natural person, so the detector passes "NATURAL"; the party type stays a parameter so the
// non-natural threshold is one argument away when business accounts arrive.
import type { TransactionStatus, TransactionType } from "@/lib/generated/prisma/enums";
import type { Direction, ThresholdCode } from "@/lib/reports/fields";

export type PartyType = "NATURAL" | "NON_NATURAL";

/** Money into the wallet. */
export const IN_TYPES = ["TOP_UP", "TRANSFER_IN", "REFUND"] as const satisfies readonly TransactionType[];
/** Money out of the wallet. */
export const OUT_TYPES = ["PAYMENT", "TRANSFER_OUT", "WITHDRAWAL"] as const satisfies readonly TransactionType[];
/** Cash-like: a top-up from or a withdrawal to cash (a bank card). */
export const CASH_TYPES = ["TOP_UP", "WITHDRAWAL"] as const satisfies readonly TransactionType[];
/** Cashback and its claw-back are the bank's own promotion money: never a customer's large-value transaction. */
export const NEVER_COUNTED = ["CASHBACK", "CASHBACK_CLAWBACK"] as const satisfies readonly TransactionType[];

export interface Classifiable {
  type: TransactionType;
  status: TransactionStatus;
  crossBorder: boolean;
}

export interface Classification {
  thresholdCode: ThresholdCode;
  direction: Direction;
}

export function directionOf(type: TransactionType): Direction | null {
  if ((IN_TYPES as readonly string[]).includes(type)) return "IN";
  if ((OUT_TYPES as readonly string[]).includes(type)) return "OUT";
  return null;
}

/** Null when the transaction never counts: not SUCCEEDED, or cashback / claw-back. */
export function classifyTransaction(transaction: Classifiable, partyType: PartyType): Classification | null {
  if (transaction.status !== "SUCCEEDED") return null;
  const direction = directionOf(transaction.type);
  if (!direction) return null;
  if ((CASH_TYPES as readonly string[]).includes(transaction.type)) return { thresholdCode: "CASH", direction };
  if (partyType === "NON_NATURAL") return { thresholdCode: "NON_NATURAL_TRANSFER", direction };
  return { thresholdCode: transaction.crossBorder ? "NATURAL_CROSS_BORDER" : "NATURAL_DOMESTIC_TRANSFER", direction };
}
