// Planted fraud, labelled on each transaction (fraudPattern, and one fraudIncident id shared by all the
// transactions of one incident) so that rules can be backtested against known truth. Every pattern the
// rules look for is planted here, sized from the rules' own default parameters (SIM_THRESHOLDS below) so
// that each incident clearly crosses its rule's threshold; near-misses just inside them live in
// lib/sim/near-miss.ts. The same code plants incidents into the seeded history and, in live mode, now.
import type { FraudPattern } from "@/lib/generated/prisma/enums";
import type { NewTransaction } from "@/lib/transactions/record";
import { ruleByCode } from "@/lib/fraud/rules";
import type { Counterparty, WalletLedger } from "@/lib/sim/activity";
import { DOMESTIC_MERCHANTS } from "@/lib/sim/data/merchants";
import type { Random } from "@/lib/sim/random";
import { shanghaiDay } from "@/lib/time";

export interface FraudLabel {
  fraudPattern: FraudPattern;
  fraudIncident: string;
}

export interface FraudPlan {
  pattern: FraudPattern;
  /** Shanghai day (YYYY-MM-DD) on which it happens. */
  day: string;
  /** Mule rings send their money on to one collector wallet. */
  collector?: Counterparty;
  /** Dormant reactivation: the wallet falls silent from this instant until the incident. */
  quietFrom?: Date;
}

/** Every pattern, in the order the forced plants cycle through them. */
export const FRAUD_PATTERNS: readonly FraudPattern[] = [
  "ACCOUNT_TAKEOVER",
  "CARD_TESTING",
  "STRUCTURING",
  "MULE_RING",
  "VELOCITY_BURST",
  "UNUSUAL_AMOUNT",
  "DORMANT_REACTIVATION",
  "RAPID_IN_OUT",
  "FAN_OUT",
  "NIGHT_RUNNING",
  "LOCATION_HOP",
];

/** Chance that a customer past the forced minimum plants each pattern (lib/sim/population.ts). */
export const FRAUD_RATES: Readonly<Record<FraudPattern, number>> = {
  ACCOUNT_TAKEOVER: 0.0015,
  CARD_TESTING: 0.001,
  STRUCTURING: 0.0008,
  MULE_RING: 0.001,
  VELOCITY_BURST: 0.001,
  UNUSUAL_AMOUNT: 0.001,
  DORMANT_REACTIVATION: 0.0008,
  RAPID_IN_OUT: 0.001,
  FAN_OUT: 0.0008,
  NIGHT_RUNNING: 0.0008,
  LOCATION_HOP: 0.001,
};

/** Patterns whose amounts need a class III wallet (single payment up to ¥50,000). */
export const NEEDS_TIER_3: ReadonlySet<FraudPattern> = new Set(["STRUCTURING", "UNUSUAL_AMOUNT", "RAPID_IN_OUT", "FAN_OUT", "DORMANT_REACTIVATION", "MULE_RING", "ACCOUNT_TAKEOVER"]);

/** Large-value reporting threshold for cash-like top-ups and withdrawals (CNY 50,000), in fen. */
export const REPORTING_THRESHOLD_FEN = 5_000_000n;

/** The rules' thresholds the plants and near-misses are sized from: each rule's default parameter
 *  (lib/fraud/rules/<code>.ts, `params.<name>.default`), so that a change of default moves the plants. */
export interface SimThresholds {
  /** VELOCITY: outflows in the window that fire it; the window; the total that fires it. */
  velocityCount: number;
  velocityWindowMinutes: number;
  velocityTotalFen: bigint;
  /** AMOUNT_SPIKE: multiple of the largest past outflow; the smallest amount judged; past outflows needed. */
  spikeMultiple: number;
  spikeMinFen: bigint;
  spikeHistoryCount: number;
  /** NEW_DEVICE_HIGH_VALUE: the smallest amount from a new device that fires it. */
  newDeviceMinFen: bigint;
  /** LOCATION_MISMATCH: past transactions needed. */
  locationHistoryCount: number;
  /** STRUCTURING: same-day just-under amounts that fire it; how far under the ¥50,000 cash threshold counts. */
  structuringCount: number;
  structuringMarginFen: bigint;
  /** DORMANT_REACTIVATION: idle days; the smallest amount. */
  dormantDays: number;
  dormantMinFen: bigint;
  /** RAPID_IN_OUT: window; money in needed; share sent on. */
  rapidWindowMinutes: number;
  rapidMinFen: bigint;
  rapidShare: number;
  /** FAN_IN / FAN_OUT: distinct counterparties; money in needed. */
  fanInCount: number;
  fanInMinFen: bigint;
  fanOutCount: number;
  fanOutMinFen: bigint;
  /** CARD_TESTING: failed small online payments in the window; the small-amount ceiling. */
  cardTestingCount: number;
  cardTestingMaxFen: bigint;
  /** NIGHT_TRANSFERS: transfers and counterparties in the night; the hour the night ends. */
  nightCount: number;
  nightCounterparties: number;
  nightEndHour: number;
}

function ruleDefault(code: string, name: string): number {
  const spec = ruleByCode(code)?.params[name];
  if (!spec) throw new Error(`The simulator sizes its plants from ${code}.${name}, which the rule no longer has`);
  return spec.default;
}

function thresholds(): SimThresholds {
  const cash = ruleDefault("STRUCTURING", "cashThresholdFen");
  return {
    velocityCount: ruleDefault("VELOCITY", "minCount"),
    velocityWindowMinutes: ruleDefault("VELOCITY", "windowMinutes"),
    velocityTotalFen: BigInt(ruleDefault("VELOCITY", "minTotalFen")),
    spikeMultiple: ruleDefault("AMOUNT_SPIKE", "multiple"),
    spikeMinFen: BigInt(ruleDefault("AMOUNT_SPIKE", "minAmountFen")),
    spikeHistoryCount: ruleDefault("AMOUNT_SPIKE", "minHistoryCount"),
    newDeviceMinFen: BigInt(ruleDefault("NEW_DEVICE_HIGH_VALUE", "minAmountFen")),
    locationHistoryCount: ruleDefault("LOCATION_MISMATCH", "minHistoryCount"),
    structuringCount: ruleDefault("STRUCTURING", "minCount"),
    structuringMarginFen: BigInt(Math.round(cash * ruleDefault("STRUCTURING", "marginRatio"))),
    dormantDays: ruleDefault("DORMANT_REACTIVATION", "dormantDays"),
    dormantMinFen: BigInt(ruleDefault("DORMANT_REACTIVATION", "minAmountFen")),
    rapidWindowMinutes: ruleDefault("RAPID_IN_OUT", "windowMinutes"),
    rapidMinFen: BigInt(ruleDefault("RAPID_IN_OUT", "minInflowFen")),
    rapidShare: ruleDefault("RAPID_IN_OUT", "minOutShare"),
    fanInCount: ruleDefault("FAN_IN", "minCounterparties"),
    fanInMinFen: BigInt(ruleDefault("FAN_IN", "minInflowFen")),
    fanOutCount: ruleDefault("FAN_OUT", "minCounterparties"),
    fanOutMinFen: BigInt(ruleDefault("FAN_OUT", "minInflowFen")),
    cardTestingCount: ruleDefault("CARD_TESTING", "minFailed"),
    cardTestingMaxFen: BigInt(ruleDefault("CARD_TESTING", "maxAmountFen")),
    nightCount: ruleDefault("NIGHT_TRANSFERS", "minCount"),
    nightCounterparties: ruleDefault("NIGHT_TRANSFERS", "minCounterparties"),
    nightEndHour: ruleDefault("NIGHT_TRANSFERS", "nightEndHour"),
  };
}

export const SIM_THRESHOLDS: SimThresholds = thresholds();
const T = SIM_THRESHOLDS;

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** Address blocks of foreign hosting and proxy networks fraudsters are seen coming from (lib/fraud/geo.ts
 *  maps them to their countries). */
export const FOREIGN_IPS = ["185.220.101.", "45.134.26.", "103.251.167.", "91.219.236.", "194.26.29."];

/** Local mobile and hotel networks travellers use abroad, by country (lib/fraud/geo.ts maps them back). */
export const TRAVEL_IPS: Readonly<Record<string, string>> = {
  JP: "133.106.",
  KR: "211.234.",
  TH: "49.228.",
  SG: "118.189.",
  HK: "203.198.",
  MO: "202.175.",
  US: "73.162.",
  GB: "81.2.",
  FR: "90.84.",
  AU: "49.176.",
  MY: "202.188.",
};

export function incidentId(walletId: string, pattern: FraudPattern, at: Date): string {
  return `${walletId}:${pattern}:${shanghaiDay(at)}`;
}

/** When in its day an incident of this pattern starts: takeovers in the small hours, 跑分 after midnight,
 *  structuring in banking hours, the rest in the daytime. */
export function incidentStart(random: Random, pattern: FraudPattern, dayStart: Date): Date {
  const hour =
    pattern === "ACCOUNT_TAKEOVER" ? random.int(1, 3)
    : pattern === "NIGHT_RUNNING" ? random.int(0, 1)
    : pattern === "STRUCTURING" ? random.int(9, 11)
    : pattern === "CARD_TESTING" ? random.int(0, 22)
    : random.int(8, 15);
  return new Date(dayStart.getTime() + hour * HOUR + random.int(0, 29) * MINUTE);
}

/** How long after an incident starts the wallet does nothing else: the rules look back over windows (a
 *  day for fan-in and fan-out, three days after a reactivation), and an ordinary transaction in them would
 *  be scored as part of the pattern. */
export function afterIncidentQuietMs(pattern: FraudPattern): number {
  return pattern === "DORMANT_REACTIVATION" ? 4 * DAY : DAY + 8 * HOUR;
}

export function foreignIp(random: Random): string {
  return random.pick(FOREIGN_IPS) + random.int(2, 250);
}

/** Distinct counterparties (as far as the pool allows). */
export function distinctCounterparties(count: number, counterparty: () => Counterparty): Counterparty[] {
  const seen = new Set<string>();
  const out: Counterparty[] = [];
  for (let tries = 0; out.length < count && tries < count * 20; tries++) {
    const other = counterparty();
    if (seen.has(other.walletId)) continue;
    seen.add(other.walletId);
    out.push(other);
  }
  return out;
}

function fen(yuan: number): bigint {
  return BigInt(Math.round(yuan)) * 100n;
}

function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

function max(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}

/** Amount in [lowFen, highFen] fen, whole yuan, never above the wallet's single limit. */
function between(random: Random, ledger: WalletLedger, lowFen: bigint, highFen: bigint): bigint {
  const high = min(highFen, ledger.life.singleLimitFen);
  const low = min(lowFen, high);
  const yuan = random.int(Number(low / 100n), Number(high / 100n));
  return fen(yuan);
}

/**
 * Plants one incident starting at `start` and returns its rows (all labelled with `label`). The wallet's
 * own funding beforehand (the victim's savings, for instance) is ordinary activity and stays unlabelled.
 */
export function plantIncident(random: Random, ledger: WalletLedger, plan: Pick<FraudPlan, "pattern" | "collector">, start: Date, counterparty: () => Counterparty): NewTransaction[] {
  const pattern = plan.pattern;
  const label: FraudLabel = { fraudPattern: pattern, fraudIncident: incidentId(ledger.life.walletId, pattern, start) };
  const rows: NewTransaction[] = [];
  const add = (at: Date, type: NewTransaction["type"], channel: NewTransaction["channel"], amountFen: bigint, extra: Partial<NewTransaction>) => {
    const row = ledger.add(at, type, channel, amountFen, { status: "SUCCEEDED", ...extra }, label);
    rows.push(row);
    return row;
  };
  let at = start;
  const later = (minMinutes: number, maxMinutes: number) => (at = new Date(at.getTime() + random.int(minMinutes * 60, maxMinutes * 60) * 1000));

  switch (pattern) {
    case "ACCOUNT_TAKEOVER": {
      // A device never seen on the wallet, from a foreign proxy, in the small hours, sends the savings
      // to strangers in a few large transfers.
      ordinaryHistory(random, ledger, start, T.locationHistoryCount + 1 - recentActivity(ledger, start));
      const stolen = { deviceId: `dev_${random.int(0, 2 ** 30).toString(16)}x`, ip: foreignIp(random) };
      const each = between(random, ledger, max(T.newDeviceMinFen * 2n, fen(6_000)), fen(30_000));
      const n = random.int(2, 4);
      ledger.ensureFunds(new Date(at.getTime() - random.int(1, 3) * DAY), each * BigInt(n), true);
      for (let i = 0; i < n && ledger.balanceFen >= each; i++) {
        later(2, 9);
        const other = counterparty();
        add(at, "TRANSFER_OUT", "APP", each - BigInt(random.int(0, 50)) * 100n, { ...stolen, counterpartyWalletId: other.walletId, counterpartyName: other.name });
      }
      break;
    }
    case "LOCATION_HOP": {
      // The customer's own phone, but the payments come from a foreign address while the merchants are
      // domestic: a remote-control app or a SIM swap.
      ordinaryHistory(random, ledger, start, T.locationHistoryCount + 1 - recentActivity(ledger, start));
      const ip = foreignIp(random);
      const online = DOMESTIC_MERCHANTS.filter((m) => m.category === "ecommerce" || m.category === "electronics" || m.category === "digital_games");
      for (let i = 0, n = random.int(2, 4); i < n; i++) {
        later(3, 20);
        const merchant = random.pick(online);
        const amount = between(random, ledger, fen(500), fen(6_000));
        ledger.ensureFunds(at, amount);
        add(at, "PAYMENT", "ONLINE", amount, { ip, merchantName: merchant.name, mcc: merchant.mcc, country: "CN" });
      }
      break;
    }
    case "VELOCITY_BURST": {
      // Far more payments in a few minutes than the velocity count allows: a scripted spree.
      const n = T.velocityCount + random.int(3, 8);
      const spanSeconds = Math.max(60, Math.floor((T.velocityWindowMinutes * 60 * 2) / 3));
      const merchant = random.pick(DOMESTIC_MERCHANTS.filter((m) => m.category === "ecommerce" || m.category === "convenience"));
      ledger.ensureFunds(at, fen(200) * BigInt(n));
      for (let i = 0; i < n; i++) {
        at = new Date(start.getTime() + Math.floor((spanSeconds * 1000 * i) / n) + random.int(0, 5) * 1000);
        const amount = fen(random.int(20, 200));
        ledger.ensureFunds(at, amount);
        add(at, "PAYMENT", random.pick(["QR", "ONLINE"] as const), amount, { merchantName: merchant.name, mcc: merchant.mcc });
      }
      break;
    }
    case "UNUSUAL_AMOUNT": {
      // One payment or transfer many times the largest the customer made in the last 30 days. A wallet
      // with too few recent outflows for the rule to judge gets a few ordinary small payments first.
      ordinaryHistory(random, ledger, start, T.spikeHistoryCount + 1 - pastOutflows(ledger, start).count);
      const past = pastOutflows(ledger, start);
      const target = max((past.largest * BigInt(Math.ceil(T.spikeMultiple * 16))) / 10n, (T.spikeMinFen * 3n) / 2n);
      const amount = min(target + fen(random.int(0, 2_000)), ledger.life.singleLimitFen);
      ledger.ensureFunds(new Date(at.getTime() - random.int(2, 20) * HOUR), amount, true);
      if (random.chance(0.5)) {
        const merchant = random.pick(DOMESTIC_MERCHANTS.filter((m) => m.category === "jewelry" || m.category === "luxury" || m.category === "electronics"));
        add(at, "PAYMENT", "ONLINE", amount, { merchantName: merchant.name, mcc: merchant.mcc });
      } else {
        const other = counterparty();
        add(at, "TRANSFER_OUT", "APP", amount, { counterpartyWalletId: other.walletId, counterpartyName: other.name });
      }
      break;
    }
    case "DORMANT_REACTIVATION": {
      // After a long silence (planned by the population: the wallet went quiet on `quietFrom`), money
      // arrives and leaves in large amounts.
      const amount = between(random, ledger, max(T.dormantMinFen * 3n, fen(10_000)), fen(45_000));
      const from = counterparty();
      add(at, "TRANSFER_IN", "APP", amount, { counterpartyWalletId: from.walletId, counterpartyName: from.name });
      for (const other of distinctCounterparties(2, counterparty)) {
        later(20, 120);
        add(at, "TRANSFER_OUT", "APP", amount / 2n, { counterpartyWalletId: other.walletId, counterpartyName: other.name });
      }
      break;
    }
    case "STRUCTURING": {
      // Cash-like top-ups and withdrawals each just under the ¥50,000 large-value report, the same day.
      const n = Math.max(T.structuringCount + 1, 3);
      const card = () => random.pick(ledger.life.cardIds);
      const justUnder = () => REPORTING_THRESHOLD_FEN - fen(random.int(1, Math.max(1, Number(T.structuringMarginFen / 100n) - 1)));
      const tops = Math.min(n, 4);
      for (let i = 0; i < tops; i++) {
        later(15, 70);
        add(at, "TOP_UP", "BANK_TRANSFER", justUnder(), { cardId: card() });
      }
      for (let i = tops; i < n + 1 && ledger.balanceFen > REPORTING_THRESHOLD_FEN; i++) {
        later(15, 70);
        add(at, "WITHDRAWAL", "BANK_TRANSFER", justUnder(), { cardId: card() });
      }
      break;
    }
    case "RAPID_IN_OUT": {
      // Money in and straight out again within minutes, leaving next to nothing.
      const amount = between(random, ledger, max(T.rapidMinFen * 2n, fen(8_000)), fen(48_000));
      const from = counterparty();
      add(at, random.chance(0.6) ? "TRANSFER_IN" : "TOP_UP", random.chance(0.6) ? "APP" : "BANK_TRANSFER", amount, {
        counterpartyWalletId: from.walletId,
        counterpartyName: from.name,
      });
      const last = rows[rows.length - 1]!;
      if (last.type === "TOP_UP") Object.assign(last, { counterpartyWalletId: null, counterpartyName: null, channel: "BANK_TRANSFER", cardId: random.pick(ledger.life.cardIds) });
      at = new Date(at.getTime() + random.int(3, Math.max(4, Math.floor(T.rapidWindowMinutes / 3))) * MINUTE);
      // Everything that came in within the window leaves again (in as few sends as the limit allows).
      const withdraw = random.chance(0.5);
      const other = counterparty();
      for (let left = (inflowsSince(ledger, new Date(at.getTime() - T.rapidWindowMinutes * MINUTE), at) * BigInt(random.int(98, 100))) / 100n; left > 0n; ) {
        const out = min(left, ledger.life.singleLimitFen);
        if (withdraw) add(at, "WITHDRAWAL", "BANK_TRANSFER", out, { cardId: random.pick(ledger.life.cardIds) });
        else add(at, "TRANSFER_OUT", "APP", out, { counterpartyWalletId: other.walletId, counterpartyName: other.name });
        left -= out;
        later(1, 3);
      }
      break;
    }
    case "MULE_RING": {
      // Many inflows from different wallets, passed on almost whole to the ring's collector.
      let received = 0n;
      for (const other of distinctCounterparties(T.fanInCount + random.int(2, 6), counterparty)) {
        later(2, 15);
        const amount = fen(random.int(1_500, 9_500));
        received += amount;
        add(at, "TRANSFER_IN", "APP", amount, { counterpartyWalletId: other.walletId, counterpartyName: other.name });
      }
      // On to the collector, in as few transfers as the wallet's single limit allows.
      const collector = plan.collector ?? counterparty();
      for (let left = (received * 97n) / 100n; left > 0n; ) {
        later(3, 30);
        const out = min(left, ledger.life.singleLimitFen);
        add(at, "TRANSFER_OUT", "APP", out, { counterpartyWalletId: collector.walletId, counterpartyName: collector.name });
        left -= out;
      }
      break;
    }
    case "FAN_OUT": {
      // One large inflow, spread at once over many wallets.
      const amount = between(random, ledger, fen(30_000), fen(49_000));
      const from = counterparty();
      add(at, "TRANSFER_IN", "APP", amount, { counterpartyWalletId: from.walletId, counterpartyName: from.name });
      const others = distinctCounterparties(T.fanOutCount + random.int(2, 6), counterparty);
      const each = (amount * 95n) / 100n / BigInt(others.length);
      for (const other of others) {
        later(2, 10);
        add(at, "TRANSFER_OUT", "APP", each - BigInt(random.int(0, 30)) * 100n, { counterpartyWalletId: other.walletId, counterpartyName: other.name });
      }
      break;
    }
    case "CARD_TESTING": {
      // Tiny online payments in quick succession, most of them declined.
      const n = T.cardTestingCount + random.int(3, 10);
      for (let i = 0; i < n; i++) {
        at = new Date(at.getTime() + random.int(10, 50) * 1000);
        const status = i < T.cardTestingCount + 1 || random.chance(0.6) ? "FAILED" : "SUCCEEDED";
        const amount = BigInt(random.int(100, Math.max(101, Math.min(900, Number(T.cardTestingMaxFen) - 1))));
        if (status === "SUCCEEDED") ledger.ensureFunds(at, amount);
        add(at, "PAYMENT", "ONLINE", amount, { status, merchantName: "GLOBAL DIGITAL GOODS", mcc: "5816", country: "CN" });
      }
      break;
    }
    case "NIGHT_RUNNING": {
      // 跑分: after midnight, money in from many wallets and out to many others, in small round-ish sums.
      const n = Math.max(T.nightCount + random.int(4, 10), T.nightCounterparties + 4);
      const others = distinctCounterparties(n, counterparty);
      ledger.ensureFunds(at, fen(3_000));
      for (let i = 0; i < others.length; i++) {
        later(3, 12);
        const other = others[i]!;
        const amount = fen(random.int(300, 3_000));
        const inbound = i % 2 === 0;
        if (!inbound) ledger.ensureFunds(at, amount);
        add(at, inbound ? "TRANSFER_IN" : "TRANSFER_OUT", "APP", amount, { counterpartyWalletId: other.walletId, counterpartyName: other.name });
      }
      break;
    }
  }
  return rows;
}

/** A few ordinary small payments on the days before `start` (unlabelled), so that a quiet wallet has the
 *  history a rule needs before it judges (AMOUNT_SPIKE and LOCATION_MISMATCH count past transactions). */
function ordinaryHistory(random: Random, ledger: WalletLedger, start: Date, count: number): void {
  for (let i = 0; i < count; i++) {
    const when = new Date(start.getTime() - (i + 1) * random.int(20, 40) * HOUR);
    const merchant = random.pick(DOMESTIC_MERCHANTS.filter((m) => m.category === "grocery" || m.category === "fast_food"));
    const amount = fen(random.int(20, 150));
    ledger.ensureFunds(when, amount);
    ledger.add(when, "PAYMENT", "QR", amount, { status: "SUCCEEDED", merchantName: merchant.name, mcc: merchant.mcc });
  }
}

/** Transactions the customer started (payments, transfers out, withdrawals, top-ups; succeeded or pending)
 *  in the 30 days before `at`. */
function recentActivity(ledger: WalletLedger, at: Date): number {
  const from = at.getTime() - 30 * DAY;
  let n = 0;
  for (const row of ledger.rows) {
    const t = row.createdAt.getTime();
    if (t < from || t >= at.getTime() || (row.status !== "SUCCEEDED" && row.status !== "PENDING")) continue;
    if (row.type === "PAYMENT" || row.type === "TRANSFER_OUT" || row.type === "WITHDRAWAL" || row.type === "TOP_UP") n++;
  }
  return n;
}

/** Money that came into the wallet (top-ups and transfers in that succeeded) in [from, to). */
function inflowsSince(ledger: WalletLedger, from: Date, to: Date): bigint {
  let total = 0n;
  for (const row of ledger.rows) {
    const t = row.createdAt.getTime();
    if (t >= from.getTime() && t < to.getTime() && row.status === "SUCCEEDED" && (row.type === "TOP_UP" || row.type === "TRANSFER_IN")) total += row.amountFen;
  }
  return total;
}

/** The wallet's successful payments and transfers out in the 30 days before `at` (AMOUNT_SPIKE's
 *  baseline): how many, and the largest. */
export function pastOutflows(ledger: WalletLedger, at: Date): { count: number; largest: bigint } {
  const from = at.getTime() - 30 * DAY;
  let count = 0;
  let largest = 0n;
  for (const row of ledger.rows) {
    const t = row.createdAt.getTime();
    if (t < from || t >= at.getTime() || row.status !== "SUCCEEDED") continue;
    if (row.type !== "PAYMENT" && row.type !== "TRANSFER_OUT") continue;
    count++;
    if (row.amountFen > largest) largest = row.amountFen;
  }
  return { count, largest };
}
