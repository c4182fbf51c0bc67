// Builders for the rules' unit tests: a wallet's transactions at minutes from a fixed instant, oldest first.
import type { ScoredTransaction, WalletHistory } from "@/lib/fraud/rules/types";

/** 14:00 in Shanghai on Wednesday 11 November 2026. */
export const NOW = new Date("2026-11-11T06:00:00Z");
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

let nextId = 1n;

/** A transaction `minutesAgo` before NOW (negative: after). Succeeded domestic QR payment of ¥100 unless told. */
export function txn(minutesAgo: number, fields: Partial<ScoredTransaction> = {}): ScoredTransaction {
  return {
    id: nextId++,
    walletId: "W1",
    type: "PAYMENT",
    status: "SUCCEEDED",
    amountFen: 10_000n,
    channel: "QR",
    mcc: "5411",
    merchantName: "便利店",
    counterpartyWalletId: null,
    counterpartyName: null,
    cardId: null,
    country: "CN",
    crossBorder: false,
    deviceId: "dev_home",
    ip: "36.1.2.3",
    createdAt: new Date(NOW.getTime() - minutesAgo * MINUTE),
    ...fields,
  };
}

/** A history of `prior` (sorted oldest first here, as the loader returns it). */
export function historyOf(prior: ScoredTransaction[], fields: Partial<WalletHistory> = {}): WalletHistory {
  return {
    prior: [...prior].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()),
    lastActivityBeforeWindow: null,
    customer: { id: "C1", createdAt: new Date("2024-01-01T00:00:00Z"), province: "上海市", city: "上海市" },
    wallet: { id: "W1", activatedAt: new Date("2024-01-02T00:00:00Z"), tier: 3 },
    ...fields,
  };
}

/** `n` transactions spread evenly over the `spanMinutes` before `endMinutesAgo`. */
export function spread(n: number, endMinutesAgo: number, spanMinutes: number, fields: (i: number) => Partial<ScoredTransaction>): ScoredTransaction[] {
  const out: ScoredTransaction[] = [];
  for (let i = 0; i < n; i++) out.push(txn(endMinutesAgo + (n === 1 ? 0 : (spanMinutes * (n - 1 - i)) / (n - 1)), fields(i)));
  return out;
}
