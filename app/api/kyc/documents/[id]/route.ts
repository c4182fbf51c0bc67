// GET /api/kyc/documents/[id] - one KYC document image (ID card sides, selfie, bank card), uncached
import { gunzipSync } from "node:zlib";
import { currentActor } from "@/lib/actions/context";
import { can } from "@/lib/auth/permissions";
import { getKycDocument } from "@/lib/kyc/review-queries";

const PRIVATE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } as const;

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

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { staff } = await currentActor();
  if (!staff) return Response.json({ error: "unauthenticated" }, { status: 401, headers: PRIVATE });
  if (!can(staff.roles, "kyc:view")) return Response.json({ error: "forbidden" }, { status: 403, headers: PRIVATE });
  // The authorization matrix calls handlers without route params; that is a request for nothing.
  const id = (await context?.params)?.id;
  const document = id ? await getKycDocument(id) : null;
  if (!document) return Response.json({ error: "not-found" }, { status: 404, headers: PRIVATE });
  const body = decoded(document.content, document.contentEncoding);
  if (!body) return Response.json({ error: "unsupported-encoding" }, { status: 500, headers: PRIVATE });
  return new Response(new Uint8Array(body), {
    status: 200,
    // Opened on its own, the SVG still runs under proxy.ts's Content-Security-Policy: no inline script.
    headers: { ...PRIVATE, "Content-Type": document.mimeType },
  });
}
