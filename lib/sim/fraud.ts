// Planted fraud, labelled on each transaction (fraudPattern) so that rules can be backtested against
// known truth: account takeover, card testing, structuring under the reporting threshold, and mule rings.
import type { FraudPattern } from "@/lib/generated/prisma/enums";
import type { Counterparty, WalletLedger } from "@/lib/sim/activity";
import type { Random } from "@/lib/sim/random";

export interface FraudPlan {
  pattern: FraudPattern;
  /** Shanghai day (YYYY-MM-DD) on which it happens. */
  day: string;
  /** Mule rings send their money on to one collector wallet. */
  collector?: Counterparty;
}

export const FRAUD_RATES: Readonly<Record<FraudPattern, number>> = {
  ACCOUNT_TAKEOVER: 0.004,
  CARD_TESTING: 0.003,
  STRUCTURING: 0.002,
  MULE_RING: 0.003,
  VELOCITY_BURST: 0,
  UNUSUAL_AMOUNT: 0,
  DORMANT_REACTIVATION: 0,
  RAPID_IN_OUT: 0,
  FAN_OUT: 0,
  NIGHT_RUNNING: 0,
  LOCATION_HOP: 0,
};

/** Large-value reporting threshold for individuals' transfers (CNY 50,000), in fen. */
export const REPORTING_THRESHOLD_FEN = 5_000_000n;

const MINUTE = 60_000;
const HOUR = 3_600_000;
const FOREIGN_IPS = ["185.220.101.", "45.134.26.", "103.251.167.", "91.219.236.", "194.26.29."];

export function plantedFraud(random: Random, ledger: WalletLedger, plan: FraudPlan, dayStart: Date, counterparty: () => Counterparty): void {
  const pattern = plan.pattern;
  switch (pattern) {
    case "ACCOUNT_TAKEOVER": {
      // A new device from abroad in the small hours drains the wallet to strangers.
      let at = new Date(dayStart.getTime() + random.int(1, 3) * HOUR + random.int(0, 59) * MINUTE);
      const stolen = { deviceId: `dev_${random.int(0, 2 ** 30).toString(16)}x`, ip: random.pick(FOREIGN_IPS) + random.int(2, 250) };
      ledger.ensureFunds(at, 800_000n);
      for (let i = 0, n = random.int(2, 4); i < n && ledger.balanceFen > 10_000n; i++) {
        at = new Date(at.getTime() + random.int(2, 9) * MINUTE);
        const amount = i === n - 1 ? ledger.balanceFen : (ledger.balanceFen * BigInt(random.int(30, 60))) / 100n;
        const other = counterparty();
        ledger.add(at, "TRANSFER_OUT", "APP", amount, { ...stolen, status: "SUCCEEDED", counterpartyWalletId: other.walletId, counterpartyName: other.name }, pattern);
      }
      return;
    }
    case "CARD_TESTING": {
      // Tiny online payments in quick succession, most of them declined.
      let at = new Date(dayStart.getTime() + random.int(0, 23) * HOUR);
      for (let i = 0, n = random.int(8, 20); i < n; i++) {
        at = new Date(at.getTime() + random.int(10, 70) * 1000);
        const status = random.chance(0.6) ? "FAILED" : "SUCCEEDED";
        const amount = BigInt(random.int(100, 500));
        if (status === "SUCCEEDED") ledger.ensureFunds(at, amount);
        ledger.add(at, "PAYMENT", "ONLINE", amount, { status, merchantName: "GLOBAL DIGITAL GOODS", mcc: "5816", country: "CN" }, pattern);
      }
      return;
    }
    case "STRUCTURING": {
      // Several top-ups each just under the reporting threshold, then the sum moves on.
      let at = new Date(dayStart.getTime() + random.int(9, 12) * HOUR);
      let total = 0n;
      for (let i = 0, n = random.int(3, 6); i < n; i++) {
        at = new Date(at.getTime() + random.int(20, 300) * MINUTE);
        const amount = REPORTING_THRESHOLD_FEN - BigInt(random.int(1, 500)) * 1_000n;
        total += amount;
        ledger.add(at, "TOP_UP", "BANK_TRANSFER", amount, { status: "SUCCEEDED", cardId: random.pick(ledger.life.cardIds) }, pattern);
      }
      const other = counterparty();
      ledger.add(new Date(at.getTime() + random.int(1, 5) * HOUR), "TRANSFER_OUT", "APP", total, { status: "SUCCEEDED", counterpartyWalletId: other.walletId, counterpartyName: other.name }, pattern);
      return;
    }
    case "MULE_RING": {
      // Many small inflows from different wallets, passed on almost whole to the ring's collector.
      let at = new Date(dayStart.getTime() + random.int(8, 14) * HOUR);
      let received = 0n;
      for (let i = 0, n = random.int(8, 16); i < n; i++) {
        at = new Date(at.getTime() + random.int(3, 25) * MINUTE);
        const amount = BigInt(random.int(1_500, 9_500)) * 100n;
        received += amount;
        const other = counterparty();
        ledger.add(at, "TRANSFER_IN", "APP", amount, { status: "SUCCEEDED", counterpartyWalletId: other.walletId, counterpartyName: other.name }, pattern);
      }
      const collector = plan.collector ?? counterparty();
      ledger.add(new Date(at.getTime() + random.int(10, 50) * MINUTE), "TRANSFER_OUT", "APP", (received * 97n) / 100n, {
        status: "SUCCEEDED",
        counterpartyWalletId: collector.walletId,
        counterpartyName: collector.name,
      }, pattern);
      return;
    }
  }
}
