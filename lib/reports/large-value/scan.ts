// The large-value detector: after a Shanghai business day closes, every customer-day-threshold-direction
// whose total crosses the rule set's threshold becomes one DRAFT large-value report with its transactions.
// One transaction per day: SQL aggregates the day (read by the transaction table's (created_at, id) index
// range) and keeps only the crossing groups (HAVING), their transactions are fetched and run through the
// pure detector (thresholds.ts, the authority), and each new report is inserted ON CONFLICT (detection_key)
// DO NOTHING with its transactions and its audit event (actor: the system). Re-running a day creates
// nothing; large_value_scan records the day, so a day missing there is a missed day the chore catches up.
// Plain Node (no "server-only"): the worker (scripts/worker.ts) and the seed call it.
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/write";
import { dueDayFor } from "@/lib/reports/calendar/deadline";
import { REPORT_AUDIT, REPORT_ENTITY } from "@/lib/reports/fields";
import { nextReference } from "@/lib/reports/reference";
import { ruleSetInForce } from "@/lib/reports/rules/rule-set";
import { thresholdsToJson } from "@/lib/reports/rules/types";
import { IN_TYPES, OUT_TYPES } from "@/lib/reports/large-value/classify";
import { detectCrossings, type LargeValueCandidate } from "@/lib/reports/large-value/thresholds";
import { addDaysToDay, daysBetween, dateOnly, shanghaiDay, startOfShanghaiDay } from "@/lib/time";

type Tx = Prisma.TransactionClient;

/** How far back the chore looks for unscanned days, and how many it scans per call. */
export const CATCH_UP_DAYS = 35;
export const DAYS_PER_CHORE = 3;

/** Serialises scans of one day (two workers, or the chore and the seed), before any reference is taken. */
const scanLockKey = (day: string) => `large-value-scan|${day}`;

const COUNTED_TYPES = [...IN_TYPES, ...OUT_TYPES];

export interface DayScan {
  day: string;
  ruleSetVersion: number;
  /** Crossing groups found (new or already drafted). */
  crossings: number;
  /** Reports created by this run (0 on a re-run). */
  created: number;
  reportIds: string[];
}

/** A day is closed once Shanghai's today is later. */
export function isClosedDay(day: string, now: Date): boolean {
  return day < shanghaiDay(now);
}

/**
 * The prefilter: the day's qualifying transactions per customer, threshold and direction (every wallet
 * customer is a natural person: thresholds.ts/classify.ts keep the party type a parameter), keeping the
 * customers with a group whose CNY total or USD-equivalent total reaches the threshold. Exported for the
 * benchmark's EXPLAIN (scripts/bench/reports.ts).
 */
export function dayCrossingsSql(day: string, thresholds: string, rate: string): Prisma.Sql {
  const start = startOfShanghaiDay(day);
  const end = startOfShanghaiDay(addDaysToDay(day, 1));
  return Prisma.sql`
    WITH t AS (
      SELECT w.customer_id, t.amount_fen,
        CASE WHEN t.type IN ('TOP_UP', 'WITHDRAWAL') THEN 'CASH'
             WHEN t.cross_border THEN 'NATURAL_CROSS_BORDER'
             ELSE 'NATURAL_DOMESTIC_TRANSFER' END AS threshold_code,
        CASE WHEN t.type IN ('TOP_UP', 'TRANSFER_IN', 'REFUND') THEN 'IN' ELSE 'OUT' END AS direction,
        CASE WHEN t.currency = 'USD' AND t.original_amount_minor IS NOT NULL THEN t.original_amount_minor::numeric
             ELSE round(t.amount_fen::numeric / ${rate}::numeric) END AS usd_cents
      FROM "transaction" t JOIN wallet w ON w.id = t.wallet_id
      WHERE t.created_at >= ${start.toISOString()}::timestamptz AND t.created_at < ${end.toISOString()}::timestamptz
        AND t.status = 'SUCCEEDED' AND t.type::text = ANY(${COUNTED_TYPES}::text[])
    )
    SELECT DISTINCT customer_id FROM (
      SELECT customer_id, threshold_code, direction FROM t
      GROUP BY customer_id, threshold_code, direction
      HAVING sum(amount_fen) >= ((${thresholds}::jsonb -> threshold_code ->> 'cnyFen')::numeric)
          OR sum(usd_cents) >= ((${thresholds}::jsonb -> threshold_code ->> 'usdCents')::numeric)
    ) crossing`;
}

/** Scans one closed Shanghai day (YYYY-MM-DD). */
export async function scanDay(db: Db, day: string, now: Date = new Date()): Promise<DayScan> {
  if (!isClosedDay(day, now)) throw new RangeError(`${day} has not closed yet in Shanghai: it cannot be scanned`);
  return db.$transaction((tx) => scanDayInTransaction(tx, day), { timeout: 120_000 });
}

async function scanDayInTransaction(tx: Tx, day: string): Promise<DayScan> {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext(${scanLockKey(day)})::bigint)`;
  const rules = await ruleSetInForce(tx, day);
  const start = startOfShanghaiDay(day);
  const end = startOfShanghaiDay(addDaysToDay(day, 1));
  const thresholds = JSON.stringify(thresholdsToJson(rules.thresholds));
  const rate = rules.usdCnyRate.toFixed(6);

  const groups = await tx.$queryRaw<{ customer_id: string }[]>(dayCrossingsSql(day, thresholds, rate));

  let crossings: ReturnType<typeof detectCrossings> = [];
  if (groups.length > 0) {
    const customerIds = groups.map((g) => g.customer_id);
    const rows = await tx.$queryRaw<
      {
        id: bigint;
        customer_id: string;
        type: LargeValueCandidate["type"];
        status: LargeValueCandidate["status"];
        amount_fen: bigint;
        currency: string;
        original_amount_minor: bigint | null;
        cross_border: boolean;
        created_at: Date;
      }[]
    >`
      SELECT t.id, w.customer_id, t.type, t.status, t.amount_fen, t.currency, t.original_amount_minor, t.cross_border, t.created_at
      FROM "transaction" t JOIN wallet w ON w.id = t.wallet_id
      WHERE t.created_at >= ${start.toISOString()}::timestamptz AND t.created_at < ${end.toISOString()}::timestamptz
        AND t.status = 'SUCCEEDED' AND t.type::text = ANY(${COUNTED_TYPES}::text[])
        AND w.customer_id = ANY(${customerIds}::text[])
      ORDER BY t.created_at, t.id`;
    crossings = detectCrossings(
      rows.map((r) => ({
        id: r.id,
        customerId: r.customer_id,
        type: r.type,
        status: r.status,
        amountFen: BigInt(r.amount_fen),
        currency: r.currency.trim(),
        originalAmountMinor: r.original_amount_minor === null ? null : BigInt(r.original_amount_minor),
        crossBorder: r.cross_border,
        createdAt: r.created_at,
      })),
      rules,
    ).filter((c) => c.day === day);
  }

  const existing = crossings.length
    ? new Set(
        (
          await tx.regulatoryReport.findMany({
            where: { detectionKey: { in: crossings.map((c) => c.detectionKey) } },
            select: { detectionKey: true },
          })
        ).map((r) => r.detectionKey),
      )
    : new Set<string | null>();
  const fresh = crossings.filter((c) => !existing.has(c.detectionKey));

  const reportIds: string[] = [];
  if (fresh.length > 0) {
    const dueDay = await dueDayFor(tx, day);
    for (const crossing of fresh) {
      const reference = await nextReference(tx, "LARGE_VALUE", day);
      const created = await tx.regulatoryReport.createManyAndReturn({
        data: [
          {
            reference,
            kind: "LARGE_VALUE",
            status: "DRAFT",
            customerId: crossing.customerId,
            ruleSetVersion: rules.version,
            basisDay: dateOnly(day),
            dueDay: dateOnly(dueDay),
            thresholdCode: crossing.thresholdCode,
            direction: crossing.direction,
            detectionKey: crossing.detectionKey,
            totalFen: crossing.totalFen,
            totalUsdCents: crossing.totalUsdCents,
            transactionCount: crossing.transactionIds.length,
          },
        ],
        // ON CONFLICT DO NOTHING: a report another run drafted meanwhile stays the only one.
        skipDuplicates: true,
        select: { id: true },
      });
      const report = created[0];
      if (!report) continue;
      await tx.regulatoryReportTransaction.createMany({
        data: crossing.transactionIds.map((transactionId) => ({ reportId: report.id, transactionId })),
      });
      await recordAudit(tx, {
        actor: null,
        action: REPORT_AUDIT.detect,
        entityType: REPORT_ENTITY,
        entityId: report.id,
        after: {
          reference,
          kind: "LARGE_VALUE",
          status: "DRAFT",
          customerId: crossing.customerId,
          basisDay: day,
          dueDay,
          ruleSetVersion: rules.version,
          thresholdCode: crossing.thresholdCode,
          reportCode: crossing.reportCode,
          direction: crossing.direction,
          totalFen: crossing.totalFen.toString(),
          totalUsdCents: crossing.totalUsdCents.toString(),
          transactionCount: crossing.transactionIds.length,
        },
      });
      reportIds.push(report.id);
    }
  }

  await tx.largeValueScan.upsert({
    where: { day: dateOnly(day) },
    create: { day: dateOnly(day), ruleSetVersion: rules.version, reportsCreated: reportIds.length },
    update: { ruleSetVersion: rules.version, reportsCreated: { increment: reportIds.length }, scannedAt: new Date() },
  });
  return { day, ruleSetVersion: rules.version, crossings: crossings.length, created: reportIds.length, reportIds };
}

/** Scans every closed day from `from` to `to` (both included; days not closed yet are skipped): the seed. */
export async function scanDays(db: Db, from: string, to: string, now: Date = new Date()): Promise<DayScan[]> {
  const scans: DayScan[] = [];
  for (const day of daysBetween(from, to)) if (isClosedDay(day, now)) scans.push(await scanDay(db, day, now));
  return scans;
}

/**
 * The closed days of the last CATCH_UP_DAYS that have transactions and no large_value_scan row, oldest
 * first: each probes the transaction index once.
 */
export async function unscannedDays(db: Pick<Tx, "$queryRaw">, now: Date, limit = DAYS_PER_CHORE): Promise<string[]> {
  const yesterday = addDaysToDay(shanghaiDay(now), -1);
  const candidates = daysBetween(addDaysToDay(yesterday, -(CATCH_UP_DAYS - 1)), yesterday);
  const rows = await db.$queryRaw<{ day: string }[]>`
    SELECT d.day FROM unnest(${candidates}::text[]) AS d(day)
    WHERE NOT EXISTS (SELECT 1 FROM large_value_scan s WHERE s.day = d.day::date)
      AND EXISTS (
        SELECT 1 FROM "transaction" t
        WHERE t.created_at >= (d.day::date::timestamp AT TIME ZONE 'Asia/Shanghai')
          AND t.created_at < ((d.day::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'))
    ORDER BY d.day
    LIMIT ${limit}::int`;
  return rows.map((r) => r.day);
}

/** Scans up to `limit` missed days now (no throttle); returns the number of days scanned. */
export async function catchUpLargeValueScans(db: Db, now: Date = new Date(), limit = DAYS_PER_CHORE): Promise<number> {
  const days = await unscannedDays(db, now, limit);
  for (const day of days) await scanDay(db, day, now);
  return days.length;
}

let lastChoreAt = 0;

/** The worker's idle chore: at most once a minute, scan a few closed days not scanned yet. */
export async function largeValueChore(db: Db, now: Date = new Date()): Promise<number> {
  if (now.getTime() - lastChoreAt < 60_000) return 0;
  lastChoreAt = now.getTime();
  return catchUpLargeValueScans(db, now);
}
