// The only code that writes fraud alerts. One INSERT ... SELECT FROM unnest for the whole batch, ON
// CONFLICT (rule_id, transaction_id) DO NOTHING: scoring a transaction twice (a batch re-run after a kill,
// two workers racing on an expired lease) can never make a second alert for the same rule.
import { Prisma } from "@/lib/generated/prisma/client";
import type { AlertSeverity } from "@/lib/generated/prisma/enums";
import type { Localized } from "@/lib/fraud/rules/types";

export interface NewAlert {
  ruleId: string;
  ruleVersionId: string;
  /** FraudRule.code, for the alert's id (fa_<transaction id>_<code lower-case>). */
  code: string;
  transactionId: bigint;
  customerId: string;
  walletId: string;
  amountFen: bigint;
  score: number;
  severity: AlertSeverity;
  characteristic: string;
  explanation: Localized;
  evidence: { transactionIds: string[]; facts: Record<string, number | string> };
  /** When the alert was raised; the database's now() when absent. */
  createdAt?: Date;
}

export function alertId(transactionId: bigint, code: string): string {
  return `fa_${transactionId}_${code.toLowerCase()}`;
}

/** Call inside the batch's transaction. Returns how many alerts were new. */
export async function writeAlerts(tx: Pick<Prisma.TransactionClient, "$executeRaw">, rows: readonly NewAlert[]): Promise<number> {
  if (rows.length === 0) return 0;
  return tx.$executeRaw`${insertAlertsSql(rows, Prisma.empty)}`;
}

/**
 * The INSERT of `rows` (ON CONFLICT (rule_id, transaction_id) DO NOTHING), its rows kept only when
 * `condition` (SQL beginning with WHERE, or empty) holds: the batch commit guards it by the batch's lease.
 */
export function insertAlertsSql(rows: readonly NewAlert[], condition: Prisma.Sql): Prisma.Sql {
  const col = <T>(pick: (row: NewAlert) => T) => rows.map(pick);
  return Prisma.sql`
    INSERT INTO fraud_alert (id, rule_id, rule_version_id, transaction_id, customer_id, wallet_id, amount_fen, score, severity,
      status, explanation, evidence, characteristic, created_at, version)
    SELECT a.id, a.rule_id, a.rule_version_id, a.transaction_id, a.customer_id, a.wallet_id, a.amount_fen, a.score, a.severity,
      'OPEN', a.explanation, a.evidence, a.characteristic, coalesce(a.created_at, now()), 0
    FROM unnest(
      ${col((r) => alertId(r.transactionId, r.code))}::text[], ${col((r) => r.ruleId)}::text[], ${col((r) => r.ruleVersionId)}::text[],
      ${col((r) => r.transactionId.toString())}::bigint[], ${col((r) => r.customerId)}::text[], ${col((r) => r.walletId)}::text[],
      ${col((r) => r.amountFen.toString())}::bigint[], ${col((r) => Math.max(0, Math.min(100, Math.round(r.score))))}::smallint[],
      ${col((r) => r.severity)}::"AlertSeverity"[], ${col((r) => JSON.stringify(r.explanation))}::jsonb[],
      ${col((r) => JSON.stringify(r.evidence))}::jsonb[], ${col((r) => r.characteristic)}::text[],
      ${col((r) => r.createdAt?.toISOString() ?? null)}::timestamptz[]
    ) AS a(id, rule_id, rule_version_id, transaction_id, customer_id, wallet_id, amount_fen, score, severity, explanation, evidence,
      characteristic, created_at)
    ${condition}
    ON CONFLICT (rule_id, transaction_id) DO NOTHING`;
}
