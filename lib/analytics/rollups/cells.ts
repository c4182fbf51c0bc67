// The SQL that adds transactions to every rollup the analytics read, shared by the transaction writer
// (lib/transactions/record.ts, for the rows it has just inserted) and the rebuild (rebuild.ts, for a day's
// rows read back from the transaction table), so the two can never count differently.
import { Prisma } from "@/lib/generated/prisma/client";

/** The types a wallet makes itself: a successful one makes the wallet active that day. */
export const ACTIVITY_TYPES = ["TOP_UP", "PAYMENT", "TRANSFER_OUT", "WITHDRAWAL"] as const;

/**
 * CTEs (to follow `WITH src AS (...)`) that add the rows of `src` to the rollups: transaction_daily_rollup,
 * the daily and hourly cubes, the hour-of-day rollup, wallet_activity_day with wallet_daily_rollup's
 * active_wallets (+1 only for an activity row that is new), wallet.first_payment_at (only moved
 * earlier) and, for a wallet's very first payment, its cohort's first_payment in kyc_funnel_weekly when the
 * customer has passed every earlier step (the funnel is nested; see rebuild.ts), so old cohorts, which the
 * worker no longer recounts, stay right. `src` has the transaction's wallet_id, type, status, channel, cross_border, mcc, amount_fen and
 * created_at, plus the wallet's province and tier and `local` (created_at as a Shanghai wall-clock
 * timestamp). Groups are inserted in key order so concurrent writers lock cells in the same order.
 */
export const ROLLUP_CTES = Prisma.sql`
  daily_rollup AS (
    INSERT INTO transaction_daily_rollup (day, type, channel, status, cross_border, count, amount_fen)
    SELECT local::date, type, channel, status, cross_border, count(*), sum(amount_fen)
    FROM src GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (day, type, channel, status, cross_border) DO UPDATE
    SET count = transaction_daily_rollup.count + EXCLUDED.count,
        amount_fen = transaction_daily_rollup.amount_fen + EXCLUDED.amount_fen
  ),
  daily_cube AS (
    INSERT INTO transaction_daily_cube (day, type, status, channel, cross_border, mcc, province, tier, count, amount_fen)
    SELECT local::date, type, status, channel, cross_border, mcc, province, tier, count(*), sum(amount_fen)
    FROM src GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT (day, type, status, channel, cross_border, mcc, province, tier) DO UPDATE
    SET count = transaction_daily_cube.count + EXCLUDED.count,
        amount_fen = transaction_daily_cube.amount_fen + EXCLUDED.amount_fen
  ),
  hourly_cube AS (
    INSERT INTO transaction_hourly_cube (hour, type, status, channel, cross_border, mcc, province, tier, count, amount_fen)
    SELECT date_trunc('hour', local) AT TIME ZONE 'Asia/Shanghai', type, status, channel, cross_border, mcc, province, tier,
      count(*), sum(amount_fen)
    FROM src GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT (hour, type, status, channel, cross_border, mcc, province, tier) DO UPDATE
    SET count = transaction_hourly_cube.count + EXCLUDED.count,
        amount_fen = transaction_hourly_cube.amount_fen + EXCLUDED.amount_fen
  ),
  hour_of_day AS (
    INSERT INTO transaction_hour_of_day_rollup (day, hour, type, status, channel, count, amount_fen)
    SELECT local::date, extract(hour FROM local)::smallint, type, status, channel, count(*), sum(amount_fen)
    FROM src GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (day, hour, type, status, channel) DO UPDATE
    SET count = transaction_hour_of_day_rollup.count + EXCLUDED.count,
        amount_fen = transaction_hour_of_day_rollup.amount_fen + EXCLUDED.amount_fen
  ),
  new_activity AS (
    INSERT INTO wallet_activity_day (day, wallet_id)
    SELECT DISTINCT local::date, wallet_id FROM src
    WHERE status = 'SUCCEEDED' AND type IN ('TOP_UP', 'PAYMENT', 'TRANSFER_OUT', 'WITHDRAWAL')
    ORDER BY 1, 2
    ON CONFLICT DO NOTHING
    RETURNING day, wallet_id
  ),
  active_wallets AS (
    INSERT INTO wallet_daily_rollup (day, province, tier, active_wallets)
    SELECT a.day, w.province, w.tier, count(*)
    FROM new_activity a JOIN (SELECT DISTINCT wallet_id, province, tier FROM src) w ON w.wallet_id = a.wallet_id
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (day, province, tier) DO UPDATE
    SET active_wallets = wallet_daily_rollup.active_wallets + EXCLUDED.active_wallets
  ),
  first_payments AS (
    SELECT wallet_id, min(created_at) AS first_at FROM src WHERE type = 'PAYMENT' AND status = 'SUCCEEDED' GROUP BY wallet_id
  ),
  first_payment_earlier AS (
    UPDATE wallet SET first_payment_at = f.first_at FROM first_payments f
    WHERE wallet.id = f.wallet_id AND wallet.first_payment_at > f.first_at
  ),
  first_payment_new AS (
    UPDATE wallet SET first_payment_at = f.first_at FROM first_payments f
    WHERE wallet.id = f.wallet_id AND wallet.first_payment_at IS NULL
    RETURNING wallet.id, wallet.customer_id, wallet.activated_at
  ),
  funnel_first_payment AS (
    UPDATE kyc_funnel_weekly k SET first_payment = k.first_payment + n.wallets
    FROM (
      SELECT date_trunc('week', c.created_at AT TIME ZONE 'Asia/Shanghai')::date AS week, count(*) AS wallets
      FROM first_payment_new f JOIN customer c ON c.id = f.customer_id
      WHERE f.activated_at IS NOT NULL
        AND EXISTS (SELECT 1 FROM kyc_submission s WHERE s.customer_id = f.customer_id AND s.status = 'APPROVED')
        AND EXISTS (SELECT 1 FROM bank_card b WHERE b.wallet_id = f.id)
      GROUP BY 1
    ) n
    WHERE k.week = n.week
  )`;
