// Reads for the customer 360 (/customers/[id]), each card its own query so each can stream on its own.
// Personal data leaves here masked; only lib/privacy/reveal-mutations.ts hands out whole values. Cards
// carry the BIN and last four only: nothing more of a card number exists anywhere (PCI DSS 3.4.1).
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { parseEnteredData } from "@/lib/kyc/submission-data";
import { showPii } from "@/lib/privacy/policy";
import { formatDateOnly } from "@/lib/time";

const staffName = { select: { id: true, name: true } } as const;

/** The customer as the header and profile card show them, or null. Cached per request (page and metadata share it). */
export const getCustomerProfile = cache(async (id: string) => {
  const row = await db.customer.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      namePinyin: true,
      phone: true,
      email: true,
      idNumber: true,
      birthDate: true,
      gender: true,
      province: true,
      city: true,
      riskLevel: true,
      createdAt: true,
      wallet: { select: { id: true, status: true, tier: true } },
      // The address is only known from what the customer entered in their latest KYC submission.
      submissions: { orderBy: { submittedAt: "desc" }, take: 1, select: { enteredData: true } },
    },
  });
  if (!row) return null;
  const { phone, email, idNumber, birthDate, submissions, ...rest } = row;
  const address = submissions[0] ? parseEnteredData(submissions[0].enteredData).address : "";
  return {
    ...rest,
    phoneMasked: showPii("workspace", "phone", phone),
    idNumberMasked: showPii("workspace", "idNumber", idNumber),
    birthDateMasked: showPii("workspace", "birthDate", formatDateOnly(birthDate)),
    emailMasked: email ? showPii("workspace", "email", email) : null,
    addressMasked: address ? showPii("workspace", "address", address) : null,
  };
});
export type CustomerProfile = NonNullable<Awaited<ReturnType<typeof getCustomerProfile>>>;

/** Every KYC submission of the customer, newest first. */
export function getCustomerKycHistory(customerId: string) {
  return db.kycSubmission.findMany({
    where: { customerId },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: 50,
    select: { id: true, status: true, approvalPending: true, tierRequested: true, riskLevel: true, riskScore: true, submittedAt: true, decidedAt: true, reasonCode: true, decidedBy: staffName },
  });
}
export type CustomerKycRow = Awaited<ReturnType<typeof getCustomerKycHistory>>[number];

export function getCustomerCards(walletId: string) {
  return db.bankCard.findMany({
    where: { walletId },
    orderBy: [{ linkedAt: "desc" }, { id: "asc" }],
    select: { id: true, bankName: true, bin: true, last4: true, cardType: true, status: true, linkedAt: true },
  });
}
export type CustomerCardRow = Awaited<ReturnType<typeof getCustomerCards>>[number];

export const ALERTS_SHOWN = 50;

export function getCustomerAlerts(customerId: string) {
  return db.fraudAlert.findMany({
    where: { customerId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: ALERTS_SHOWN + 1,
    select: { id: true, severity: true, status: true, score: true, createdAt: true, resolvedAt: true, rule: { select: { code: true, name: true } } },
  });
}
export type CustomerAlertRow = Awaited<ReturnType<typeof getCustomerAlerts>>[number];

export const REWARDS_SHOWN = 50;

/** The customer's promotion rewards, newest first: the promotion, what it paid (cash or points, what was
 *  clawed back), where it stands, the payment it rewards and the CASHBACK transaction that paid it. */
export function getCustomerRewards(customerId: string) {
  return db.promotionReward.findMany({
    where: { customerId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: REWARDS_SHOWN + 1,
    select: {
      id: true,
      source: true,
      status: true,
      amountFen: true,
      points: true,
      clawedBackFen: true,
      clawedBackPoints: true,
      createdAt: true,
      transactionId: true,
      transaction: { select: { createdAt: true } },
      creditTransactionId: true,
      promotion: { select: { id: true, name: true, type: true } },
    },
  });
}
export type CustomerRewardRow = Awaited<ReturnType<typeof getCustomerRewards>>[number];

/** The CASHBACK transactions among `ids`, each with when it was written (its reference number needs it). */
export async function getCreditTransactions(ids: bigint[]) {
  if (ids.length === 0) return new Map<string, Date>();
  const rows = await db.transaction.findMany({ where: { id: { in: ids } }, select: { id: true, createdAt: true } });
  return new Map(rows.map((row) => [row.id.toString(), row.createdAt]));
}
