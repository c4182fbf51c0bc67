// The rule versions scoring runs: every ACTIVE version that is switched on, with its rule's code. The
// worker reads them once per batch, so an approval or a switch-off applies from the next batch on.
import { Prisma } from "@/lib/generated/prisma/client";
import type { AlertSeverity } from "@/lib/generated/prisma/enums";

/** One rule version as evaluation needs it (lib/fraud/scoring/evaluate.ts). */
export interface RuleVersionToRun {
  /** FraudRuleVersion.id */
  id: string;
  /** FraudRule.id (rule_<code lower-case>) */
  ruleId: string;
  /** FraudRule.code: the rule definition in lib/fraud/rules/ */
  code: string;
  severity: AlertSeverity;
  /** The version's stored parameters (evaluation fills missing ones with the definition's defaults). */
  params: Record<string, number>;
}

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

export async function activeRuleVersions(db: Reader): Promise<RuleVersionToRun[]> {
  const rows = await db.$queryRaw<{ id: string; rule_id: string; code: string; severity: AlertSeverity; params: unknown }[]>`
    SELECT v.id, v.rule_id, r.code, v.severity::text AS severity, v.params
    FROM fraud_rule_version v JOIN fraud_rule r ON r.id = v.rule_id
    WHERE v.status = 'ACTIVE' AND v.enabled
    ORDER BY r.code, v.version`;
  return rows.map((r) => ({ id: r.id, ruleId: r.rule_id, code: r.code, severity: r.severity, params: numericParams(r.params) }));
}

function numericParams(value: unknown): Record<string, number> {
  const params: Record<string, number> = {};
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, v] of Object.entries(value)) if (typeof v === "number" && Number.isFinite(v)) params[key] = v;
  }
  return params;
}
