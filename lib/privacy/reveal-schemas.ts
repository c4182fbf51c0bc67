// Asking to see personal data unmasked: which record, which fields, and why (the reason goes into the
// audit trail). No server imports: the reveal dialog imports this too.
import { z } from "zod";
import { referenceIdField } from "@/lib/validation/ids";

import { PII_FIELDS, REVEAL_ENTITY_TYPES, REVEAL_REASON_MAX, REVEAL_REASON_MIN } from "@/lib/privacy/reveal-fields";
export { PII_FIELDS, REVEAL_ENTITY_TYPES, REVEAL_REASON_MAX, REVEAL_REASON_MIN } from "@/lib/privacy/reveal-fields";
import type { PiiField } from "@/lib/privacy/reveal-fields";
export type { PiiField, RevealEntityType } from "@/lib/privacy/reveal-fields";

export const revealPersonalDataSchema = z.object({
  entityType: z.enum(REVEAL_ENTITY_TYPES, { error: "validation.required" }),
  entityId: referenceIdField,
  fields: z
    .array(z.enum(PII_FIELDS), { error: "validation.required" })
    .min(1, "validation.required")
    .transform((fields) => PII_FIELDS.filter((field) => fields.includes(field))),
  reason: z.string({ error: "validation.reasonRequired" }).trim().min(REVEAL_REASON_MIN, "validation.reasonRequired").max(REVEAL_REASON_MAX),
});
export type RevealPersonalData = z.infer<typeof revealPersonalDataSchema>;

/** Where a value was shown: the customer's record, what they entered, or what was read from documents. */
export type PiiSource = "customer" | "entered" | "read";

/** The unmasked values, per source and field; only the fields asked for. */
export type RevealedPii = Partial<Record<PiiSource, Partial<Record<PiiField, string>>>>;
