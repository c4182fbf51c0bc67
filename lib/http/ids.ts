// Ids in page paths, checked in the segment's [id]/layout.tsx: shape and bounds first (lib/validation/ids.ts,
// so a 20-digit audit id never reaches Prisma as an out-of-range bigint), then existence by primary key.
// The check lives in a layout, not the page, because a page below a loading.tsx has already streamed its
// loading state with status 200 when it finds nothing; from a layout, notFound() is still a real 404. That
// holds only if no loading.tsx sits above the layout either: a segment's loading.tsx wraps every child
// segment, so the lists (/kyc, /customers, /audit) have none of their own and stream their tables inside
// their own <Suspense> instead; each [id] keeps its loading.tsx below its layout.
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { parseBigintId, parseReferenceId } from "@/lib/validation/ids";

type Finder = (id: string) => Promise<unknown>;

function knownReference(find: Finder) {
  return cache(async (raw: string): Promise<string> => {
    const id = parseReferenceId(raw);
    if (id === null || !(await find(id))) notFound();
    return id;
  });
}

export const knownKycSubmissionId = knownReference((id) => db.kycSubmission.findUnique({ where: { id }, select: { id: true } }));
export const knownCustomerId = knownReference((id) => db.customer.findUnique({ where: { id }, select: { id: true } }));
export const knownStaffId = knownReference((id) => db.staffUser.findUnique({ where: { id }, select: { id: true } }));

export const knownAuditEventId = cache(async (raw: string): Promise<bigint> => {
  const id = parseBigintId(raw);
  if (id === null || !(await db.auditEvent.findUnique({ where: { id }, select: { id: true } }))) notFound();
  return id;
});
