// GET /api/kyc/documents/[id] - one KYC document image (ID card sides, selfie, bank card), uncached;
// redacted for every role, and every view recorded. ?reveal=1 asks for the fields the staff member has just
// revealed on the submission (pii:reveal's audited reveal, lib/privacy/reveal-scans.ts) to be kept whole.
import { gunzipSync } from "node:zlib";
import { z } from "zod";
import { recordPageView } from "@/lib/audit/page-view";
import { recordAudit } from "@/lib/audit/write";
import { db } from "@/lib/db";
import { defineRoute, PRIVATE_HEADERS, RouteNotFoundError } from "@/lib/http/define-route";
import { getKycDocument } from "@/lib/kyc/review/queries";
import { redactDocument } from "@/lib/privacy/document-redaction";
import { revealedScanFields } from "@/lib/privacy/reveal-scans";
import { referenceIdSchema } from "@/lib/validation/ids";

/**
 * The stored bytes, decoded. Next.js drops a route handler's Content-Encoding header (and then compresses
 * the body itself), so gzip-stored scans cannot be passed through as they are: they would reach the
 * browser either undeclared or compressed twice. Next compresses the decoded SVG again on the wire.
 */
function decoded(content: Uint8Array, encoding: string | null): Uint8Array | null {
  if (!encoding || encoding === "identity") return content;
  if (encoding === "gzip") return gunzipSync(content);
  return null;
}

function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const ACTION = "kyc.document.view";

export const GET = defineRoute({
  name: ACTION,
  access: "kyc:view",
  params: z.object({ id: referenceIdSchema }),
  query: z.object({ reveal: z.literal("1").optional() }),
  run: async ({ params, query, staff, meta }) => {
    const document = await getKycDocument(params.id);
    if (!document) throw new RouteNotFoundError("KycDocument", params.id);
    const body = decoded(document.content, document.contentEncoding);
    if (!body) return Response.json({ error: "unsupported-encoding" }, { status: 500, headers: PRIVATE_HEADERS });
    // lib/privacy/policy.ts: every role sees a scan redacted; a field is whole only after its audited reveal.
    const whole = query.reveal ? await revealedScanFields(db, staff, document.submissionId) : [];
    const secrets = [...(whole.includes("idNumber") ? [] : document.secrets.idNumber), ...(whole.includes("address") ? [] : document.secrets.address)];
    const text = utf8(body);
    const result = text === null ? ({ ok: false, reason: "malformed" } as const) : redactDocument({ kind: document.kind, mimeType: document.mimeType, content: text }, secrets, whole);
    if (!result.ok) {
      // Refused rather than served whole: the viewer shows "could not load", the trail says why.
      await db.$transaction((tx) =>
        recordAudit(tx, { actor: staff, action: ACTION, entityType: "KycDocument", entityId: params.id, after: { kind: document.kind, problem: result.reason }, outcome: "FAILURE", reason: "unredactable", request: meta }),
      );
      return Response.json({ error: "unredactable" }, { status: 422, headers: PRIVATE_HEADERS });
    }
    const after = { kind: document.kind, redacted: whole.length === 0, ...(whole.length > 0 ? { shownWhole: whole } : {}) };
    // Recorded before the image leaves. A redacted look is de-duplicated per person and document per minute,
    // like page views (the review page, its enlarged view and each re-render fetch the same uncached image
    // again); every look with revealed fields is recorded.
    if (whole.length > 0) await db.$transaction((tx) => recordAudit(tx, { actor: staff, action: ACTION, entityType: "KycDocument", entityId: params.id, after, request: meta }));
    else await recordPageView(staff, { action: ACTION, entityType: "KycDocument", entityId: params.id, after }, meta);
    return new Response(new TextEncoder().encode(result.svg), {
      status: 200,
      // Opened on its own, the SVG still runs under proxy.ts's Content-Security-Policy: no inline script.
      headers: { ...PRIVATE_HEADERS, "Content-Type": document.mimeType },
    });
  },
});
