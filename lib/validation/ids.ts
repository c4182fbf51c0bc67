// The one parser of ids that arrive from outside (paths, query strings, action inputs). Ids are checked for
// shape and bounds here, at the boundary, so that nothing out of range ever reaches the database: a
// 20-digit number used to end in Prisma's P2020 ("value out of range") and the error page. No server
// imports: forms and pages share it.
import { z } from "zod";
import { REFERENCE_ID } from "@/lib/validation/id-patterns";

/** PostgreSQL's bigint (and so Prisma's BigInt columns) ends here. */
export const PG_BIGINT_MAX = 9_223_372_036_854_775_807n;

/** A positive bigint id as written in a URL: digits only, no sign, no leading zero, within bigint. */
export const bigintIdSchema = z
  .string()
  .trim()
  .regex(/^[1-9]\d{0,18}$/)
  .transform((value) => BigInt(value))
  .refine((value) => value <= PG_BIGINT_MAX);

export { REFERENCE_ID };

export const referenceIdSchema = z.string().trim().regex(REFERENCE_ID);

/** The same, with the i18n key the action wrapper shows beside a form field. */
export const referenceIdField = z.string("validation.required").trim().min(1, "validation.required").regex(REFERENCE_ID, "validation.required");

/** The id, or null for anything malformed or out of range. */
export function parseBigintId(value: unknown): bigint | null {
  const parsed = bigintIdSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function parseReferenceId(value: unknown): string | null {
  const parsed = referenceIdSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
