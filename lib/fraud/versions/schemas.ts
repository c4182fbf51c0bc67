// What the rule-version forms send. Parameters are checked here only as numbers; their bounds depend on the
// rule, so the mutation checks them with paramsSchema(definition) once it has read the rule.
import { z } from "zod";
import { NOTE_MAX, REJECTION_REASON_MAX, REJECTION_REASON_MIN, SEVERITIES } from "@/lib/fraud/versions/fields";
import { referenceIdField } from "@/lib/validation/ids";

const rowVersion = z.number({ error: "validation.required" }).int().min(0);

export const saveRuleDraftSchema = z.object({
  ruleId: referenceIdField,
  /** The author's draft to change; absent to start a new one. */
  versionId: referenceIdField.optional(),
  rowVersion: rowVersion.optional(),
  params: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,40}$/), z.number({ error: "validation.required" }).finite()),
  severity: z.enum(SEVERITIES as [string, ...string[]], { error: "validation.required" }).transform((s) => s as (typeof SEVERITIES)[number]),
  enabled: z.boolean(),
  note: z.string().trim().max(NOTE_MAX).optional().default(""),
});
export type SaveRuleDraft = z.infer<typeof saveRuleDraftSchema>;

export const ruleVersionRefSchema = z.object({ versionId: referenceIdField, rowVersion });
export type RuleVersionRef = z.infer<typeof ruleVersionRefSchema>;

export const rejectRuleVersionSchema = z.object({
  versionId: referenceIdField,
  rowVersion,
  reason: z.string("validation.required").trim().min(REJECTION_REASON_MIN, "validation.reasonRequired").max(REJECTION_REASON_MAX),
});
export type RejectRuleVersion = z.infer<typeof rejectRuleVersionSchema>;
