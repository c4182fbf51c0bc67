// What the investigation's forms send. Every decision carries the alert's (or case's) version as the page
// showed it, so that of two officers deciding at once exactly one wins. No server imports.
import { z } from "zod";
import { referenceIdField } from "@/lib/validation/ids";
import {
  CASE_OUTCOMES,
  CASE_TITLE_MAX,
  CONFIRM_NOTE_MAX,
  CONFIRM_NOTE_MIN,
  ESCALATION_REASON_MAX,
  ESCALATION_REASON_MIN,
  FALSE_POSITIVE_REASONS,
  NOTE_MAX,
  RESOLUTION_NOTE_MAX,
  STR_EXCLUSION_MAX,
  STR_EXCLUSION_MIN,
} from "@/lib/fraud/cases/fields";

const version = z.coerce.number({ error: "validation.required" }).int().min(0);
const alertRef = { alertId: referenceIdField, version };
const optionalNote = z.string().trim().max(RESOLUTION_NOTE_MAX).optional().default("");
const reasonCode = z.enum(FALSE_POSITIVE_REASONS, { error: "alertCase.errors.reasonCodeRequired" });
/** Confirming fraud freezes the wallet: the note is the freeze's reason, so it is required as a freeze's is. */
const confirmNote = z.string({ error: "validation.reasonRequired" }).trim().min(CONFIRM_NOTE_MIN, "validation.reasonRequired").max(CONFIRM_NOTE_MAX);

export const falsePositiveSchema = z.object({ ...alertRef, reasonCode, note: optionalNote });
export type MarkFalsePositive = z.infer<typeof falsePositiveSchema>;

export const confirmFraudSchema = z.object({ ...alertRef, note: confirmNote });
export type ConfirmFraud = z.infer<typeof confirmFraudSchema>;

export const escalateAlertSchema = z.object({
  ...alertRef,
  reason: z.string({ error: "validation.reasonRequired" }).trim().min(ESCALATION_REASON_MIN, "validation.reasonRequired").max(ESCALATION_REASON_MAX),
});
export type EscalateAlert = z.infer<typeof escalateAlertSchema>;

export const alertNoteSchema = z.object({
  alertId: referenceIdField,
  body: z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(NOTE_MAX),
});
export type AddAlertNote = z.infer<typeof alertNoteSchema>;

/** A case is opened from one of the customer's alerts; it gathers all of their unresolved alerts. */
export const openCaseSchema = z.object({
  alertId: referenceIdField,
  title: z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(CASE_TITLE_MAX),
});
export type OpenCase = z.infer<typeof openCaseSchema>;

export const resolveCaseSchema = z
  .object({
    caseId: referenceIdField,
    version,
    outcome: z.enum(CASE_OUTCOMES, { error: "validation.required" }),
    reasonCode: z.enum(FALSE_POSITIVE_REASONS).optional(),
    note: z.string().trim().max(CONFIRM_NOTE_MAX).optional().default(""),
    /** Why no suspicious-transaction report is filed; required (server side) when the case has none. */
    strExclusionReason: z
      .string()
      .trim()
      .max(STR_EXCLUSION_MAX)
      .optional()
      .default("")
      .refine((value) => value === "" || value.length >= STR_EXCLUSION_MIN, "alertCase.errors.exclusionTooShort"),
  })
  .superRefine((value, context) => {
    if (value.outcome === "FALSE_POSITIVE" && !value.reasonCode) context.addIssue({ code: "custom", path: ["reasonCode"], message: "alertCase.errors.reasonCodeRequired" });
    if (value.outcome === "CONFIRMED" && value.note.length < CONFIRM_NOTE_MIN) context.addIssue({ code: "custom", path: ["note"], message: "validation.reasonRequired" });
  });
export type ResolveCase = z.infer<typeof resolveCaseSchema>;
