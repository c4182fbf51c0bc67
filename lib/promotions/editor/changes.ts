// The parameters as the audit trail records them. The promotion's name travels as `promotionName`: the
// audit writer masks every `name` as a person's (lib/privacy/policy.ts PERSONAL_FIELDS), and a campaign's
// name is not personal data. A change records each changed field on both sides (lib/audit/diff.ts then
// shows it as changed) and nothing for the fields that stayed.
import { sameValue } from "@/lib/promotions/diff";
import type { PromotionParams } from "@/lib/promotions/params";

export type AuditedParams = Record<string, unknown>;

export function auditedParams(params: Partial<PromotionParams>): AuditedParams {
  const { name, ...rest } = params;
  return name === undefined ? rest : { promotionName: name, ...rest };
}

export function paramChanges(before: PromotionParams, after: PromotionParams): { before: AuditedParams; after: AuditedParams; count: number } {
  const was: Partial<PromotionParams> = {};
  const now: Partial<PromotionParams> = {};
  let count = 0;
  for (const key of Object.keys(after) as (keyof PromotionParams)[]) {
    if (sameValue(key, before[key], after[key])) continue;
    (was as Record<string, unknown>)[key] = before[key];
    (now as Record<string, unknown>)[key] = after[key];
    count += 1;
  }
  return { before: auditedParams(was), after: auditedParams(now), count };
}
