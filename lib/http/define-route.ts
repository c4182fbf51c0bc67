// The route-handler wrapper, beside defineAction: authenticate -> authorize (permissions.ts) -> parse the
// path params and the query with zod -> run -> audit refusals. Every handler under app/api except
// next-auth's own is made here and registers itself, so the authorization-matrix test finds each one and
// checks every role against it.
import "server-only";
import { z } from "zod";
import { currentActor } from "@/lib/actions/context";
import { recordRefusal } from "@/lib/audit/refusal";
import { recordAudit, type RequestMeta } from "@/lib/audit/write";
import { can, type Permission } from "@/lib/auth/permissions";
import type { StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db";

/** A permission, or "signed-in": any staff member with a live session (the session ping). */
export type RouteAccess = Permission | "signed-in";

export type RouteMeta = { name: string; access: RouteAccess };

type NoInput = z.ZodObject<Record<string, never>>;

export interface RouteInput<P, Q> {
  params: P;
  query: Q;
  request: Request;
  staff: StaffSession;
  /** Who is asking from where, for the route's own audit records. */
  meta: RequestMeta;
}

export interface RouteSpec<P extends z.ZodType, Q extends z.ZodType> {
  /** Stable name, also the audit action of refused attempts: "transaction.export". */
  name: string;
  access: RouteAccess;
  /** The dynamic path segments ([id]); a malformed one is a 400 before anything is read. */
  params?: P;
  /** The query string (first value of each key, trimmed, empty ones left out). */
  query?: Q;
  run: (input: RouteInput<z.infer<P>, z.infer<Q>>) => Promise<Response>;
}

type RouteContext = { params?: Promise<Record<string, string | string[] | undefined>> };
export type RouteHandler = ((request: Request, context?: RouteContext) => Promise<Response>) & { spec: RouteMeta };

export const ROUTE_REGISTRY = new Map<string, RouteMeta>();

/** Thrown by a route's run when the resource asked for does not exist; the wrapper answers 404 and records it. */
export class RouteNotFoundError extends Error {
  constructor(
    readonly entityType: string,
    readonly entityId: string,
  ) {
    super(`${entityType} ${entityId} not found`);
    this.name = "RouteNotFoundError";
  }
}

/** Errors and refusals are never cached, and never sniffed into something else. */
export const PRIVATE_HEADERS = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } as const;

const answer = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: PRIVATE_HEADERS });

function queryObject(url: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, raw] of new URL(url).searchParams) {
    const value = raw.trim();
    if (value && !(key in out)) out[key] = value;
  }
  return out;
}

function invalidFields(error: z.ZodError): string[] {
  return [...new Set(error.issues.map((issue) => String(issue.path[0] ?? "_")))];
}

export function defineRoute<P extends z.ZodType = NoInput, Q extends z.ZodType = NoInput>(spec: RouteSpec<P, Q>): RouteHandler {
  const handler = async (request: Request, context?: RouteContext): Promise<Response> => {
    const { staff, request: meta } = await currentActor();
    // Without a signed-in actor there is nobody to record; proxy.ts and the sign-in audit cover that door.
    if (!staff) return answer(401, { error: "unauthenticated" });
    if (spec.access !== "signed-in" && !can(staff.roles, spec.access)) {
      await recordRefusal(staff, { action: spec.name, permission: spec.access }, meta);
      return answer(403, { error: "forbidden" });
    }
    // A malformed request is refused before anything is read, and recorded like any other refusal: a staff
    // member probing ids or filters leaves a trace. Only the names of the bad fields are kept, not the values.
    const invalid = async (error: z.ZodError) => {
      const fields = invalidFields(error);
      await db.$transaction((tx) =>
        recordAudit(tx, { actor: staff, action: spec.name, entityType: "Request", outcome: "FAILURE", reason: "invalid-request", after: { fields }, request: meta }),
      );
      return answer(400, { error: "invalid", fields });
    };
    const params = ((spec.params ?? z.object({})) as P).safeParse((await context?.params) ?? {});
    if (!params.success) return invalid(params.error);
    const query = ((spec.query ?? z.object({})) as Q).safeParse(queryObject(request.url));
    // Never act on "everything" because a filter could not be read.
    if (!query.success) return invalid(query.error);
    try {
      return await spec.run({ params: params.data, query: query.data, request, staff, meta });
    } catch (error) {
      if (!(error instanceof RouteNotFoundError)) throw error;
      // Asking for something that is not there is a refusal too: a staff member walking ids leaves a trace.
      await db.$transaction((tx) =>
        recordAudit(tx, { actor: staff, action: spec.name, entityType: error.entityType, entityId: error.entityId, outcome: "FAILURE", reason: "not-found", request: meta }),
      );
      return answer(404, { error: "not-found" });
    }
  };
  ROUTE_REGISTRY.set(spec.name, { name: spec.name, access: spec.access });
  return Object.assign(handler, { spec: { name: spec.name, access: spec.access } });
}
