// Builders for the rules' unit tests: a promotion, a payment, a customer, with only what a test changes spelled out.
import { emptyPromotionParams, type PromotionParams } from "@/lib/promotions/params";
import type { CustomerFacts, PromotionToRun, RewardEvent } from "@/lib/promotions/rules/types";

/** 2026-11-01 00:00 to 2026-11-12 00:00, Shanghai time. */
export const STARTS_AT = "2026-11-01T00:00:00+08:00";
export const ENDS_AT = "2026-11-12T00:00:00+08:00";

export function params(overrides: Partial<PromotionParams> = {}): PromotionParams {
  return { ...emptyPromotionParams(STARTS_AT, ENDS_AT), name: "双十一返现", ...overrides };
}

export function promotion(id: string, overrides: Partial<PromotionParams> = {}, remainingFen?: bigint): PromotionToRun {
  const p = params(overrides);
  return { id, versionId: `${id}_v1`, params: p, remainingFen: remainingFen ?? BigInt(p.budgetFen) };
}

type Payment = Extract<RewardEvent, { kind: "PAYMENT" }>;

export function payment(overrides: Partial<Payment> = {}): Payment {
  return {
    kind: "PAYMENT",
    transactionId: 1001n,
    walletId: "wal_1",
    customerId: "cus_1",
    amountFen: 10_000n,
    channel: "QR",
    mcc: "5411",
    at: new Date("2026-11-05T12:00:00+08:00"),
    firstPayment: false,
    ...overrides,
  };
}

export function bonusEvent(kind: "WALLET_ACTIVATION" | "CARD_LINK", at = new Date("2026-11-05T12:00:00+08:00")): RewardEvent {
  return { kind, walletId: "wal_1", customerId: "cus_1", at };
}

export function customer(overrides: Partial<CustomerFacts> = {}): CustomerFacts {
  return { customerId: "cus_1", tier: 2, province: "广东省", registeredAt: new Date("2026-10-20T09:00:00+08:00"), ...overrides };
}
