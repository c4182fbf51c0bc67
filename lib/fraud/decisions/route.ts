// The machine-client counterpart of lib/http/define-route.ts. A signed route serves software, not staff: no
// session is read and no permission of permissions.ts applies; the request itself is the credential (an API
// client's HMAC signature over method, path, timestamp, nonce and body, checked by the route's own run).
// Each signed route registers itself here, so the authorization-matrix test can tell a signed route from a
// route someone forgot to gate: it must be in SIGNED_ROUTE_REGISTRY, and it must refuse an unsigned request
// from anyone, a signed-in administrator included, with 401 and without writing anything.
import "server-only";
import type { RequestMeta } from "@/lib/audit/write";
import { requestMeta } from "@/lib/http/request-meta";

/** The access a signed route declares: "signed-client" (an API client's signature), never a staff permission. */
export type SignedRouteMeta = { name: string; access: "signed-client" };

export type SignedRouteHandler = ((request: Request) => Promise<Response>) & { spec: SignedRouteMeta };

export const SIGNED_ROUTE_REGISTRY = new Map<string, SignedRouteMeta>();

export interface SignedRouteSpec {
  /** Stable name: "fraud.decision". */
  name: string;
  /** Verifies the signature and everything else itself (lib/fraud/decisions/answer.ts). */
  run: (request: Request, meta: RequestMeta) => Promise<Response>;
}

export function defineSignedRoute(spec: SignedRouteSpec): SignedRouteHandler {
  const handler = async (request: Request): Promise<Response> => spec.run(request, await requestMeta());
  const meta: SignedRouteMeta = { name: spec.name, access: "signed-client" };
  SIGNED_ROUTE_REGISTRY.set(spec.name, meta);
  return Object.assign(handler, { spec: meta });
}
