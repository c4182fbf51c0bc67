// Large-value activity planted in the demo's last days, so that the large-value detector
// (lib/reports/large-value) has customer-days to report: cash-like top-ups and withdrawals of ¥50,000 and
// more (a single one at exactly the threshold, and cumulative ones), money in and out on the same day, a
// natural person's domestic transfers cumulating past ¥500,000, and cross-border USD payments past USD
// 10,000. Each plant goes to the next customer who can carry it (an ordinary, fully verified adult whose
// wallet was active well before), on a fixed day before `now`, so some reports are overdue and some due
// soon. The rows join the customer's history and are written by the one transaction writer like every
// other row. Plants draw from their own stream: nothing else in the population moves.
import type { NewTransaction } from "@/lib/transactions/record";
import type { Random } from "@/lib/sim/random";
import type { CustomerBundle } from "@/lib/sim/population";
import type { SimOptions } from "@/lib/sim/options";
import { addDaysToDay, shanghaiDay, startOfShanghaiDay } from "@/lib/time";

const HOUR = 3_600_000;
const MINUTE = 60_000;
const DAY = 24 * HOUR;

export type LargeValuePlantKind =
  /** One top-up and one withdrawal of exactly ¥50,000 on the day (the threshold is inclusive). */
  | "CASH_SINGLE"
  /** Several smaller top-ups and withdrawals on the day, each direction cumulating past ¥50,000. */
  | "CASH_CUMULATIVE"
  /** Savings topped up over the two days before, withdrawn on the day in two parts past ¥50,000. */
  | "CASH_OUT_CUMULATIVE"
  /** A top-up of exactly ¥50,000, spent on the day by smaller payments. */
  | "CASH_IN_SINGLE"
  /** A natural person receives a flat's price in four domestic transfers cumulating past ¥500,000. */
  | "DOMESTIC_TRANSFERS"
  /** Tuition and housing paid to a US university, cumulating past USD 10,000 (each under ¥50,000). */
  | "CROSS_BORDER_USD";

export interface LargeValuePlant {
  kind: LargeValuePlantKind;
  /** Shanghai days before the day of `now` (1 = yesterday, the last day the detector has closed). */
  daysAgo: number;
}

/** The demo's plants, oldest first: about two weeks of reports, from overdue to due in a few days. */
export const LARGE_VALUE_PLANTS: readonly LargeValuePlant[] = [
  { kind: "CASH_SINGLE", daysAgo: 9 },
  { kind: "CASH_CUMULATIVE", daysAgo: 8 },
  { kind: "CASH_SINGLE", daysAgo: 7 },
  { kind: "CASH_OUT_CUMULATIVE", daysAgo: 6 },
  { kind: "DOMESTIC_TRANSFERS", daysAgo: 5 },
  { kind: "CASH_CUMULATIVE", daysAgo: 4 },
  { kind: "CROSS_BORDER_USD", daysAgo: 3 },
  { kind: "CASH_CUMULATIVE", daysAgo: 2 },
  { kind: "CASH_IN_SINGLE", daysAgo: 1 },
];

/** Large-value thresholds the plants are sized against (the rule set's version 1; the detector reads its own). */
export const CASH_THRESHOLD_FEN = 5_000_000n;
export const DOMESTIC_TRANSFER_THRESHOLD_FEN = 50_000_000n;
export const CROSS_BORDER_THRESHOLD_USD_CENTS = 1_000_000n;

/** A US university's bursar, paid in USD at this rate (CNY per USD). */
const UNIVERSITY = { merchantName: "Columbia University Bursar", mcc: "8220", country: "US", currency: "USD", fxRate: 7.1045 } as const;
const FLAT_BUYER = { counterpartyWalletId: "W-EXTERNAL", counterpartyName: "刘**" } as const;

export interface LargeValuePlanted {
  customerId: string;
  walletId: string;
  plant: LargeValuePlant;
  /** The Shanghai day the reportable rows fall on. */
  day: string;
  rows: NewTransaction[];
}

/**
 * Hands the plants out, in order, to the customers of the population as they are generated. `offer` adds a
 * plant's rows to a customer's bundle when the customer can carry the next one, and returns what it planted.
 */
export function largeValuePlanter(options: SimOptions): { offer(bundle: CustomerBundle, random: Random): LargeValuePlanted | null; planted: LargeValuePlanted[] } {
  const today = shanghaiDay(options.now);
  const windowStart = new Date(options.now.getTime() - options.days * DAY);
  // A plant needs its day and the two before it inside the window (CASH_OUT_CUMULATIVE saves up over them).
  const plants = LARGE_VALUE_PLANTS.filter((p) => startOfShanghaiDay(addDaysToDay(today, -p.daysAgo - 2)) >= windowStart);
  const planted: LargeValuePlanted[] = [];
  return {
    planted,
    offer(bundle, random) {
      const plant = plants[planted.length];
      if (!plant) return null;
      const day = addDaysToDay(today, -plant.daysAgo);
      if (!canCarry(bundle, startOfShanghaiDay(addDaysToDay(day, -5)), options.now)) return null;
      const rows = plantRows(random, bundle, plant.kind, day);
      addToBundle(bundle, rows);
      const done = { customerId: bundle.customer.id, walletId: bundle.wallet.id, plant, day, rows };
      planted.push(done);
      return done;
    },
  };
}

/** An ordinary customer (no planted fraud or near-miss, no KYC fault), adult, with a fully verified wallet active since before `since`. */
function canCarry(bundle: CustomerBundle, since: Date, now: Date): boolean {
  const { customer, wallet } = bundle;
  if (wallet.status !== "ACTIVE" || wallet.tier !== 3 || !wallet.activatedAt) return false;
  if (new Date(wallet.activatedAt).getTime() >= since.getTime()) return false;
  if (customer.riskLevel !== "LOW" || bundle.nearMiss || bundle.transactions.some((t) => t.fraudPattern)) return false;
  const age = (now.getTime() - new Date(customer.birthDate).getTime()) / (365.25 * DAY);
  return age >= 25;
}

function plantRows(random: Random, bundle: CustomerBundle, kind: LargeValuePlantKind, day: string): NewTransaction[] {
  const last = bundle.transactions.at(-1);
  const deviceId = last?.deviceId ?? `dev_${random.int(0, 2 ** 30).toString(16)}`;
  const ip = last?.ip ?? `117.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`;
  const cardId = bundle.cards.find((c) => c.status !== "REMOVED")?.id ?? bundle.cards[0]!.id;
  const walletId = bundle.wallet.id;
  const dayStart = startOfShanghaiDay(day);
  /** An instant on `onDay` at about `hour` o'clock (Shanghai), a few minutes either way. */
  const at = (hour: number, onDay = dayStart) => new Date(onDay.getTime() + hour * HOUR + random.int(0, 40) * MINUTE + random.int(0, 59_999));
  const row = (createdAt: Date, type: NewTransaction["type"], amountFen: bigint, extra: Partial<NewTransaction> = {}): NewTransaction => ({
    walletId,
    type,
    status: "SUCCEEDED",
    amountFen,
    channel: "BANK_TRANSFER",
    deviceId,
    ip,
    createdAt,
    ...(type === "TOP_UP" || type === "WITHDRAWAL" ? { cardId } : {}),
    ...extra,
  });
  const yuan = (n: number) => BigInt(n) * 100n;
  const dayBefore = (n: number) => startOfShanghaiDay(addDaysToDay(day, -n));

  switch (kind) {
    case "CASH_SINGLE":
      return [row(at(9), "TOP_UP", CASH_THRESHOLD_FEN), row(at(16), "WITHDRAWAL", CASH_THRESHOLD_FEN)];
    case "CASH_CUMULATIVE": {
      const ins = [yuan(20_000 + random.int(0, 20) * 100), yuan(18_000 + random.int(0, 20) * 100), yuan(15_000 + random.int(0, 20) * 100)];
      const total = ins.reduce((a, b) => a + b, 0n);
      const firstOut = yuan(30_000);
      return [
        row(at(8), "TOP_UP", ins[0]!),
        row(at(10), "TOP_UP", ins[1]!),
        row(at(13), "TOP_UP", ins[2]!),
        row(at(17), "WITHDRAWAL", firstOut),
        row(at(20), "WITHDRAWAL", total - firstOut - yuan(800)),
      ];
    }
    case "CASH_OUT_CUMULATIVE":
      return [
        row(at(19, dayBefore(2)), "TOP_UP", yuan(28_000)),
        row(at(12, dayBefore(1)), "TOP_UP", yuan(27_500)),
        row(at(10), "WITHDRAWAL", yuan(30_000)),
        row(at(15), "WITHDRAWAL", yuan(24_000)),
      ];
    case "CASH_IN_SINGLE":
      return [
        row(at(9), "TOP_UP", CASH_THRESHOLD_FEN),
        row(at(11), "TRANSFER_OUT", yuan(42_000), { channel: "APP", counterpartyWalletId: "W-EXTERNAL", counterpartyName: "装修公司" }),
        row(at(18), "PAYMENT", yuan(3_680), { channel: "QR", merchantName: "红星美凯龙", mcc: "5712" }),
      ];
    case "DOMESTIC_TRANSFERS":
      // A flat's price in instalments from its buyer: money in only (the seller keeps it for now).
      return [yuan(200_000), yuan(150_000), yuan(120_000), yuan(60_000)].map((amount, i) =>
        row(at(9 + i * 2), "TRANSFER_IN", amount, { channel: "APP", ...FLAT_BUYER }),
      );
    case "CROSS_BORDER_USD": {
      const usd = [680_000n, 345_000n]; // USD 6,800.00 tuition deposit, USD 3,450.00 housing: USD 10,250.00
      const cny = (cents: bigint) => BigInt(Math.round(Number(cents) * UNIVERSITY.fxRate));
      const { fxRate, ...merchant } = UNIVERSITY;
      return [
        row(at(20, dayBefore(1)), "TOP_UP", yuan(40_000)),
        row(at(8), "TOP_UP", yuan(35_000)),
        ...usd.map((cents, i) =>
          row(at(21 + i), "PAYMENT", cny(cents), { channel: "ONLINE", ...merchant, originalAmountMinor: cents, fxRate: fxRate.toFixed(6), crossBorder: true }),
        ),
      ];
    }
  }
}

/** The rows join the customer's history in time order; the wallet's balance follows them. */
function addToBundle(bundle: CustomerBundle, rows: NewTransaction[]): void {
  bundle.transactions.push(...rows);
  bundle.transactions.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const credit = new Set(["TOP_UP", "TRANSFER_IN", "REFUND", "CASHBACK"]);
  const delta = rows.reduce((sum, t) => (credit.has(t.type) ? sum + t.amountFen : sum - t.amountFen), 0n);
  const balance = BigInt(bundle.wallet.balanceFen ?? 0n) + delta;
  bundle.wallet.balanceFen = balance < 0n ? 0n : balance;
}
