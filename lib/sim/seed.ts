// Writes a simulated wallet platform into the database: reference data first, then the population in
// batches, each batch in one transaction, so that memory stays flat however many rows are written.
import type { Db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password-hash";
import { drainScoring } from "@/lib/fraud/worker/run";
import type { PromotionStatus } from "@/lib/generated/prisma/enums";
import { sweepBonuses } from "@/lib/promotions/rewards";
import { assessAllSubmissions } from "@/lib/kyc/checks/assessment";
import { recordTransactions, type NewTransaction } from "@/lib/transactions/record";
import { dataDayRange, refreshWalletAndFunnelRollups } from "@/lib/analytics/rollups/rebuild";
import type { SimOptions } from "@/lib/sim/options";
import { generatePopulation, type CustomerBundle } from "@/lib/sim/population";
import { farmTargetOf, linkRefunds, plantFarmingRings, recordSeededGuardFinding, type FarmingRing } from "@/lib/sim/promotions";
import { createRandom } from "@/lib/sim/random";
import { seedReports, type SeededReports } from "@/lib/sim/reports";
import { cardBins, fraudRules, promotions, watchlist } from "@/lib/sim/reference";
import { DEMO_PASSWORD, DEMO_STAFF } from "@/lib/sim/staff";

export interface SeedSummary {
  customers: number;
  submissions: number;
  transactions: number;
  /** Fraud alerts the scoring raised over the seeded history, and the time that took. */
  alerts: number;
  scoringMilliseconds: number;
  /** Promotion rewards the history earned (payments and sign-up bonuses). */
  rewards: number;
  /** Sign-up farming rings planted among the new customers (lib/sim/promotions.ts). */
  farmingRings: FarmingRing[];
  /** The regulatory reports made when `options.reports` asked for them. */
  reports: SeededReports | null;
  milliseconds: number;
}

const MAX_TRANSACTIONS_PER_BATCH = 4_000;
/** The promotions that paid while the seeded history happened (each only inside its window and before its pause or end). */
const HISTORY_REWARD_STATUSES: readonly PromotionStatus[] = ["ACTIVE", "PAUSED", "ENDED"];
const MAX_CUSTOMERS_PER_BATCH = 200;

export async function seedDatabase(db: Db, options: SimOptions, log: (line: string) => void = () => {}): Promise<SeedSummary> {
  const started = Date.now();
  const random = createRandom(options.seed);

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.staffUser.createMany({ data: DEMO_STAFF.map((s) => ({ ...s, passwordHash, createdAt: options.now })) });
  await db.cardBin.createMany({ data: cardBins() });
  const list = watchlist(random.fork("watchlist"), options.now);
  await db.watchlistEntry.createMany({ data: list.rows });
  const rules = fraudRules(options.now);
  await db.fraudRule.createMany({ data: rules.rules });
  await db.fraudRuleVersion.createMany({ data: rules.versions });
  const campaigns = promotions(options.now, options);
  await db.promotion.createMany({ data: campaigns.promotions });
  await db.promotionVersion.createMany({ data: campaigns.versions });
  for (const version of campaigns.versions) {
    if (version.status === "APPROVED") await db.promotion.update({ where: { id: version.promotionId }, data: { liveVersionId: version.id } });
  }

  const summary: SeedSummary = { customers: 0, submissions: 0, transactions: 0, alerts: 0, scoringMilliseconds: 0, rewards: 0, farmingRings: [], reports: null, milliseconds: 0 };
  let batch: CustomerBundle[] = [];
  let batchTransactions = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await writeBatch(db, batch);
    summary.customers += batch.length;
    summary.submissions += batch.reduce((n, b) => n + b.submissions.length, 0);
    summary.transactions += batchTransactions;
    batch = [];
    batchTransactions = 0;
    log(`  ${summary.customers} customers, ${summary.transactions} transactions`);
  };

  // A few new customers farm the sign-up bonus in rings sharing a phone or a device (the abuse guard holds them).
  const signup = campaigns.promotions.find((p) => p.id === "promo_signup");
  const farmTarget = farmTargetOf(signup && { params: signup.params, startsAt: new Date(signup.startsAt), endsAt: new Date(signup.endsAt), pausedAt: signup.pausedAt ? new Date(signup.pausedAt) : null });
  for (const bundle of plantFarmingRings(generatePopulation(options, list.people), options, farmTarget, summary.farmingRings)) {
    batch.push(bundle);
    batchTransactions += bundle.transactions.length;
    if (batchTransactions >= MAX_TRANSACTIONS_PER_BATCH || batch.length >= MAX_CUSTOMERS_PER_BATCH) await flush();
  }
  await flush();
  // The automated KYC checks, as they would have run when each submission arrived.
  const checks = await assessAllSubmissions(db);
  log(`  KYC checks: ${checks.submissions} submissions in ${checks.milliseconds} ms`);
  // The fraud scoring, as the worker would have run while the history happened (the worker's own code;
  // alerts carry their transaction's time), so fresh demo and test data already has its alerts.
  // Promotions paid as the history happened: the paused and ended ones too, each up to its pause or end.
  const scoring = await drainScoring(db, { backdate: true, workerId: "seed", promotions: { statuses: HISTORY_REWARD_STATUSES, backdate: true } });
  summary.alerts = scoring.alerts;
  summary.scoringMilliseconds = Math.round(scoring.milliseconds);
  log(`  fraud scoring: ${scoring.scored} transactions, ${scoring.alerts} alerts in ${summary.scoringMilliseconds} ms`);
  // Activation and first-card-link bonuses are no transactions: the worker's sweep pays them (and the
  // abuse guard holds the farming rings' ones).
  const bonuses = await sweepBonuses(db, { statuses: HISTORY_REWARD_STATUSES, backdate: true, now: options.now });
  // The bonuses' CASHBACK credits are new transactions: cut them too, so the demo starts with no scoring lag.
  await drainScoring(db, { backdate: true, workerId: "seed", promotions: { statuses: HISTORY_REWARD_STATUSES, backdate: true } });
  const [rewards] = await db.$queryRaw<{ n: bigint; held: bigint }[]>`SELECT count(*) AS n, count(*) FILTER (WHERE status = 'HELD') AS held FROM promotion_reward`;
  summary.rewards = Number(rewards?.n ?? 0n);
  log(`  promotions: ${summary.rewards} rewards (${bonuses.rewards} sign-up bonuses), ${Number(rewards?.held ?? 0n)} held by the abuse guard`);
  // The guard paused one promotion for its burn rate: what it measured, from the rewards it paid.
  await recordSeededGuardFinding(db);
  // The rollups the writer cannot keep (new wallets per day, the onboarding funnel), for the whole history.
  const history = await dataDayRange(db);
  await refreshWalletAndFunnelRollups(db, { now: options.now, fromDay: history?.from });
  // Last, as the bank works them: the large-value detector over the seeded days and the reports' review.
  if (options.reports) {
    summary.reports = await seedReports(db, options);
    const r = summary.reports;
    log(`  reports: ${r.largeValue} large-value over ${r.daysScanned} days (${Object.entries(r.byStatus).map(([s, n]) => `${n} ${s}`).join(", ")}), files ${r.exportFiles.join(", ") || "none"}, STR drafts ${r.suspicious.join(", ") || "none"}`);
  }
  summary.milliseconds = Date.now() - started;
  return summary;
}

async function writeBatch(db: Db, batch: CustomerBundle[]): Promise<void> {
  const transactions: NewTransaction[] = batch.flatMap((b) => b.transactions);
  await db.$transaction(
    async (tx) => {
      await tx.customer.createMany({ data: batch.map((b) => b.customer) });
      await tx.wallet.createMany({ data: batch.map((b) => b.wallet) });
      await tx.bankCard.createMany({ data: batch.flatMap((b) => b.cards) });
      await tx.kycSubmission.createMany({ data: batch.flatMap((b) => b.submissions) });
      await tx.kycDocument.createMany({ data: batch.flatMap((b) => b.documents) });
      await recordTransactions(tx, transactions);
      await linkRefunds(tx, transactions);
    },
    { timeout: 120_000 },
  );
}
