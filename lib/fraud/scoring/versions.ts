// The rule versions scoring runs: every ACTIVE version that is switched on, with its rule's code and its
// parameters checked once here (the defaults under whatever the version stores), not per transaction.
// The worker reads them once per batch, so an approval or a switch-off applies from the next batch on.
import { Prisma } from "@/lib/generated/prisma/client";
import type { AlertSeverity } from "@/lib/generated/prisma/enums";
import { ruleByCode } from "@/lib/fraud/rules";
import { defaultParams, parseParams } from "@/lib/fraud/rules/params";
import type { RuleVersionToRun } from "@/lib/fraud/scoring/evaluate";

export type { RuleVersionToRun } from "@/lib/fraud/scoring/evaluate";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

export async function activeRuleVersions(db: Reader): Promise<RuleVersionToRun[]> {
  const rows = await db.$queryRaw<{ id: string; rule_id: string; code: string; severity: AlertSeverity; params: unknown }[]>`
    SELECT v.id, v.rule_id, r.code, v.severity::text AS severity, v.params
    FROM fraud_rule_version v JOIN fraud_rule r ON r.id = v.rule_id
    WHERE v.status = 'ACTIVE' AND v.enabled
    ORDER BY r.code, v.version`;
  const versions: RuleVersionToRun[] = [];
  for (const row of rows) {
    const params = checkedParams(row.code, row.params);
    // A code no rule implements, or stored parameters the rule refuses, cannot be run: the version is
    // left out rather than stopping every other rule.
    if (params) versions.push({ id: row.id, ruleId: row.rule_id, code: row.code, severity: row.severity, params });
  }
  return versions;
}

/** A version's stored parameters for evaluation, or null when they do not fit the rule. */
export function checkedParams(code: string, stored: unknown): Record<string, number> | null {
  const definition = ruleByCode(code);
  if (!definition) return null;
  const values: Record<string, number> = {};
  if (stored && typeof stored === "object" && !Array.isArray(stored)) {
    for (const [key, v] of Object.entries(stored)) if (key in definition.params) values[key] = v as number;
  }
  try {
    return parseParams(definition, { ...defaultParams(definition), ...values });
  } catch {
    return null;
  }
}
