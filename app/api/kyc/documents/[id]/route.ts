// GET /api/kyc/documents/[id] - one KYC document image (ID card sides, selfie, bank card), uncached
import { gunzipSync } from "node:zlib";
import { z } from "zod";
import { defineRoute, PRIVATE_HEADERS, RouteNotFoundError } from "@/lib/http/define-route";
import { getKycDocument } from "@/lib/kyc/review-queries";
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

export const GET = defineRoute({
  name: "kyc.document.view",
  access: "kyc:view",
  params: z.object({ id: referenceIdSchema }),
  run: async ({ params }) => {
    const document = await getKycDocument(params.id);
    if (!document) throw new RouteNotFoundError("KycDocument", params.id);
    const body = decoded(document.content, document.contentEncoding);
    if (!body) return Response.json({ error: "unsupported-encoding" }, { status: 500, headers: PRIVATE_HEADERS });
    return new Response(new Uint8Array(body), {
      status: 200,
      // Opened on its own, the SVG still runs under proxy.ts's Content-Security-Policy: no inline script.
      headers: { ...PRIVATE_HEADERS, "Content-Type": document.mimeType },
    });
  },
});
