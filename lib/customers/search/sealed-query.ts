// A whole ID number never travels in a URL, where browser history, proxies and access logs would keep it:
// the search box trades it for an opaque token, sealed (AES-GCM) for the staff member who asked and good
// for fifteen minutes, and the page opens the token on the server. Any other search stays a plain ?q=.
import "server-only";
import { open, seal } from "@/lib/auth/secret-box";

const LIFETIME_MS = 15 * 60_000;

export function sealCustomerQuery(query: string, staffId: string, now = new Date()): string {
  return seal(JSON.stringify({ q: query, s: staffId, e: now.getTime() + LIFETIME_MS }), "customer-search-v1");
}

/** The query, or null for a token that is forged, altered, expired or another staff member's. */
export function openCustomerQuery(token: string, staffId: string, now = new Date()): string | null {
  try {
    const value = JSON.parse(open(token, "customer-search-v1")) as { q?: unknown; s?: unknown; e?: unknown };
    if (typeof value.q !== "string" || value.s !== staffId || typeof value.e !== "number" || value.e < now.getTime()) return null;
    return value.q;
  } catch {
    return null;
  }
}
