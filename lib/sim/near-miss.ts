// Near-misses: ordinary behaviour that comes close to one rule's threshold and stays just inside it (one
// payment fewer than the velocity count, amounts under the structuring margin, a night owl's two
// transfers, a trip abroad paid from the country's own network...). They are not labelled: a rule that
// fires on them is a false positive, which is what makes precision mean something. Sized from the same
// thresholds as the plants (SIM_THRESHOLDS in lib/sim/fraud.ts, the rules' default parameters).
import type { NewTransaction } from "@/lib/transactions/record";
import type { Counterparty, WalletLedger } from "@/lib/sim/activity";
import { CROSS_BORDER_MERCHANTS, DOMESTIC_MERCHANTS, FX_RATES_CNY } from "@/lib/sim/data/merchants";
import { distinctCounterparties, REPORTING_THRESHOLD_FEN, SIM_THRESHOLDS as T, TRAVEL_IPS } from "@/lib/sim/fraud";
import type { Random } from "@/lib/sim/random";

/** The rule codes (lib/fraud/rules), one near-miss kind each. */
export const NEAR_MISS_RULES = [
  "VELOCITY",
  "AMOUNT_SPIKE",
  "NEW_DEVICE_HIGH_VALUE",
  "LOCATION_MISMATCH",
  "STRUCTURING",
  "DORMANT_REACTIVATION",
  "RAPID_IN_OUT",
  "FAN_IN",
  "FAN_OUT",
  "CARD_TESTING",
  "NIGHT_TRANSFERS",
] as const;
export type NearMissRule = (typeof NEAR_MISS_RULES)[number];

export interface NearMissPlan {
  rule: NearMissRule;
  /** Shanghai day (YYYY-MM-DD) of the behaviour. */
  day: string;
  /** Dormancy near-miss: silent from here, a little shorter than the rule's idle period. */
  quietFrom?: Date;
}

/** Near-misses that need a class III wallet's limits. */
export const NEAR_MISS_NEEDS_TIER_3: ReadonlySet<NearMissRule> = new Set(["STRUCTURING", "AMOUNT_SPIKE", "RAPID_IN_OUT", "DORMANT_REACTIVATION", "NEW_DEVICE_HIGH_VALUE", "FAN_OUT"]);

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

function fen(yuan: number): bigint {
  return BigInt(Math.round(yuan)) * 100n;
}

/** When in its day the near-miss happens. */
export function nearMissStart(random: Random, plan: NearMissPlan, dayStart: Date): Date {
  const hour = plan.rule === "NIGHT_TRANSFERS" ? random.int(0, 2) : random.int(9, 15);
  return new Date(dayStart.getTime() + hour * HOUR + random.int(0, 29) * MINUTE);
}

/** Plants the near-miss at `start` and returns the rows that come close to the rule's threshold. */
export function plantNearMiss(random: Random, ledger: WalletLedger, plan: NearMissPlan, start: Date, counterparty: () => Counterparty): NewTransaction[] {
  const rows: NewTransaction[] = [];
  const add = (at: Date, type: NewTransaction["type"], channel: NewTransaction["channel"], amountFen: bigint, extra: Partial<NewTransaction> = {}) => {
    const row = ledger.add(at, type, channel, amountFen, { status: "SUCCEEDED", ...extra });
    rows.push(row);
    return row;
  };
  const transfer = (at: Date, type: "TRANSFER_IN" | "TRANSFER_OUT", amountFen: bigint, other: Counterparty) =>
    add(at, type, "APP", amountFen, { counterpartyWalletId: other.walletId, counterpartyName: other.name });
  let at = start;
  const later = (minMinutes: number, maxMinutes: number) => (at = new Date(at.getTime() + random.int(minMinutes * 60, maxMinutes * 60) * 1000));

  switch (plan.rule) {
    case "VELOCITY": {
      // A family shop at a supermarket and the café next door: one payment fewer than the count.
      const n = T.velocityCount - 1;
      const spanMs = (T.velocityWindowMinutes * MINUTE * 2) / 3;
      ledger.ensureFunds(new Date(start.getTime() - 3 * HOUR), fen(80 * n), true);
      for (let i = 0; i < n; i++) {
        at = new Date(start.getTime() + Math.floor((spanMs * i) / Math.max(1, n)));
        const merchant = random.pick(DOMESTIC_MERCHANTS.filter((m) => m.category === "grocery" || m.category === "coffee" || m.category === "convenience"));
        const amount = fen(random.int(8, 80));
        add(at, "PAYMENT", "QR", amount, { merchantName: merchant.name, mcc: merchant.mcc });
      }
      break;
    }
    case "AMOUNT_SPIKE": {
      // A customer who regularly makes large purchases (each under the amount the rule judges) makes
      // a larger one, still well under the multiple of the largest.
      const merchant = random.pick(DOMESTIC_MERCHANTS.filter((m) => m.category === "electronics" || m.category === "jewelry"));
      // Under the amount the rule judges, and small enough that the larger purchase fits the single limit.
      const ceiling = Math.min(Number(T.spikeMinFen / 100n) - 1, Number(ledger.life.singleLimitFen / 200n));
      let largest = 0n;
      for (let i = 4; i >= 1; i--) {
        const when = new Date(start.getTime() - i * 2 * DAY - random.int(0, 600) * MINUTE);
        const amount = fen(random.int(Math.floor(ceiling * 0.7), ceiling));
        if (amount > largest) largest = amount;
        ledger.ensureFunds(when, amount);
        ledger.add(when, "PAYMENT", "ONLINE", amount, { status: "SUCCEEDED", merchantName: merchant.name, mcc: merchant.mcc });
      }
      const multiple = (largest * BigInt(Math.floor((T.spikeMultiple - 1.5) * 100))) / 100n;
      const capped = multiple > ledger.life.singleLimitFen ? ledger.life.singleLimitFen : multiple;
      const amount = capped < T.spikeMinFen ? T.spikeMinFen : capped;
      ledger.ensureFunds(new Date(at.getTime() - random.int(2, 6) * HOUR), amount, true);
      add(at, "PAYMENT", "ONLINE", amount, { merchantName: merchant.name, mcc: merchant.mcc });
      break;
    }
    case "NEW_DEVICE_HIGH_VALUE": {
      // A new phone: the first payments from it stay under the high-value threshold.
      const deviceId = `dev_${random.int(0, 2 ** 30).toString(16)}n`;
      const amount = T.newDeviceMinFen - fen(random.int(1, 200));
      ledger.ensureFunds(at, amount);
      const merchant = random.pick(DOMESTIC_MERCHANTS.filter((m) => m.category === "electronics" || m.category === "ecommerce"));
      add(at, "PAYMENT", "ONLINE", amount, { deviceId, merchantName: merchant.name, mcc: merchant.mcc });
      ledger.life.deviceId = deviceId;
      break;
    }
    case "LOCATION_MISMATCH": {
      // On a trip abroad with the usual phone: paid from the country's own network, at its merchants.
      const merchant = random.weighted(CROSS_BORDER_MERCHANTS, (m) => m.weight);
      const ip = `${TRAVEL_IPS[merchant.country] ?? "133.106."}${random.int(0, 255)}.${random.int(1, 254)}`;
      for (let i = 0, n = random.int(1, 3); i < n; i++) {
        later(30, 180);
        const fx = FX_RATES_CNY[merchant.currency]!;
        const amountFen = fen(random.int(Math.max(1, merchant.minFen / 100), Math.max(2, Math.min(merchant.maxFen, 300_000) / 100)));
        const minor = BigInt(Math.max(1, Math.round((Number(amountFen) / 100 / fx.rate) * 10 ** fx.minorDigits)));
        const amount = BigInt(Math.round((Number(minor) / 10 ** fx.minorDigits) * fx.rate * 100));
        ledger.ensureFunds(at, amount);
        add(at, "PAYMENT", random.pick(["ONLINE", "NFC"] as const), amount, {
          ip,
          merchantName: merchant.name,
          mcc: merchant.mcc,
          currency: merchant.currency,
          originalAmountMinor: minor,
          fxRate: fx.rate.toFixed(6),
          country: merchant.country,
          crossBorder: true,
        });
      }
      break;
    }
    case "STRUCTURING": {
      // Large top-ups for a deposit on a flat: one fewer just under the report than the rule counts, the
      // rest well below the margin.
      const card = () => random.pick(ledger.life.cardIds);
      for (let i = 0; i < T.structuringCount - 1; i++) {
        later(20, 90);
        add(at, "TOP_UP", "BANK_TRANSFER", REPORTING_THRESHOLD_FEN - fen(random.int(100, Math.max(101, Number(T.structuringMarginFen / 100n) - 1))), { cardId: card() });
      }
      later(20, 90);
      add(at, "TOP_UP", "BANK_TRANSFER", REPORTING_THRESHOLD_FEN - T.structuringMarginFen - fen(random.int(2_000, 10_000)), { cardId: card() });
      break;
    }
    case "DORMANT_REACTIVATION": {
      // Back after a long break that is still shorter than the rule's idle period: a friend repays a loan.
      transfer(at, "TRANSFER_IN", T.dormantMinFen * 2n + fen(random.int(0, 5_000)), counterparty());
      break;
    }
    case "RAPID_IN_OUT": {
      // Salary in, rent out the same morning: most of it stays in the wallet.
      const amount = T.rapidMinFen + fen(random.int(0, 2_000));
      add(at, "TOP_UP", "BANK_TRANSFER", amount, { cardId: random.pick(ledger.life.cardIds) });
      later(10, Math.max(11, T.rapidWindowMinutes - 5));
      const share = Math.min(T.rapidShare - 0.3, 0.45);
      transfer(at, "TRANSFER_OUT", (amount * BigInt(Math.round(share * 100))) / 100n, counterparty());
      break;
    }
    case "FAN_IN": {
      // Friends settle a shared trip (AA): one fewer payer than the rule counts, then most of it goes to
      // the friend who booked.
      let received = 0n;
      const each = Number(T.fanInMinFen / 100n) / Math.max(1, T.fanInCount - 1);
      for (const other of distinctCounterparties(T.fanInCount - 1, counterparty)) {
        later(1, 30);
        const amount = fen(random.int(Math.ceil(each), Math.ceil(each * 1.1)));
        received += amount;
        transfer(at, "TRANSFER_IN", amount, other);
      }
      later(30, 90);
      transfer(at, "TRANSFER_OUT", (received * 85n) / 100n, counterparty());
      break;
    }
    case "FAN_OUT": {
      // A bonus in, then paying back a few friends: one fewer than the rule counts.
      const amount = T.fanOutMinFen + fen(random.int(1_000, 4_000));
      transfer(at, "TRANSFER_IN", amount, counterparty());
      const others = distinctCounterparties(T.fanOutCount - 1, counterparty);
      for (const other of others) {
        later(5, 40);
        transfer(at, "TRANSFER_OUT", (amount * BigInt(random.int(12, 16))) / 100n, other);
      }
      break;
    }
    case "CARD_TESTING": {
      // A vending machine declines a card a few times: one fewer failure than the rule counts.
      const merchant = random.pick(DOMESTIC_MERCHANTS.filter((m) => m.category === "convenience"));
      for (let i = 0; i < T.cardTestingCount - 1; i++) {
        at = new Date(at.getTime() + random.int(20, 60) * 1000);
        add(at, "PAYMENT", "ONLINE", BigInt(random.int(300, Math.max(301, Number(T.cardTestingMaxFen) - 1))), { status: "FAILED", merchantName: merchant.name, mcc: merchant.mcc });
      }
      break;
    }
    case "NIGHT_TRANSFERS": {
      // A night owl sends two transfers after midnight.
      ledger.ensureFunds(new Date(start.getTime() - 6 * HOUR), fen(1_600), true);
      for (const other of distinctCounterparties(2, counterparty)) {
        later(5, 40);
        const amount = fen(random.int(50, 800));
        transfer(at, "TRANSFER_OUT", amount, other);
      }
      break;
    }
  }
  return rows;
}
