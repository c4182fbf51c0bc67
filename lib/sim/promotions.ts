// What the simulator adds for the promotions demo (issue 12): refunds linked to the payments they give
// money back for (the worker claws back a refunded payment's reward by the link), sign-up farming rings
// (a few new customers sharing a phone or a device who each take the sign-up bonus: the abuse guard's
// catch), the automatic pause's finding measured on the rewards the seeded history earned, and the live
// simulator's payments aimed at what the active promotions reward.
import { Prisma } from "@/lib/generated/prisma/client";
import type { TransactionChannel } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/db/client";
import type { PromotionParams } from "@/lib/promotions/params";
import { REFUNDED_PAYMENT } from "@/lib/sim/activity";
import { DOMESTIC_MERCHANTS, type Merchant } from "@/lib/sim/data/merchants";
import type { SimOptions } from "@/lib/sim/options";
import type { CustomerBundle } from "@/lib/sim/population";
import { createRandom, type Random } from "@/lib/sim/random";
import { AUTO_PAUSED_PROMOTION_ID } from "@/lib/sim/reference";
import { shanghaiDay, startOfShanghaiDay } from "@/lib/time";
import type { NewTransaction } from "@/lib/transactions/record";

const DAY = 86_400_000;

type Writer = Pick<Prisma.TransactionClient, "$executeRaw">;

/**
 * Sets original_transaction_id on the refunds among `rows` (just written by recordTransactions in the
 * same database transaction) to the payment each gives money back for (REFUNDED_PAYMENT). Rows have no
 * id before the insert, so they are matched by wallet, type and time (to the millisecond; one wallet
 * never has two payments in the same millisecond). Returns how many refunds were linked.
 */
export async function linkRefunds(tx: Writer, rows: readonly NewTransaction[]): Promise<number> {
  const wallets: string[] = [];
  const refundAt: string[] = [];
  const paymentAt: string[] = [];
  for (const row of rows) {
    const payment = REFUNDED_PAYMENT.get(row);
    if (!payment || row.type !== "REFUND") continue;
    wallets.push(row.walletId);
    refundAt.push(row.createdAt.toISOString());
    paymentAt.push(payment.createdAt.toISOString());
  }
  if (wallets.length === 0) return 0;
  return tx.$executeRaw`
    UPDATE "transaction" r SET original_transaction_id = p.id
    FROM unnest(${wallets}::text[], ${refundAt}::timestamptz[], ${paymentAt}::timestamptz[]) AS l(wallet_id, refund_at, payment_at)
    JOIN "transaction" p ON p.wallet_id = l.wallet_id AND p.created_at = l.payment_at AND p.type = 'PAYMENT'
    WHERE r.wallet_id = l.wallet_id AND r.created_at = l.refund_at AND r.type = 'REFUND' AND r.original_transaction_id IS NULL`;
}

/** The sign-up bonus farms go after: its bonus is paid for activations in [from, until). */
export interface FarmTarget {
  from: Date;
  until: Date;
  tiers: readonly number[];
  newCustomerDays: number | null;
}

export interface FarmingRing {
  kind: "PHONE" | "DEVICE";
  customerIds: string[];
}

/** Rings forced into every population (one sharing a phone, one a device), however small; later ones by chance. */
const FORCED_RINGS: readonly FarmingRing["kind"][] = ["PHONE", "DEVICE"];
const RING_CHANCE = 0.08;

/**
 * Passes the population through, turning some new customers who qualify for the sign-up bonus into
 * farming rings of 2-4: the ring's later members take its first member's phone (customer.phone) or device
 * (the device_id of all their transactions). Customers with planted fraud or near-misses are left alone.
 * `rings` receives the rings as they close (the integration test reads them).
 */
export function* plantFarmingRings(bundles: Iterable<CustomerBundle>, options: SimOptions, target: FarmTarget | null, rings: FarmingRing[] = []): Generator<CustomerBundle> {
  const random = createRandom(options.seed).fork("farming-rings");
  let open: { kind: FarmingRing["kind"]; size: number; phone: string; device: string | null; customerIds: string[] } | null = null;
  let started = 0;
  for (const bundle of bundles) {
    if (target && qualifies(bundle, target)) {
      const device = usualDevice(bundle.transactions);
      if (open) {
        if (open.kind === "PHONE") bundle.customer.phone = open.phone;
        else if (device && open.device) for (const row of bundle.transactions) if (row.deviceId === device) row.deviceId = open.device;
        if (open.kind === "PHONE" || (device && open.device)) open.customerIds.push(bundle.customer.id);
        if (open.customerIds.length >= open.size) {
          rings.push({ kind: open.kind, customerIds: open.customerIds });
          open = null;
        }
      } else if (started < FORCED_RINGS.length || random.chance(RING_CHANCE)) {
        const kind = started < FORCED_RINGS.length ? FORCED_RINGS[started]! : random.chance(0.5) ? "PHONE" : "DEVICE";
        if (kind === "PHONE" || device) {
          started += 1;
          open = { kind, size: started <= FORCED_RINGS.length ? 3 : random.int(2, 4), phone: bundle.customer.phone, device, customerIds: [bundle.customer.id] };
        }
      }
    }
    yield bundle;
  }
  if (open && open.customerIds.length >= 2) rings.push({ kind: open.kind, customerIds: open.customerIds });
}

function qualifies(bundle: CustomerBundle, target: FarmTarget): boolean {
  const activatedAt = bundle.wallet.activatedAt ? new Date(bundle.wallet.activatedAt) : null;
  if (!activatedAt || activatedAt < target.from || activatedAt >= target.until) return false;
  if (bundle.wallet.status !== "ACTIVE" || bundle.customer.riskLevel === "HIGH" || bundle.nearMiss) return false;
  if (target.tiers.length > 0 && !target.tiers.includes(Number(bundle.wallet.tier))) return false;
  const registeredAt = new Date(bundle.customer.createdAt!);
  if (target.newCustomerDays !== null && activatedAt.getTime() - registeredAt.getTime() > target.newCustomerDays * DAY) return false;
  return true;
}

/** The device a wallet's own ordinary transactions come from (the most frequent one). */
function usualDevice(rows: readonly NewTransaction[]): string | null {
  const counts = new Map<string, number>();
  for (const row of rows) if (row.deviceId && !row.fraudPattern) counts.set(row.deviceId, (counts.get(row.deviceId) ?? 0) + 1);
  let best: string | null = null;
  for (const [device, n] of counts) if (best === null || n > counts.get(best)!) best = device;
  return best;
}

/** The window in which the seeded sign-up bonus pays (start to pause), from its seeded row. */
export function farmTargetOf(promotion: { params: unknown; startsAt: Date; endsAt: Date; pausedAt?: Date | null } | undefined): FarmTarget | null {
  if (!promotion) return null;
  const params = promotion.params as PromotionParams;
  return {
    from: promotion.startsAt,
    until: promotion.pausedAt && promotion.pausedAt < promotion.endsAt ? promotion.pausedAt : promotion.endsAt,
    tiers: params.tiers,
    newCustomerDays: params.newCustomerDays,
  };
}

/**
 * The guard's finding for the promotion the seed has paused for its burn rate, measured the way the guard
 * measures it (lib/promotions/performance/finding.ts GuardFinding): the average daily cost over the last
 * complete days before the pause, the daily cost the remaining budget would have sustained to the end,
 * and the day it would have run out.
 */
export async function recordSeededGuardFinding(db: Db): Promise<void> {
  const promotion = await db.promotion.findUnique({ where: { id: AUTO_PAUSED_PROMOTION_ID }, select: { budgetFen: true, spentFen: true, startsAt: true, endsAt: true, pausedAt: true } });
  if (!promotion?.pausedAt) return;
  const pausedDay = shanghaiDay(promotion.pausedAt);
  const daily = await db.$queryRaw<{ day: Date; cost: bigint; n: bigint }[]>`
    SELECT day, sum(cost_fen)::bigint AS cost, count(*) AS n FROM promotion_reward
    WHERE promotion_id = ${AUTO_PAUSED_PROMOTION_ID} AND status IN ('PAID', 'HELD') GROUP BY day ORDER BY day`;
  // The rate: the last (up to) seven complete days before the pause, from the start at the earliest.
  const startDay = shanghaiDay(promotion.startsAt);
  const weekBefore = shanghaiDay(new Date(startOfShanghaiDay(pausedDay).getTime() - 7 * DAY));
  const windowStart = startDay > weekBefore ? startDay : weekBefore;
  const windowDays = Math.max(1, Math.round((startOfShanghaiDay(pausedDay).getTime() - startOfShanghaiDay(windowStart).getTime()) / DAY));
  const dayOf = (d: Date) => d.toISOString().slice(0, 10);
  const inWindow = daily.filter((d) => dayOf(d.day) >= windowStart && dayOf(d.day) < pausedDay);
  const rewards = daily.reduce((n, d) => n + Number(d.n), 0);
  const measured = Math.round(inWindow.reduce((sum, d) => sum + Number(d.cost), 0) / windowDays);
  const remaining = Number(promotion.budgetFen - promotion.spentFen);
  const daysLeft = Math.max(1, (promotion.endsAt.getTime() - promotion.pausedAt.getTime()) / DAY);
  const limit = Math.floor(remaining / daysLeft);
  const exhaustion = measured > 0 ? shanghaiDay(new Date(promotion.pausedAt.getTime() + Math.ceil(remaining / measured) * DAY)) : undefined;
  const finding = { kind: "BUDGET_FORECAST", measured, limit, ...(exhaustion ? { forecastExhaustionDay: exhaustion } : {}), rewards, days: daily.length, at: promotion.pausedAt.toISOString() };
  await db.promotion.update({ where: { id: AUTO_PAUSED_PROMOTION_ID }, data: { guardFinding: finding } });
}

/** An active promotion that rewards payments, as the live simulator aims at it. */
export interface PaymentTarget {
  id: string;
  channels: readonly TransactionChannel[];
  mccs: readonly string[];
  /** The smallest amount that earns (the minimum or the 满 threshold). */
  minFen: number;
  tiers: readonly number[];
  provinces: readonly string[];
}

/** The ACTIVE promotions whose window is open at `now` and that reward payments. */
export async function activePaymentTargets(db: Db, now: Date): Promise<PaymentTarget[]> {
  const rows = await db.promotion.findMany({
    where: { status: "ACTIVE", startsAt: { lte: now }, endsAt: { gt: now } },
    select: { id: true, params: true },
    orderBy: { id: "asc" },
  });
  const targets: PaymentTarget[] = [];
  for (const row of rows) {
    const p = row.params as PromotionParams;
    if (p.type === "SIGNUP_BONUS" && p.bonusTrigger !== "FIRST_PAYMENT") continue;
    if (p.newCustomerDays !== null) continue;
    targets.push({ id: row.id, channels: p.channels, mccs: p.mccs, minFen: Math.max(p.minAmountFen ?? 0, p.thresholdFen ?? 0), tiers: p.tiers, provinces: p.provinces });
  }
  return targets;
}

/**
 * A payment the target rewards, for a wallet that fits it (the caller picks the wallet): a merchant of one
 * of its categories (any merchant when it names none), one of its channels, at least its minimum.
 */
export function targetedPayment(random: Random, target: PaymentTarget, singleLimitFen: bigint): { merchant: Merchant; channel: TransactionChannel; amountFen: bigint } | null {
  const merchants = target.mccs.length ? DOMESTIC_MERCHANTS.filter((m) => target.mccs.includes(m.mcc)) : DOMESTIC_MERCHANTS;
  const merchant: Merchant = merchants.length
    ? random.weighted(merchants, (m) => m.weight)
    : { name: "特约商户", mcc: target.mccs[0] ?? "5399", category: "other", minFen: 2_000, maxFen: 20_000, weight: 1 };
  const channels: readonly TransactionChannel[] = target.channels.length ? target.channels : ["QR", "ONLINE", "NFC"];
  const low = Math.max(merchant.minFen, target.minFen);
  const high = Math.max(low, merchant.maxFen, Math.ceil(target.minFen * 1.6));
  let amountFen = BigInt(random.int(low, high));
  if (amountFen > singleLimitFen) amountFen = singleLimitFen;
  if (Number(amountFen) < target.minFen) return null;
  return { merchant, channel: random.pick(channels), amountFen };
}
