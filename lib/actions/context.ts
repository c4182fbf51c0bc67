// Who is acting and from where. Normally the signed-in session and the request's headers; the
// authorization-matrix test runs actions as a chosen staff member through runAsStaff.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { RequestMeta } from "@/lib/audit/write";
import { getStaffSession, type StaffSession } from "@/lib/auth/session";
import { requestMeta } from "@/lib/http/request-meta";

export interface ActionContext {
  staff: StaffSession;
  request: RequestMeta;
}

const testContext = new AsyncLocalStorage<{ staff: StaffSession | null; request: RequestMeta }>();

export function runAsStaff<T>(staff: StaffSession | null, fn: () => Promise<T>): Promise<T> {
  return testContext.run({ staff, request: { ip: "127.0.0.9", userAgent: "authorization-matrix-test" } }, fn);
}

/** True inside runAsStaff: there is no Next.js request, so no page cache to revalidate. */
export function isTestContext(): boolean {
  return testContext.getStore() !== undefined;
}

export async function currentActor(): Promise<{ staff: StaffSession | null; request: RequestMeta }> {
  const forced = testContext.getStore();
  if (forced) return forced;
  return { staff: await getStaffSession(), request: await requestMeta() };
}
