// Who is on the other end of a request, for audit records and throttling.
import "server-only";
import { headers } from "next/headers";
import type { RequestMeta } from "@/lib/audit/write";

export async function requestMeta(): Promise<RequestMeta> {
  try {
    const h = await headers();
    // Behind the bank's load balancer the first X-Forwarded-For hop is the client.
    const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
    return { ip: forwarded || h.get("x-real-ip") || "127.0.0.1", userAgent: h.get("user-agent") };
  } catch {
    // Outside a request (scripts, tests).
    return { ip: null, userAgent: null };
  }
}
