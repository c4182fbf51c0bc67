// What the STR forms send: opening a draft from a case or an alert, and saving the draft (with the report's
// version as the page showed it, so of two officers saving at once exactly one wins). No server imports.
import { z } from "zod";
import { CHARACTERISTIC_CODES, CRIME_TYPE_CODES, NARRATIVE_MAX, NARRATIVE_MIN, STR_TRANSACTIONS_MAX, STR_TRIGGER_CODES } from "@/lib/reports/suspicious/fields";
import { referenceIdField } from "@/lib/validation/ids";

const version = z.coerce.number({ error: "validation.required" }).int().min(0);

/** From a case, or from an alert that is in no case: exactly one of the two. */
export const openSuspiciousReportSchema = z.union([z.object({ caseId: referenceIdField }).strict(), z.object({ alertId: referenceIdField }).strict()], {
  error: "validation.required",
});
export type OpenSuspiciousReport = z.infer<typeof openSuspiciousReportSchema>;

const narrative = z.string({ error: "reportsDraft.errors.narrativeRequired" }).trim().min(NARRATIVE_MIN, "reportsDraft.errors.narrativeRequired").max(NARRATIVE_MAX, "reportsDraft.errors.narrativeTooLong");

export const saveSuspiciousDraftSchema = z.object({
  reportId: referenceIdField,
  version,
  trigger: z.enum(STR_TRIGGER_CODES, { error: "validation.required" }),
  crimeType: z.enum(CRIME_TYPE_CODES, { error: "validation.required" }),
  characteristicCodes: z
    .array(z.enum(CHARACTERISTIC_CODES, { error: "reportsDraft.errors.characteristicRequired" }), { error: "reportsDraft.errors.characteristicRequired" })
    .min(1, "reportsDraft.errors.characteristicRequired")
    .max(CHARACTERISTIC_CODES.length)
    .transform((codes) => [...new Set(codes)]),
  narrativeFacts: narrative,
  narrativeAnalysis: narrative,
  urgent: z.boolean().optional().default(false),
  transactionIds: z
    .array(z.string().trim().regex(/^[1-9]\d{0,18}$/, "reportsDraft.errors.transactionsRequired"), { error: "reportsDraft.errors.transactionsRequired" })
    .min(1, "reportsDraft.errors.transactionsRequired")
    .max(STR_TRANSACTIONS_MAX, "reportsDraft.errors.transactionsTooMany")
    .transform((ids) => [...new Set(ids)]),
});
export type SaveSuspiciousDraft = z.infer<typeof saveSuspiciousDraftSchema>;
