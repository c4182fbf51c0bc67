// The fraud report's figures (/analytics/fraud), with any Prisma client (the page, the CSV export, tests).
// Alerts are not transactions: these read fraud_alert directly, always over an index range of created_at
// (fraud_alert (created_at, id)), joined to the few fraud_rule rows. An alert belongs to the period in which
// it was raised (its created_at, Shanghai days); its outcome is its status now. So "confirmed in March" means
// "raised in March and confirmed since", and the false-positive rate of a period does not move when a later
// period's decisions are made, only when that period's own alerts are decided.
//
// Definitions (the page's hints say the same):
// - decided = CONFIRMED or FALSE_POSITIVE; false-positive rate = FALSE_POSITIVE / decided (open,
//   investigating and escalated alerts are not in it).
// - confirmed fraud value = the sum of amount_fen of the distinct transactions that confirmed alerts were
//   raised on (two rules firing on one transaction count its amount once).
// - first action = the earliest of: the first "assign to me" / "next alert" (audit event alert.assign, or the
//   alert's assigned_at), its escalation, its decision. Escalation clears assigned_at, so the audit event is
//   the one that remembers the first officer who took it.
// - resolution = resolved_at (the CONFIRMED / FALSE_POSITIVE decision) - created_at.
// - value frozen = the balances now of the wallets frozen in the period for fraud (freeze reason
//   SUSPECTED_FRAUD or ACCOUNT_TAKEOVER): those frozen through the console (audit event wallet.freeze, which
//   also counts wallets unfrozen since) and those still frozen whose frozen_at is in the period. A frozen
//   wallet cannot move money, so its balance now is what the freeze held.
import { Prisma } from "@/lib/generated/prisma/client";
import type { DayRange } from "@/lib/analytics/period";
import { addDaysToDay, startOfShanghaiDay } from "@/lib/time";

export type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

export const SEVERITIES = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export type Severity = (typeof SEVERITIES)[number];
/** The freeze reasons (lib/wallets/freeze-reasons.ts) that are fraud. */
export const FRAUD_FREEZE_REASONS = ["SUSPECTED_FRAUD", "ACCOUNT_TAKEOVER"] as const;

/** [start, end) instants of a range of Shanghai days. */
export function rangeBounds(range: DayRange): { start: Date; end: Date } {
  return { start: startOfShanghaiDay(range.from), end: startOfShanghaiDay(addDaysToDay(range.to, 1)) };
}

const day = Prisma.sql`to_char((a.created_at AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD')`;

function inRange(range: DayRange) {
  const { start, end } = rangeBounds(range);
  return Prisma.sql`a.created_at >= ${start} AND a.created_at < ${end}`;
}

export interface AlertDayRow {
  day: string;
  ruleCode: string;
  severity: Severity;
  alerts: number;
}

/** Alerts raised per Shanghai day, rule and severity. */
export async function readAlertsPerDay(db: Reader, range: DayRange): Promise<AlertDayRow[]> {
  const rows = await db.$queryRaw<{ day: string; rule_code: string; severity: Severity; alerts: number }[]>`
    SELECT ${day} AS day, r.code AS rule_code, a.severity::text AS severity, count(*)::int AS alerts
    FROM fraud_alert a JOIN fraud_rule r ON r.id = a.rule_id
    WHERE ${inRange(range)}
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
  return rows.map((r) => ({ day: r.day, ruleCode: r.rule_code, severity: r.severity, alerts: r.alerts }));
}

export interface RuleOutcome {
  ruleCode: string;
  alerts: number;
  confirmed: number;
  falsePositive: number;
  /** CONFIRMED + FALSE_POSITIVE. */
  decided: number;
  /** FALSE_POSITIVE / decided, or null when nothing is decided. */
  falsePositiveRate: number | null;
}

/** Per rule: the alerts raised in the period and how many of them are decided, confirmed, false positives. */
export async function readRuleOutcomes(db: Reader, range: DayRange): Promise<RuleOutcome[]> {
  const rows = await db.$queryRaw<{ rule_code: string; alerts: number; confirmed: number; false_positive: number }[]>`
    SELECT r.code AS rule_code, count(*)::int AS alerts,
           count(*) FILTER (WHERE a.status = 'CONFIRMED')::int AS confirmed,
           count(*) FILTER (WHERE a.status = 'FALSE_POSITIVE')::int AS false_positive
    FROM fraud_alert a JOIN fraud_rule r ON r.id = a.rule_id
    WHERE ${inRange(range)}
    GROUP BY r.code ORDER BY r.code`;
  return rows.map((r) => {
    const decided = r.confirmed + r.false_positive;
    return { ruleCode: r.rule_code, alerts: r.alerts, confirmed: r.confirmed, falsePositive: r.false_positive, decided, falsePositiveRate: decided > 0 ? r.false_positive / decided : null };
  });
}

/** The ranked table: the rules with decided alerts, highest false-positive rate first (then most decided). */
export function rankFalsePositives(outcomes: RuleOutcome[]): (RuleOutcome & { falsePositiveRate: number })[] {
  return outcomes
    .filter((o): o is RuleOutcome & { falsePositiveRate: number } => o.falsePositiveRate !== null)
    .sort((a, b) => b.falsePositiveRate - a.falsePositiveRate || b.decided - a.decided || a.ruleCode.localeCompare(b.ruleCode));
}

export interface Durations {
  /** Alerts with the event (a first action, or a resolution). */
  count: number;
  /** Seconds; null when count is 0. */
  medianSeconds: number | null;
  p90Seconds: number | null;
}

export interface FraudSummary {
  alerts: number;
  open: number;
  decided: number;
  confirmed: number;
  falsePositive: number;
  falsePositiveRate: number | null;
  /** Distinct transactions of confirmed alerts. */
  confirmedTransactions: number;
  confirmedFen: bigint;
  firstAction: Durations;
  resolution: Durations;
  frozenWallets: number;
  frozenFen: bigint;
}

const FIRST_ACTION = Prisma.sql`least(
  (SELECT min(e.created_at) FROM audit_event e WHERE e.entity_type = 'FraudAlert' AND e.entity_id = a.id AND e.action = 'alert.assign'),
  a.assigned_at, a.escalated_at, a.resolved_at)`;

const seconds = (value: number | string | null) => (value === null ? null : Number(value));

/** The KPI figures of one period. */
export async function readSummary(db: Reader, range: DayRange): Promise<FraudSummary> {
  const [counts] = await db.$queryRaw<
    { alerts: number; open: number; confirmed: number; false_positive: number; confirmed_transactions: number; confirmed_fen: bigint }[]
  >`
    SELECT count(*)::int AS alerts,
           count(*) FILTER (WHERE a.status IN ('OPEN', 'INVESTIGATING', 'ESCALATED'))::int AS open,
           count(*) FILTER (WHERE a.status = 'CONFIRMED')::int AS confirmed,
           count(*) FILTER (WHERE a.status = 'FALSE_POSITIVE')::int AS false_positive,
           count(DISTINCT a.transaction_id) FILTER (WHERE a.status = 'CONFIRMED')::int AS confirmed_transactions,
           coalesce((SELECT sum(t.amount_fen) FROM (SELECT DISTINCT a2.transaction_id, a2.amount_fen FROM fraud_alert a2
                     WHERE a2.status = 'CONFIRMED' AND a2.created_at >= ${rangeBounds(range).start} AND a2.created_at < ${rangeBounds(range).end}) t), 0)::bigint AS confirmed_fen
    FROM fraud_alert a
    WHERE ${inRange(range)}`;
  if (!counts) throw new Error("an aggregate returns one row");
  const [times] = await db.$queryRaw<{ acted: number; first_p50: number | null; first_p90: number | null; resolved: number; resolution_p50: number | null; resolution_p90: number | null }[]>`
    SELECT count(x.first_at)::int AS acted,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM x.first_at - x.created_at)) AS first_p50,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM x.first_at - x.created_at)) AS first_p90,
           count(x.resolved_at)::int AS resolved,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM x.resolved_at - x.created_at)) AS resolution_p50,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM x.resolved_at - x.created_at)) AS resolution_p90
    FROM (SELECT a.created_at, ${FIRST_ACTION} AS first_at,
                 CASE WHEN a.status IN ('CONFIRMED', 'FALSE_POSITIVE') THEN a.resolved_at END AS resolved_at
          FROM fraud_alert a
          WHERE ${inRange(range)} AND (a.status <> 'OPEN' OR a.assigned_at IS NOT NULL OR a.escalated_at IS NOT NULL)) x`;
  if (!times) throw new Error("an aggregate returns one row");
  const frozen = await readFrozen(db, range);
  const decided = counts.confirmed + counts.false_positive;
  return {
    alerts: counts.alerts,
    open: counts.open,
    decided,
    confirmed: counts.confirmed,
    falsePositive: counts.false_positive,
    falsePositiveRate: decided > 0 ? counts.false_positive / decided : null,
    confirmedTransactions: counts.confirmed_transactions,
    confirmedFen: counts.confirmed_fen,
    firstAction: { count: times.acted, medianSeconds: seconds(times.first_p50), p90Seconds: seconds(times.first_p90) },
    resolution: { count: times.resolved, medianSeconds: seconds(times.resolution_p50), p90Seconds: seconds(times.resolution_p90) },
    ...frozen,
  };
}

/** Wallets frozen in the period for fraud and their balances now. */
export async function readFrozen(db: Reader, range: DayRange): Promise<{ frozenWallets: number; frozenFen: bigint }> {
  const { start, end } = rangeBounds(range);
  const reasons = Prisma.join([...FRAUD_FREEZE_REASONS]);
  const [row] = await db.$queryRaw<{ wallets: number; balance_fen: bigint }[]>`
    SELECT count(*)::int AS wallets, coalesce(sum(w.balance_fen), 0)::bigint AS balance_fen
    FROM wallet w
    WHERE w.id IN (
      SELECT e.entity_id FROM audit_event e
      WHERE e.action = 'wallet.freeze' AND e.created_at >= ${start} AND e.created_at < ${end}
        AND e.outcome = 'SUCCESS' AND e.entity_type = 'Wallet' AND e.after ->> 'freezeReasonCode' IN (${reasons})
      UNION
      SELECT v.id FROM wallet v
      WHERE v.status = 'FROZEN' AND v.frozen_at >= ${start} AND v.frozen_at < ${end} AND v.freeze_reason_code IN (${reasons}))`;
  if (!row) throw new Error("an aggregate returns one row");
  return { frozenWallets: row.wallets, frozenFen: row.balance_fen };
}

/** Per day: alerts raised, and the confirmed fraud among them (count and value of distinct transactions). */
export async function readConfirmedPerDay(db: Reader, range: DayRange): Promise<{ day: string; alerts: number; confirmed: number; confirmedFen: bigint }[]> {
  const rows = await db.$queryRaw<{ day: string; alerts: number; confirmed: number; confirmed_fen: bigint }[]>`
    SELECT x.day, sum(x.alerts)::int AS alerts, sum(x.confirmed)::int AS confirmed,
           coalesce(sum(x.amount_fen) FILTER (WHERE x.confirmed > 0), 0)::bigint AS confirmed_fen
    FROM (SELECT ${day} AS day, a.transaction_id, max(a.amount_fen) AS amount_fen, count(*) AS alerts,
                 count(*) FILTER (WHERE a.status = 'CONFIRMED') AS confirmed
          FROM fraud_alert a WHERE ${inRange(range)}
          GROUP BY 1, 2) x
    GROUP BY x.day ORDER BY x.day`;
  return rows.map((r) => ({ day: r.day, alerts: r.alerts, confirmed: r.confirmed, confirmedFen: r.confirmed_fen }));
}
