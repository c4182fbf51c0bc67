// Which personal data a staff member may see whole on a submission's scans: the scan fields (ID number,
// birth date, address) of their own audited reveal on that submission (pii.reveal, with its reason), made
// within the last SCAN_REVEAL_MINUTES, while they still hold pii:reveal. The reveal event itself is the
// grant: nothing else is stored, a reload of the page asks for the redacted scans again, and the window
// closes on its own.
import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { DOCUMENT_PII_FIELDS, type DocumentPiiField } from "@/lib/privacy/document-marks";
import { mayReveal } from "@/lib/privacy/policy";
import { PII_FIELDS } from "@/lib/privacy/reveal-fields";

/** How long a reveal shows the scans whole (the review page asks for whole scans only while it shows the
 *  revealed values; a request after this is served redacted). */
export const SCAN_REVEAL_MINUTES = 10;

/** pii.reveal's audited after: { fields } (lib/privacy/reveal-mutations.ts writes it). */
const revealAfterSchema = z.object({ fields: z.array(z.enum(PII_FIELDS)) }).catch({ fields: [] });

export async function revealedScanFields(db: Db, staff: { id: string; roles: readonly string[] }, submissionId: string, now = new Date()): Promise<DocumentPiiField[]> {
  const mayAny = DOCUMENT_PII_FIELDS.filter((field) => mayReveal(field, "documentImage", staff.roles));
  if (mayAny.length === 0) return [];
  const reveal = await db.auditEvent.findFirst({
    where: {
      actorId: staff.id,
      action: "pii.reveal",
      entityType: "KycSubmission",
      entityId: submissionId,
      outcome: "SUCCESS",
      createdAt: { gt: new Date(now.getTime() - SCAN_REVEAL_MINUTES * 60_000), lte: now },
    },
    orderBy: { createdAt: "desc" },
    select: { after: true },
  });
  if (!reveal) return [];
  const { fields } = revealAfterSchema.parse(reveal.after);
  return mayAny.filter((field) => (fields as readonly string[]).includes(field));
}
