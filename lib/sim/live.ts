// Live mode: keeps a running console busy. Picks the active wallets already in the database and writes
// their everyday transactions as they happen (a few a second, in small batches, through
// recordTransactions like every writer), and every so often plants one labelled fraud incident on one of
// them, so that the scoring worker raises alerts while someone watches the queue. The choices (which
// wallet, what it does, which pattern next) come from the seed; the times are the clock's.
import { Prisma } from "@/lib/generated/prisma/client";
import type { FraudPattern } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/db/client";
import { recordTransactions, type NewTransaction } from "@/lib/transactions/record";
import { everydayTransaction, WalletLedger, type Counterparty, type WalletLife } from "@/lib/sim/activity";
import { FRAUD_PATTERNS, NEEDS_TIER_3, pastOutflows, plantIncident, SIM_THRESHOLDS } from "@/lib/sim/fraud";
import { NEAR_MISS_NEEDS_TIER_3, NEAR_MISS_RULES, plantNearMiss, type NearMissRule } from "@/lib/sim/near-miss";
import { activePaymentTargets, linkRefunds, targetedPayment, type PaymentTarget } from "@/lib/sim/promotions";
import { createRandom, type Random } from "@/lib/sim/random";
import { shanghaiClock, shanghaiDay, startOfShanghaiDay } from "@/lib/time";

export interface LiveOptions {
  seed: number;
  /** Everyday transactions per second, on average. */
  rate: number;
  /** Seconds between planted incidents; 0 plants none. */
  fraudEverySeconds: number;
  /** Seconds between near-misses (ordinary behaviour just inside one rule's threshold, unlabelled); 0 plants none. */
  nearMissEverySeconds?: number;
  /** Stop after this many seconds; null runs until the signal aborts. */
  durationSeconds: number | null;
  /** The patterns planted in turn (default: all eleven, in a seeded order). */
  patterns?: readonly FraudPattern[];
  /** How many active wallets to draw from (default 2,000). */
  poolSize?: number;
  /** Payments per second aimed at what the ACTIVE promotions reward (their categories, channels and
   *  minimum, on wallets of their tiers and provinces), besides the everyday ones; default a fifth of
   *  `rate`, at least 0.5 while a promotion runs. 0 turns them off. */
  promotionRate?: number;
  signal?: AbortSignal;
  log?: (line: string) => void;
}

export interface PlantedIncident {
  pattern: FraudPattern;
  incident: string;
  walletId: string;
  /** The incident's own (labelled) transactions. */
  transactions: number;
  /** When the incident's transactions were committed. */
  committedAt: Date;
}

export interface LiveSummary {
  transactions: number;
  incidents: PlantedIncident[];
  nearMisses: number;
}

export interface PlantedNearMiss {
  rule: NearMissRule;
  walletId: string;
  /** The rows that come close to the rule's threshold (as written). */
  rows: NewTransaction[];
}

interface PoolWallet {
  id: string;
  tier: number;
  province: string;
  singleLimitFen: bigint;
  balanceFen: bigint;
  name: string;
  deviceId: string | null;
  ip: string | null;
  cards: string[];
  lastAt: Date | null;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const TICK_MS = 1_000;
const FAR_FUTURE = new Date("2999-01-01T00:00:00Z");
/** How often the active promotions are read again (a promotion approved now earns within this). */
const TARGETS_REFRESH_MS = 10_000;

/** A live simulator over one database: load() once, then tick() for everyday activity and plant() for
 *  incidents; run() does both on a timer. */
export class LiveSimulator {
  private readonly random: Random;
  private readonly plantRandom: Random;
  /** Its own stream: aimed payments never shift the everyday activity a seed gives. */
  private readonly promotionRandom: Random;
  private targets: PaymentTarget[] = [];
  private targetsReadAt = 0;
  private promotionCarry = 0;
  private pool: PoolWallet[] = [];
  private everyday: PoolWallet[] = [];
  private readonly ledgers = new Map<string, WalletLedger>();
  private readonly used = new Set<string>();
  private readonly order: FraudPattern[];
  private nextPattern = 0;
  private nextNearMiss = 0;
  private readonly log: (line: string) => void;

  constructor(
    private readonly db: Db,
    private readonly options: LiveOptions,
  ) {
    this.random = createRandom(options.seed).fork("live");
    this.plantRandom = createRandom(options.seed).fork("live-plants");
    this.promotionRandom = createRandom(options.seed).fork("live-promotions");
    const patterns = [...(options.patterns ?? FRAUD_PATTERNS)];
    // A seeded shuffle, so that a short session still sees a mix of patterns.
    for (let i = patterns.length - 1; i > 0; i--) {
      const j = this.plantRandom.int(0, i);
      [patterns[i], patterns[j]] = [patterns[j]!, patterns[i]!];
    }
    this.order = patterns;
    this.log = options.log ?? (() => {});
  }

  /** Reads the active wallets (their usual device and address from their latest ordinary transaction). */
  async load(): Promise<number> {
    const rows = await this.db.$queryRaw<{ id: string; tier: number; province: string; single_limit_fen: bigint; balance_fen: bigint; name: string; device_id: string | null; ip: string | null; last_at: Date | null; cards: string[] | null }[]>`
      SELECT w.id, w.tier::int AS tier, c.province, w.single_limit_fen, w.balance_fen, c.name, t.device_id, t.ip, t.created_at AS last_at,
        (SELECT array_agg(b.id ORDER BY b.id) FROM bank_card b WHERE b.wallet_id = w.id AND b.status = 'ACTIVE') AS cards
      FROM wallet w
      JOIN customer c ON c.id = w.customer_id
      LEFT JOIN LATERAL (
        SELECT x.device_id, x.ip, x.created_at FROM "transaction" x
        WHERE x.wallet_id = w.id AND x.fraud_pattern IS NULL
        ORDER BY x.created_at DESC, x.id DESC LIMIT 1
      ) t ON true
      WHERE w.status = 'ACTIVE'
        -- A wallet with an incident in the last two days (an earlier session's) is left alone: the rules'
        -- windows would mix what it does now into that incident.
        AND NOT EXISTS (
          SELECT 1 FROM "transaction" f
          WHERE f.wallet_id = w.id AND f.created_at > ${new Date(Date.now() - 2 * DAY)} AND f.fraud_pattern IS NOT NULL
        )
      ORDER BY w.id
      LIMIT ${this.options.poolSize ?? 2_000}`;
    this.pool = rows
      .filter((r) => r.cards && r.cards.length > 0)
      .map((r) => ({
        id: r.id,
        tier: r.tier,
        province: r.province,
        singleLimitFen: r.single_limit_fen,
        balanceFen: r.balance_fen,
        name: r.name,
        deviceId: r.device_id,
        ip: r.ip,
        cards: r.cards!,
        lastAt: r.last_at,
      }));
    // Wallets silent for longer than the dormancy period stay silent: they are the ones a dormant
    // reactivation can be planted on.
    const dormantBefore = Date.now() - (SIM_THRESHOLDS.dormantDays + 1) * DAY;
    this.everyday = this.pool.filter((w) => !w.lastAt || w.lastAt.getTime() >= dormantBefore);
    return this.pool.length;
  }

  /** Writes `count` everyday transactions of random wallets, dated now; returns how many were written. */
  async tick(count: number): Promise<number> {
    if (count <= 0 || this.everyday.length === 0) return 0;
    const now = new Date();
    const touched = new Set<WalletLedger>();
    for (let i = 0; i < count; i++) {
      const wallet = this.random.pick(this.everyday);
      const ledger = this.ledgerOf(wallet);
      // Spread over the last tick, so that a batch is not one instant.
      const at = new Date(now.getTime() - this.random.int(0, TICK_MS - 1));
      everydayTransaction(this.random, ledger, at, false, () => this.counterparty(this.random, wallet.id));
      touched.add(ledger);
    }
    const rows = [...touched].flatMap((ledger) => ledger.rows.splice(0));
    return this.write(rows);
  }

  /**
   * Writes about `seconds` worth of payments aimed at the ACTIVE promotions (promotionRate a second, in
   * turn over them), each on a random everyday wallet the promotion accepts: so a promotion approved
   * while live mode runs sees payments that earn it within seconds, from customers of every tier and
   * province it allows. Returns how many were written.
   */
  async tickPromotions(seconds = TICK_MS / 1000): Promise<number> {
    if (Date.now() - this.targetsReadAt >= TARGETS_REFRESH_MS) {
      this.targets = await activePaymentTargets(this.db, new Date());
      this.targetsReadAt = Date.now();
    }
    if (this.targets.length === 0 || this.everyday.length === 0) return 0;
    const rate = this.options.promotionRate ?? Math.max(0.5, this.options.rate / 5);
    this.promotionCarry += rate * seconds;
    const count = poisson(this.promotionRandom, this.promotionCarry);
    this.promotionCarry = Math.max(0, this.promotionCarry - count);
    const random = this.promotionRandom;
    const now = new Date();
    const touched = new Set<WalletLedger>();
    for (let i = 0; i < count; i++) {
      const target = random.pick(this.targets);
      const fits = this.everyday.filter((w) => (target.tiers.length === 0 || target.tiers.includes(w.tier)) && (target.provinces.length === 0 || target.provinces.includes(w.province)));
      if (fits.length === 0) continue;
      const wallet = random.pick(fits);
      const aimed = targetedPayment(random, target, wallet.singleLimitFen);
      if (!aimed) continue;
      const ledger = this.ledgerOf(wallet);
      const at = new Date(now.getTime() - random.int(0, TICK_MS - 1));
      if (ledger.balanceFen < aimed.amountFen) {
        const topUp = BigInt(Math.ceil(Number(aimed.amountFen - ledger.balanceFen) / 10_000) + random.int(1, 20)) * 10_000n;
        ledger.add(new Date(at.getTime() - random.int(1, 8) * MINUTE), "TOP_UP", "BANK_TRANSFER", topUp > wallet.singleLimitFen ? wallet.singleLimitFen : topUp, { cardId: random.pick(wallet.cards), status: "SUCCEEDED" });
        if (ledger.balanceFen < aimed.amountFen) continue;
      }
      ledger.lastPayment = ledger.add(at, "PAYMENT", aimed.channel, aimed.amountFen, { merchantName: aimed.merchant.name, mcc: aimed.merchant.mcc, status: "SUCCEEDED" });
      touched.add(ledger);
    }
    const rows = [...touched].flatMap((ledger) => ledger.rows.splice(0)).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    return this.write(rows);
  }

  /** Plants the next pattern in turn (or `pattern`) on a wallet that can carry it, ending now. */
  async plant(pattern?: FraudPattern): Promise<PlantedIncident | null> {
    for (let attempt = 0; attempt < this.order.length; attempt++) {
      const next = pattern ?? this.order[this.nextPattern++ % this.order.length]!;
      const chosen = await this.walletFor(next);
      if (!chosen) {
        this.log(`no wallet can carry ${next} now; skipped`);
        if (pattern) return null;
        continue;
      }
      const { wallet, ledger } = chosen;
      this.used.add(wallet.id);
      // A planted wallet does nothing ordinary afterwards: the rules' windows would count it in.
      this.everyday = this.everyday.filter((w) => w.id !== wallet.id);
      this.ledgers.delete(wallet.id);
      const known = ledger.rows.length;
      const now = new Date();
      const start = next === "NIGHT_RUNNING" ? lastNight(now) : now;
      const labelled = plantIncident(this.plantRandom, ledger, { pattern: next }, start, () => this.counterparty(this.plantRandom, wallet.id));
      const rows = ledger.rows.slice(known);
      if (labelled.length === 0) continue;
      // Everything the plant wrote ends now (night running: where it fell last night).
      if (next !== "NIGHT_RUNNING") {
        const latest = Math.max(...rows.map((r) => r.createdAt.getTime()));
        const shift = now.getTime() - latest;
        for (const row of rows) row.createdAt = new Date(row.createdAt.getTime() + shift);
      }
      // Unique across runs: a restarted session with the same seed plants on the same wallets again.
      const incident = `${labelled[0]!.fraudIncident}:${now.getTime().toString(36)}`;
      for (const row of labelled) row.fraudIncident = incident;
      const written = await this.write(rows);
      if (written === 0) continue;
      const planted: PlantedIncident = { pattern: next, incident, walletId: wallet.id, transactions: labelled.length, committedAt: new Date() };
      this.log(`planted ${next} on ${wallet.id}: ${labelled.length} transactions (incident ${incident})`);
      return planted;
    }
    return null;
  }

  /** Plants the next near-miss in turn (or `rule`) on a fresh wallet, ending now (the night owl's last
   *  night). Dormancy is not planted live: it needs a wallet silent for just under the idle period. */
  async plantNearMiss(rule?: NearMissRule): Promise<PlantedNearMiss | null> {
    const rules = NEAR_MISS_RULES.filter((r) => r !== "DORMANT_REACTIVATION");
    const next = rule ?? rules[this.nextNearMiss++ % rules.length]!;
    const everyday = new Set(this.everyday.map((w) => w.id));
    // A wallet quiet for the last hour: the near-miss is then its only activity in any rule's short window,
    // so other live traffic (another session's, or the payments aimed at a promotion) cannot tip it over.
    const quietSince = Date.now() - 60 * MINUTE;
    const candidates = this.pool.filter(
      (w) => !this.used.has(w.id) && everyday.has(w.id) && w.lastAt !== null && w.lastAt.getTime() < quietSince && (w.tier === 3 || !NEAR_MISS_NEEDS_TIER_3.has(next)),
    );
    if (candidates.length === 0) return null;
    const wallet = this.plantRandom.pick(candidates);
    const ledger = await this.historyLedger(wallet);
    if (!ledger) return null;
    this.used.add(wallet.id);
    this.everyday = this.everyday.filter((w) => w.id !== wallet.id);
    this.ledgers.delete(wallet.id);
    const known = ledger.rows.length;
    const now = new Date();
    const start = next === "NIGHT_TRANSFERS" ? lastNight(now) : now;
    const near = plantNearMiss(this.plantRandom, ledger, { rule: next, day: shanghaiDay(start) }, start, () => this.counterparty(this.plantRandom, wallet.id));
    const rows = ledger.rows.slice(known);
    if (next !== "NIGHT_TRANSFERS") {
      const latest = Math.max(...rows.map((r) => r.createdAt.getTime()));
      const shift = now.getTime() - latest;
      for (const row of rows) row.createdAt = new Date(row.createdAt.getTime() + shift);
    }
    if ((await this.write(rows)) === 0) return null;
    this.log(`near-miss of ${next} on ${wallet.id}: ${near.length} transactions (unlabelled)`);
    return { rule: next, walletId: wallet.id, rows: near };
  }

  /** Runs until the duration ends or the signal aborts. */
  async run(): Promise<LiveSummary> {
    const summary: LiveSummary = { transactions: 0, incidents: [], nearMisses: 0 };
    const nearMissEvery = this.options.nearMissEverySeconds ?? 0;
    let nextNearMiss = nearMissEvery > 0 ? Date.now() + nearMissEvery * 1000 : Infinity;
    const started = Date.now();
    const until = this.options.durationSeconds === null ? Infinity : started + this.options.durationSeconds * 1000;
    let nextPlant = this.options.fraudEverySeconds > 0 ? started + Math.min(this.options.fraudEverySeconds, 5) * 1000 : Infinity;
    let nextReport = started + 10_000;
    let carry = 0;
    while (!this.options.signal?.aborted && Date.now() < until) {
      const tickStarted = Date.now();
      carry += (this.options.rate * TICK_MS) / 1000;
      const count = poisson(this.random, carry);
      carry = Math.max(0, carry - count);
      summary.transactions += await this.tick(count);
      if (this.options.promotionRate !== 0) summary.transactions += await this.tickPromotions();
      if (Date.now() >= nextPlant) {
        const planted = await this.plant();
        if (planted) summary.incidents.push(planted);
        nextPlant += this.options.fraudEverySeconds * 1000;
      }
      if (Date.now() >= nextNearMiss) {
        if (await this.plantNearMiss()) summary.nearMisses++;
        nextNearMiss += nearMissEvery * 1000;
      }
      if (Date.now() >= nextReport) {
        this.log(`${summary.transactions} everyday transactions and ${summary.incidents.length} planted incidents so far`);
        nextReport += 10_000;
      }
      await sleep(Math.max(0, TICK_MS - (Date.now() - tickStarted)), this.options.signal);
    }
    return summary;
  }

  /** A wallet that can carry the pattern, with a ledger holding its last 30 days from the database (the
   *  history the rules will compare the incident against). */
  private async walletFor(pattern: FraudPattern): Promise<{ wallet: PoolWallet; ledger: WalletLedger } | null> {
    const dormantBefore = Date.now() - (SIM_THRESHOLDS.dormantDays + 1) * DAY;
    const everyday = new Set(this.everyday.map((w) => w.id));
    const fits = (w: PoolWallet) =>
      !this.used.has(w.id) &&
      (!NEEDS_TIER_3.has(pattern) || w.tier === 3) &&
      (pattern === "DORMANT_REACTIVATION" ? w.lastAt !== null && w.lastAt.getTime() < dormantBefore : everyday.has(w.id) && w.lastAt !== null);
    const candidates = this.pool.filter(fits);
    for (let tries = 0; tries < 20 && candidates.length > 0; tries++) {
      const index = this.plantRandom.int(0, candidates.length - 1);
      const wallet = candidates[index]!;
      candidates.splice(index, 1);
      const ledger = await this.historyLedger(wallet);
      if (!ledger) continue;
      // An amount spike needs room under the single limit for a multiple of the wallet's largest outflow.
      if (pattern === "UNUSUAL_AMOUNT") {
        const past = pastOutflows(ledger, new Date());
        if ((past.largest * BigInt(Math.ceil(SIM_THRESHOLDS.spikeMultiple * 16))) / 10n > wallet.singleLimitFen) continue;
      }
      return { wallet, ledger };
    }
    return null;
  }

  /** A fresh ledger for `wallet` with its current balance and its last 30 days of transactions. */
  private async historyLedger(wallet: PoolWallet): Promise<WalletLedger | null> {
    const [state] = await this.db.$queryRaw<{ balance_fen: bigint; status: string }[]>`SELECT balance_fen, status::text AS status FROM wallet WHERE id = ${wallet.id}`;
    if (!state || state.status !== "ACTIVE") {
      this.retire(wallet.id);
      return null;
    }
    const since = new Date(Date.now() - 30 * DAY);
    const rows = await this.db.$queryRaw<
      { type: NewTransaction["type"]; status: NewTransaction["status"]; amount_fen: bigint; channel: NewTransaction["channel"]; counterparty_wallet_id: string | null; counterparty_name: string | null; device_id: string; ip: string; country: string; cross_border: boolean; created_at: Date }[]
    >`
      SELECT type, status, amount_fen, channel, counterparty_wallet_id, counterparty_name, device_id, ip, country, cross_border, created_at
      FROM "transaction" WHERE wallet_id = ${wallet.id} AND created_at >= ${since}
      ORDER BY created_at, id`;
    const ledger = new WalletLedger(this.life(wallet), this.plantRandom);
    ledger.balanceFen = state.balance_fen;
    for (const r of rows) {
      ledger.rows.push({
        walletId: wallet.id,
        type: r.type,
        status: r.status,
        amountFen: r.amount_fen,
        channel: r.channel,
        counterpartyWalletId: r.counterparty_wallet_id,
        counterpartyName: r.counterparty_name,
        deviceId: r.device_id,
        ip: r.ip,
        country: r.country,
        crossBorder: r.cross_border,
        createdAt: r.created_at,
      });
    }
    return ledger;
  }

  private life(wallet: PoolWallet): WalletLife {
    return {
      walletId: wallet.id,
      activeFrom: new Date(0),
      activeUntil: FAR_FUTURE,
      singleLimitFen: wallet.singleLimitFen,
      cardIds: wallet.cards,
      deviceId: wallet.deviceId ?? `dev_${hash(wallet.id).toString(16)}`,
      ip: wallet.ip ?? `116.${hash(wallet.id) % 256}.${hash(wallet.id + "ip") % 256}.${1 + (hash(wallet.id + "h") % 250)}`,
      traveller: hash(wallet.id + "t") % 8 === 0,
      transactionsPerDay: 1,
      fraud: null,
      closes: false,
    };
  }

  private ledgerOf(wallet: PoolWallet): WalletLedger {
    let ledger = this.ledgers.get(wallet.id);
    if (!ledger) {
      ledger = new WalletLedger(this.life(wallet), this.random);
      ledger.balanceFen = wallet.balanceFen;
      this.ledgers.set(wallet.id, ledger);
    }
    return ledger;
  }

  private counterparty(random: Random, self: string): Counterparty {
    for (let i = 0; i < 5; i++) {
      const other = random.pick(this.pool);
      if (other.id !== self) return { walletId: other.id, name: other.name.slice(0, 1) + "*".repeat(Math.max(1, other.name.length - 1)) };
    }
    return { walletId: "W-EXTERNAL", name: "外部账户" };
  }

  /** Writes rows of wallets that are still active (an officer may have frozen one meanwhile) and moves
   *  their balances, in one short transaction. */
  private async write(rows: NewTransaction[]): Promise<number> {
    if (rows.length === 0) return 0;
    const ids = [...new Set(rows.map((r) => r.walletId))];
    const written = await this.db.$transaction(async (tx) => {
      const active = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM wallet WHERE id = ANY(${ids}::text[]) AND status = 'ACTIVE'`;
      const open = new Set(active.map((a) => a.id));
      const keep = rows.filter((r) => open.has(r.walletId));
      for (const id of ids) if (!open.has(id)) this.retire(id);
      if (keep.length === 0) return 0;
      await recordTransactions(tx, keep);
      await linkRefunds(tx, keep);
      const deltas = new Map<string, bigint>();
      for (const row of keep) {
        if (row.status !== "SUCCEEDED") continue;
        const credit = row.type === "TOP_UP" || row.type === "TRANSFER_IN" || row.type === "REFUND" || row.type === "CASHBACK";
        deltas.set(row.walletId, (deltas.get(row.walletId) ?? 0n) + (credit ? row.amountFen : -row.amountFen));
      }
      if (deltas.size > 0) {
        const walletIds = [...deltas.keys()];
        const amounts = walletIds.map((id) => deltas.get(id)!.toString());
        await tx.$executeRaw(Prisma.sql`
          UPDATE wallet SET balance_fen = GREATEST(0, wallet.balance_fen + d.delta)
          FROM unnest(${walletIds}::text[], ${amounts}::bigint[]) AS d(id, delta)
          WHERE wallet.id = d.id`);
      }
      return keep.length;
    });
    return written;
  }

  private retire(walletId: string): void {
    this.pool = this.pool.filter((w) => w.id !== walletId);
    this.everyday = this.everyday.filter((w) => w.id !== walletId);
    this.ledgers.delete(walletId);
  }
}

/** Runs live mode on `db` with `options` (see scripts/sim-live.ts). */
export async function runLive(db: Db, options: LiveOptions): Promise<LiveSummary> {
  const simulator = new LiveSimulator(db, options);
  const wallets = await simulator.load();
  options.log?.(`live: ${wallets} active wallets; ${options.rate}/s everyday transactions; ${options.fraudEverySeconds > 0 ? `an incident every ${options.fraudEverySeconds} s` : "no incidents"}`);
  if (wallets === 0) throw new Error("No active wallets in the database: seed it first (npm run seed).");
  return simulator.run();
}

/** 00:20 Shanghai of the latest night that is over (or tonight's, when it is past 05:00 already). */
function lastNight(now: Date): Date {
  const today = startOfShanghaiDay(shanghaiDay(now));
  const { hour } = shanghaiClock(now);
  const night = hour >= SIM_THRESHOLDS.nightEndHour ? today : new Date(today.getTime() - DAY);
  return new Date(night.getTime() + 20 * MINUTE);
}

function poisson(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  const limit = Math.exp(-mean);
  let count = 0;
  let product = random.float();
  while (product > limit) {
    count++;
    product *= random.float();
  }
  return count;
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
