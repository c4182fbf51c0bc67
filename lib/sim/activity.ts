// A wallet's everyday life between activation and now: top-ups from linked cards, payments at merchants
// (sometimes abroad), transfers with other wallets, withdrawals, refunds and cashback, following the
// calendar's rhythm and never spending money the wallet does not have.
import type { TransactionChannel, TransactionStatus, TransactionType } from "@/lib/generated/prisma/enums";
import type { NewTransaction } from "@/lib/transactions/record";
import { CROSS_BORDER_MERCHANTS, DOMESTIC_MERCHANTS, FX_RATES_CNY, type Merchant } from "@/lib/sim/data/merchants";
import { dayFactor, dayKind, HOUR_WEIGHTS } from "@/lib/sim/calendar";
import { afterIncidentQuietMs, incidentStart, plantIncident, type FraudLabel, type FraudPlan } from "@/lib/sim/fraud";
import { nearMissStart, plantNearMiss, type NearMissPlan } from "@/lib/sim/near-miss";
import type { Random } from "@/lib/sim/random";
import { shanghaiDay, startOfShanghaiDay } from "@/lib/time";

const HOUR_INDEXES = HOUR_WEIGHTS.map((_, hour) => hour);
const MINUTE = 60_000;
const DAY = 86_400_000;

export interface WalletLife {
  walletId: string;
  activeFrom: Date;
  activeUntil: Date;
  singleLimitFen: bigint;
  cardIds: string[];
  deviceId: string;
  ip: string;
  /** Travellers sometimes pay abroad. */
  traveller: boolean;
  transactionsPerDay: number;
  fraud: FraudPlan | null;
  /** Ordinary behaviour just inside one rule's thresholds (unlabelled). */
  nearMiss?: NearMissPlan | null;
  /** A modest spender's largest everyday payment or transfer (the victims of unusual-amount fraud). */
  everydayCapFen?: bigint;
  /** Closing wallets are emptied by a last withdrawal. */
  closes: boolean;
}

/**
 * The payment each simulated refund gives money back for. Neither has an id until it is written, so the
 * writer links them afterwards, in the same database transaction (lib/sim/promotions.ts linkRefunds sets
 * the refund's original_transaction_id): the scoring worker claws back a refunded payment's reward by it.
 */
export const REFUNDED_PAYMENT = new WeakMap<NewTransaction, NewTransaction>();

export interface Counterparty {
  walletId: string;
  name: string;
}

/** Mutable state of one wallet while its history is generated. */
export class WalletLedger {
  balanceFen = 0n;
  lastPayment: NewTransaction | null = null;
  readonly rows: NewTransaction[] = [];

  constructor(readonly life: WalletLife, private readonly random: Random) {}

  add(at: Date, type: TransactionType, channel: TransactionChannel, amountFen: bigint, extra: Partial<NewTransaction> = {}, fraud?: FraudLabel): NewTransaction {
    const status = extra.status ?? this.status(at);
    const credit = type === "TOP_UP" || type === "TRANSFER_IN" || type === "REFUND" || type === "CASHBACK";
    if (status === "SUCCEEDED") this.balanceFen += credit ? amountFen : -amountFen;
    const row: NewTransaction = {
      walletId: this.life.walletId,
      type,
      status,
      amountFen,
      channel,
      deviceId: this.life.deviceId,
      ip: this.life.ip,
      createdAt: at,
      ...extra,
      ...(fraud ? { fraudPattern: fraud.fraudPattern, fraudIncident: fraud.fraudIncident } : {}),
    };
    this.rows.push(row);
    return row;
  }

  /** Tops up from a linked card so that `needFen` can be spent, a few minutes before `at` (or at `at`
   *  itself when `exactly`: the caller has already placed it well before the spending). A top-up larger
   *  than the wallet's single limit is split. */
  ensureFunds(at: Date, needFen: bigint, exactly = false): void {
    if (this.balanceFen >= needFen) return;
    const shortYuan = Number((needFen - this.balanceFen) / 100n) + 1;
    let topUpFen = BigInt(Math.ceil((shortYuan + this.random.int(50, 2000)) / 100) * 100) * 100n;
    const when = exactly ? at : new Date(at.getTime() - this.random.int(1, 8) * MINUTE);
    for (let i = 1; topUpFen > this.life.singleLimitFen; i++) {
      this.add(new Date(when.getTime() - i * this.random.int(5, 30) * MINUTE), "TOP_UP", "BANK_TRANSFER", this.life.singleLimitFen, { cardId: this.random.pick(this.life.cardIds), status: "SUCCEEDED" });
      topUpFen -= this.life.singleLimitFen;
    }
    this.add(when, "TOP_UP", "BANK_TRANSFER", topUpFen, {
      cardId: this.random.pick(this.life.cardIds),
      status: "SUCCEEDED",
    });
  }

  private status(at: Date): TransactionStatus {
    const roll = this.random.float();
    if (at.getTime() > this.life.activeUntil.getTime() - 10 * MINUTE && roll < 0.3) return "PENDING";
    if (roll < 0.018) return "FAILED";
    if (roll < 0.022) return "REVERSED";
    return "SUCCEEDED";
  }
}

/** Every transaction of one wallet over the window, in time order. */
export function walletHistory(random: Random, life: WalletLife, windowStart: Date, counterparty: () => Counterparty, planted?: { nearMiss: NewTransaction[] }): NewTransaction[] {
  const ledger = new WalletLedger(life, random);
  const from = life.activeFrom > windowStart ? life.activeFrom : windowStart;
  // Money already in the wallet when the window opens.
  if (life.activeFrom < windowStart) ledger.balanceFen = BigInt(random.int(0, 300_000));

  // Plants draw from their own streams, so that planting one does not reshuffle the wallet's everyday life.
  const fraud = life.fraud;
  const fraudStart = fraud ? incidentStart(random.fork("fraud"), fraud.pattern, startOfShanghaiDay(fraud.day)) : null;
  const nearMiss = life.nearMiss ?? null;
  const nearMissAt = nearMiss ? nearMissStart(random.fork("near-miss"), nearMiss, startOfShanghaiDay(nearMiss.day)) : null;
  // A dormant wallet is silent from quietFrom until its reactivation (the incident or the near-miss).
  const quietFrom = fraud?.quietFrom ?? nearMiss?.quietFrom ?? null;
  const quietUntil = fraud?.quietFrom ? fraudStart : nearMiss?.quietFrom ? nearMissAt : null;

  for (let dayStart = startOfShanghaiDay(shanghaiDay(from)); dayStart < life.activeUntil; dayStart = new Date(dayStart.getTime() + DAY)) {
    const day = shanghaiDay(dayStart);
    const expected = life.transactionsPerDay * dayFactor(dayStart);
    const times = eventTimes(random, dayStart, poisson(random, expected)).filter((t) => t >= from && t < life.activeUntil);
    const festival = dayKind(day);
    for (const at of times) {
      if (quietFrom && quietUntil && at >= quietFrom && at < quietUntil) continue;
      if (fraud && fraudStart && at >= fraudStart && at.getTime() < fraudStart.getTime() + afterIncidentQuietMs(fraud.pattern)) continue;
      // Nothing ordinary within a day either side of a near-miss (the longest window a rule looks back
      // over is a day), so that its facts stay just inside the rule's threshold.
      if (nearMissAt && Math.abs(at.getTime() - nearMissAt.getTime()) < DAY + 2 * 3_600_000) continue;
      everydayTransaction(random, ledger, at, festival === "spring-festival", counterparty);
    }
    if (quietFrom && dayStart.getTime() <= quietFrom.getTime() && quietFrom.getTime() < dayStart.getTime() + DAY) {
      // A dormant wallet was in use until it fell silent.
      payment(random.fork("before-quiet"), ledger, new Date(quietFrom.getTime() - 2 * 3_600_000));
    }
    if (fraud && fraudStart && fraud.day === day) plantIncident(random.fork("fraud-plant"), ledger, fraud, fraudStart, counterparty);
    if (nearMiss && nearMissAt && nearMiss.day === day) {
      const rows = plantNearMiss(random.fork("near-miss-plant"), ledger, nearMiss, nearMissAt, counterparty);
      planted?.nearMiss.push(...rows);
    }
  }
  if (life.closes && ledger.balanceFen > 0n) {
    ledger.add(new Date(life.activeUntil.getTime() - 5 * MINUTE), "WITHDRAWAL", "BANK_TRANSFER", ledger.balanceFen, {
      cardId: life.cardIds[0],
      status: "SUCCEEDED",
    });
  }
  ledger.rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return ledger.rows;
}

export function everydayTransaction(random: Random, ledger: WalletLedger, at: Date, redPacketSeason: boolean, counterparty: () => Counterparty): void {
  const roll = random.float() * 100;
  const transfers = redPacketSeason ? 30 : 0;
  if (roll < 58 - transfers / 2) return payment(random, ledger, at);
  if (roll < 72 - transfers / 2) {
    const yuan = random.pick([100, 200, 300, 500, 500, 1000, 1000, 2000, 3000, 5000]);
    ledger.add(at, "TOP_UP", random.chance(0.8) ? "BANK_TRANSFER" : "APP", BigInt(yuan) * 100n, { cardId: random.pick(ledger.life.cardIds) });
    return;
  }
  if (roll < 82 + transfers / 4) return transfer(random, ledger, at, "TRANSFER_OUT", redPacketSeason, counterparty());
  if (roll < 93 + transfers / 4) return transfer(random, ledger, at, "TRANSFER_IN", redPacketSeason, counterparty());
  if (roll < 96 && ledger.balanceFen > 100_000n) {
    const amount = (ledger.balanceFen * BigInt(random.int(30, 80))) / 100n;
    ledger.add(at, "WITHDRAWAL", "BANK_TRANSFER", amount, { cardId: ledger.life.cardIds[0] });
    return;
  }
  const last = ledger.lastPayment;
  if (last && last.status === "SUCCEEDED" && roll < 98) {
    const amount = random.chance(0.7) ? last.amountFen : (last.amountFen * BigInt(random.int(10, 90))) / 100n;
    const refund = ledger.add(at, "REFUND", last.channel, amount, { merchantName: last.merchantName, mcc: last.mcc });
    REFUNDED_PAYMENT.set(refund, last);
    ledger.lastPayment = null;
    return;
  }
  if (last && last.status === "SUCCEEDED") {
    const amount = (last.amountFen * BigInt(random.int(1, 5))) / 100n;
    if (amount > 0n) ledger.add(at, "CASHBACK", "APP", amount, { merchantName: last.merchantName, mcc: last.mcc });
    return;
  }
  payment(random, ledger, at);
}

export function payment(random: Random, ledger: WalletLedger, at: Date): void {
  const abroad = ledger.life.traveller && random.chance(0.07);
  const merchant: Merchant = abroad ? random.weighted(CROSS_BORDER_MERCHANTS, (m) => m.weight) : random.weighted(DOMESTIC_MERCHANTS, (m) => m.weight);
  let amountFen = BigInt(Math.round(logUniform(random, merchant.minFen, merchant.maxFen)));
  if (amountFen > ledger.life.singleLimitFen) amountFen = ledger.life.singleLimitFen;
  if (ledger.life.everydayCapFen && amountFen > ledger.life.everydayCapFen) amountFen = ledger.life.everydayCapFen;
  const channel: TransactionChannel = abroad ? random.pick(["ONLINE", "NFC"] as const) : random.weighted(["QR", "ONLINE", "NFC"] as const, (c) => (c === "QR" ? 5 : c === "ONLINE" ? 3 : 2));
  const extra: Partial<NewTransaction> = { merchantName: merchant.name, mcc: merchant.mcc };
  if (abroad && "currency" in merchant) {
    const { currency, country } = merchant as (typeof CROSS_BORDER_MERCHANTS)[number];
    const fx = FX_RATES_CNY[currency]!;
    const rate = fx.rate * (1 + (random.float() - 0.5) * 0.02);
    const minor = BigInt(Math.max(1, Math.round((Number(amountFen) / 100 / rate) * 10 ** fx.minorDigits)));
    amountFen = BigInt(Math.round((Number(minor) / 10 ** fx.minorDigits) * rate * 100));
    Object.assign(extra, { currency, originalAmountMinor: minor, fxRate: rate.toFixed(6), country, crossBorder: true });
  }
  ledger.ensureFunds(at, amountFen);
  ledger.lastPayment = ledger.add(at, "PAYMENT", channel, amountFen, extra);
}

const RED_PACKET_FEN = [666n, 888n, 6_600n, 8_800n, 16_800n, 18_800n, 20_000n, 66_600n, 88_800n];

function transfer(random: Random, ledger: WalletLedger, at: Date, type: "TRANSFER_OUT" | "TRANSFER_IN", redPacket: boolean, other: Counterparty): void {
  let amountFen = redPacket && random.chance(0.6) ? random.pick(RED_PACKET_FEN) : BigInt(Math.round(logUniform(random, 1_000, 300_000)));
  if (amountFen > ledger.life.singleLimitFen) amountFen = ledger.life.singleLimitFen;
  if (ledger.life.everydayCapFen && amountFen > ledger.life.everydayCapFen) amountFen = ledger.life.everydayCapFen;
  if (type === "TRANSFER_OUT") ledger.ensureFunds(at, amountFen);
  ledger.add(at, type, "APP", amountFen, { counterpartyWalletId: other.walletId, counterpartyName: other.name });
}

/** Times of `count` events on one Shanghai day, following the hourly rhythm, in order. */
function eventTimes(random: Random, dayStart: Date, count: number): Date[] {
  const times: Date[] = [];
  for (let i = 0; i < count; i++) {
    const hour = random.weighted(HOUR_INDEXES, (h) => HOUR_WEIGHTS[h]!);
    times.push(new Date(dayStart.getTime() + hour * 3_600_000 + random.int(0, 3_599_999)));
  }
  return times.sort((a, b) => a.getTime() - b.getTime());
}

function poisson(random: Random, mean: number): number {
  // Knuth's method is exact and cheap for the small daily means of one wallet.
  const limit = Math.exp(-mean);
  let count = 0;
  let product = random.float();
  while (product > limit) {
    count++;
    product *= random.float();
  }
  return count;
}

export function logUniform(random: Random, min: number, max: number): number {
  return Math.exp(Math.log(min) + random.float() * (Math.log(max) - Math.log(min)));
}
