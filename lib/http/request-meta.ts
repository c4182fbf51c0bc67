// Who is on the other end of a request, for audit records and throttling.
import "server-only";
import { headers } from "next/headers";
import type { RequestMeta } from "@/lib/audit/write";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";

export async function requestMeta(): Promise<RequestMeta> {
  try {
    const h = await headers();
    // Only the address scripts/server.ts resolved from the socket (and, behind a trusted proxy, from the
    // forwarding chain); it replaces any copy the client sent. X-Forwarded-For itself is never read here: a
    // made-up one would land in the audit trail and dodge the per-address sign-in throttle.
    return { ip: h.get(CLIENT_ADDRESS_HEADER) || null, userAgent: h.get("user-agent") };
  } catch {
    // Outside a request (scripts, tests).
    return { ip: null, userAgent: null };
  }
}
