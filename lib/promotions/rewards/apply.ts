// Rewards for one scored batch, inside the fraud worker's batch transaction (lib/fraud/worker/score.ts):
// a kill before its commit pays nothing, and after it the batch is DONE and repeats nothing. Reads the
// batch's successful payments with what eligibility asks of their customers, locks the promotions that
// could pay them (and those whose rewards the batch's refunds claw back) in id order, reads usage under
// those locks, lets the rules (lib/promotions/rules/decide.ts) decide event by event with a running tally,
// asks the abuse guard which to hold, writes, then claws back refunded rewards.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PromotionStatus, TransactionChannel } from "@/lib/generated/prisma/enums";
import { decideRewards } from "@/lib/promotions/rules/decide";
import { shanghaiDay } from "@/lib/time";
import type { CustomerFacts, RewardEvent } from "@/lib/promotions/rules/types";
import { applyClawbacks, refundedInBatch } from "@/lib/promotions/rewards/clawback";
import { lockPromotions } from "@/lib/promotions/rewards/promotions";
import { DEFAULT_REWARD_STATUSES, emptyTotals, type PendingReward, type RewardOptions, type RewardTotals, type RunningPromotion } from "@/lib/promotions/rewards/types";
import { UsageTally } from "@/lib/promotions/rewards/usage";
import { Ledger, writeRewards } from "@/lib/promotions/rewards/write";

type Tx = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

interface PaymentRow {
  id: bigint;
  wallet_id: string;
  customer_id: string;
  amount_fen: bigint;
  channel: TransactionChannel;
  mcc: string | null;
  created_at: Date;
  tier: number;
  province: string;
  registered_at: Date;
  first_payment: boolean;
}

export async function applyRewards(tx: Tx, batch: { fromId: bigint; toId: bigint }, options: RewardOptions = {}): Promise<RewardTotals> {
  const totals = emptyTotals();
  const statuses = options.statuses ?? DEFAULT_REWARD_STATUSES;
  // Only a running first-payment bonus needs the (per payment) look back for an earlier payment.
  const [[bonus], refunded] = await Promise.all([
    tx.$queryRaw<{ first_payment: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM promotion WHERE status::text = ANY(${statuses as string[]}::text[]) AND type = 'SIGNUP_BONUS'
        AND params->>'bonusTrigger' = 'FIRST_PAYMENT') AS first_payment`,
    refundedInBatch(tx, batch.fromId, batch.toId),
  ]);
  const payments = await readPayments(tx, batch, bonus?.first_payment ?? false);
  if (payments.length === 0 && refunded.paymentIds.length === 0) return totals;

  // Estimates over unnest arrays push these statements past jit_above_cost; compiling costs far more than
  // running them (seconds against milliseconds on PostgreSQL 15). JIT off for the rewards' statements only.
  const [jit] = await tx.$queryRaw<{ jit: string }[]>`SELECT current_setting('jit') AS jit, set_config('jit', 'off', true)`;
  try {
    return await rewardBatch(tx, batch, options, statuses, payments, refunded, totals);
  } finally {
    if (jit && jit.jit !== "off") await tx.$queryRaw`SELECT set_config('jit', ${jit.jit}, true)`;
  }
}

async function rewardBatch(
  tx: Tx,
  batch: { fromId: bigint; toId: bigint },
  options: RewardOptions,
  statuses: readonly PromotionStatus[],
  payments: PaymentRow[],
  refunded: Awaited<ReturnType<typeof refundedInBatch>>,
  totals: RewardTotals,
): Promise<RewardTotals> {
  let from = new Date(8.64e15);
  let to = new Date(-8.64e15);
  for (const p of payments) {
    if (p.created_at < from) from = p.created_at;
    if (p.created_at > to) to = p.created_at;
  }
  const locked = await lockPromotions(tx, payments.length > 0 ? { statuses, from, to } : null, refunded.promotionIds);
  const ledger = new Ledger();

  if (locked.running.length > 0 && payments.length > 0) {
    const pending = await decideBatch(tx, payments, locked.running);
    if (options.evaluateOnly) return totals;
    await writeRewards(tx, pending, locked.byId, ledger, totals, options);
  }

  // Refunds of this batch, and refunds already scored of payments this batch just rewarded (a refund's
  // batch may have been scored before its payment's): all committed, so at most the cursor's position.
  const rewardedPayments = new Set(refunded.paymentIds);
  if (totals.rewards > 0) for (const p of payments) rewardedPayments.add(p.id);
  if (rewardedPayments.size > 0) {
    const [cursor] = await tx.$queryRaw<{ last_id: bigint | null }[]>`SELECT max(last_id) AS last_id FROM scoring_cursor`;
    const upTo = cursor?.last_id && cursor.last_id > batch.toId ? cursor.last_id : batch.toId;
    await applyClawbacks(tx, [...rewardedPayments], locked.byId, upTo, ledger, totals, options);
  }
  await ledger.apply(tx);
  return totals;
}

async function readPayments(tx: Tx, batch: { fromId: bigint; toId: bigint }, firstPayment: boolean): Promise<PaymentRow[]> {
  // "First" = no earlier successful payment from the wallet, earlier by (created_at, id) as history orders it.
  return firstPayment
    ? tx.$queryRaw<PaymentRow[]>`
        SELECT t.id, t.wallet_id, w.customer_id, t.amount_fen, t.channel::text AS channel, t.mcc, t.created_at, w.tier::int AS tier,
          c.province, c.created_at AS registered_at,
          NOT EXISTS (SELECT 1 FROM "transaction" e WHERE e.wallet_id = t.wallet_id AND e.type = 'PAYMENT' AND e.status = 'SUCCEEDED'
            AND (e.created_at, e.id) < (t.created_at, t.id)) AS first_payment
        FROM "transaction" t JOIN wallet w ON w.id = t.wallet_id JOIN customer c ON c.id = w.customer_id
        WHERE t.id > ${batch.fromId} AND t.id <= ${batch.toId} AND t.type = 'PAYMENT' AND t.status = 'SUCCEEDED'
        ORDER BY t.id`
    : tx.$queryRaw<PaymentRow[]>`
        SELECT t.id, t.wallet_id, w.customer_id, t.amount_fen, t.channel::text AS channel, t.mcc, t.created_at, w.tier::int AS tier,
          c.province, c.created_at AS registered_at, false AS first_payment
        FROM "transaction" t JOIN wallet w ON w.id = t.wallet_id JOIN customer c ON c.id = w.customer_id
        WHERE t.id > ${batch.fromId} AND t.id <= ${batch.toId} AND t.type = 'PAYMENT' AND t.status = 'SUCCEEDED'
        ORDER BY t.id`;
}

/**
 * The payment-side filters of a promotion that need no usage: window, channel, merchant category, minimum
 * amount, tier and province. Only promotions passing them go to the rules (which check them again, so the
 * answer is the same: an ineligible promotion never pays nor blocks another).
 */
interface Prefilter {
  promotion: RunningPromotion;
  starts: number;
  ends: number;
  channels: ReadonlySet<string> | null;
  mccs: ReadonlySet<string> | null;
  minAmountFen: bigint | null;
  tiers: ReadonlySet<number> | null;
  provinces: ReadonlySet<string> | null;
  firstPaymentOnly: boolean;
}

function prefilterOf(p: RunningPromotion): Prefilter {
  const { params } = p;
  return {
    promotion: p,
    starts: Date.parse(params.startsAt),
    ends: Date.parse(params.endsAt),
    channels: params.channels.length > 0 ? new Set<string>(params.channels) : null,
    mccs: params.mccs.length > 0 ? new Set(params.mccs) : null,
    minAmountFen: params.minAmountFen !== null ? BigInt(params.minAmountFen) : null,
    tiers: params.tiers.length > 0 ? new Set<number>(params.tiers) : null,
    provinces: params.provinces.length > 0 ? new Set(params.provinces) : null,
    firstPaymentOnly: params.type === "SIGNUP_BONUS",
  };
}

function couldPay(f: Prefilter, payment: PaymentRow, at: number): boolean {
  return (
    f.starts <= at &&
    at < f.ends &&
    f.promotion.remainingFen > 0n &&
    (!f.firstPaymentOnly || payment.first_payment) &&
    (f.channels === null || f.channels.has(payment.channel)) &&
    (f.mccs === null || (payment.mcc !== null && f.mccs.has(payment.mcc))) &&
    (f.minAmountFen === null || payment.amount_fen >= f.minAmountFen) &&
    (f.tiers === null || f.tiers.has(payment.tier)) &&
    (f.provinces === null || f.provinces.has(payment.province))
  );
}

/** The rules, event by event in id order, with the usage and budgets read under the locks kept current. */
async function decideBatch(tx: Tx, payments: readonly PaymentRow[], running: readonly RunningPromotion[]): Promise<PendingReward[]> {
  // Only promotions that can pay a payment: activation and card-link bonuses are the sweep's.
  const candidates = running.filter((p) => p.params.type !== "SIGNUP_BONUS" || p.params.bonusTrigger === "FIRST_PAYMENT");
  const filters = candidates.map(prefilterOf);
  // First the cheap filters: which payments any promotion could pay at all. Usage is read only for those
  // payments' customers and keys (budgets only shrink in the batch, so a payment passing none now never will).
  const matching: { payment: PaymentRow; could: RunningPromotion[] }[] = [];
  for (const payment of payments) {
    const at = payment.created_at.getTime();
    const could: RunningPromotion[] = [];
    for (const f of filters) if (couldPay(f, payment, at)) could.push(f.promotion);
    if (could.length > 0) matching.push({ payment, could });
  }
  if (matching.length === 0) return [];
  const customerIds = [...new Set(matching.map((m) => m.payment.customer_id))];
  const keys = [...matching.map((m) => `tx:${m.payment.id}`), ...customerIds.map((id) => `customer:${id}`)];
  const tally = await UsageTally.load(
    tx,
    running.map((p) => p.id),
    customerIds,
    keys,
  );
  const pending: PendingReward[] = [];
  for (const { payment, could } of matching) {
    // A payment rewarded before (a batch scored again, or a refund's earlier pass) keeps what it had: those
    // promotions do not pay twice, and when a non-stackable one paid it then, no other non-stackable one may
    // pay it now (stacking as the first time). A first-payment bonus counts as this payment's only when this
    // payment is the wallet's first.
    const already = candidates.filter((p) =>
      p.params.type === "SIGNUP_BONUS" ? payment.first_payment && tally.has(p.id, `customer:${payment.customer_id}`) : tally.has(p.id, `tx:${payment.id}`),
    );
    const exclusiveTaken = already.some((p) => !p.params.stackable);
    const open = could.filter(
      (p) =>
        p.remainingFen > 0n &&
        !already.includes(p) &&
        !(exclusiveTaken && !p.params.stackable) &&
        !(p.params.type === "SIGNUP_BONUS" && tally.has(p.id, `customer:${payment.customer_id}`)),
    );
    if (open.length === 0) continue;
    const event: RewardEvent = {
      kind: "PAYMENT",
      transactionId: payment.id,
      walletId: payment.wallet_id,
      customerId: payment.customer_id,
      amountFen: payment.amount_fen,
      channel: payment.channel,
      mcc: payment.mcc,
      at: payment.created_at,
      firstPayment: payment.first_payment,
    };
    const customer: CustomerFacts = { customerId: payment.customer_id, tier: payment.tier, province: payment.province, registeredAt: payment.registered_at };
    acceptDecisions(event, customer, open, tally, pending, payment.id);
  }
  return pending;
}

/** Runs the rules for one event and takes what they pay into the tally and the budgets. */
export function acceptDecisions(
  event: RewardEvent,
  customer: CustomerFacts,
  open: readonly RunningPromotion[],
  tally: UsageTally,
  pending: PendingReward[],
  transactionId: bigint | null,
): void {
  const byId = new Map(open.map((p) => [p.id, p]));
  // The event's Shanghai day once, not once per promotion asked about (formatting a date is most of it).
  let day: string | undefined;
  const decisions = decideRewards(event, customer, open, (promotionId) => tally.of(promotionId, event.customerId, (day ??= shanghaiDay(event.at))));
  for (const decision of decisions) {
    const promotion = byId.get(decision.promotionId)!;
    if (decision.costFen > promotion.remainingFen) throw new Error(`the rules paid ${decision.costFen} fen from ${promotion.id} with ${promotion.remainingFen} left`);
    const reward: PendingReward = { ...decision, customerId: event.customerId, walletId: event.walletId, transactionId, at: event.at };
    promotion.remainingFen -= decision.costFen;
    tally.accept(reward);
    pending.push(reward);
  }
}
