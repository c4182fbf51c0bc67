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

/** "public": open to anyone, for the few routes that serve requests without a live session (ending one). */
export type RouteMeta = { name: string; access: RouteAccess | "public" };

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

async function parseInput<P extends z.ZodType, Q extends z.ZodType>(
  spec: { params?: P; query?: Q },
  request: Request,
  context?: RouteContext,
): Promise<{ ok: true; params: z.infer<P>; query: z.infer<Q> } | { ok: false; error: z.ZodError }> {
  const params = ((spec.params ?? z.object({})) as P).safeParse((await context?.params) ?? {});
  if (!params.success) return { ok: false, error: params.error };
  // Never act on "everything" because a filter could not be read.
  const query = ((spec.query ?? z.object({})) as Q).safeParse(queryObject(request.url));
  if (!query.success) return { ok: false, error: query.error };
  return { ok: true, params: params.data, query: query.data };
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
    const input = await parseInput(spec, request, context);
    if (!input.ok) return invalid(input.error);
    const { params, query } = input;
    try {
      return await spec.run({ params, query, request, staff, meta });
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

export interface PublicRouteSpec<P extends z.ZodType, Q extends z.ZodType> {
  name: string;
  params?: P;
  query?: Q;
  run: (input: { params: z.infer<P>; query: z.infer<Q>; request: Request }) => Promise<Response>;
}

/**
 * A route anyone may call: no session is required, so its run must decide everything from what the server
 * itself can verify (the signed cookie), never from what the request claims. Parsed and registered like the
 * others; a malformed request is refused unrecorded, as there is nobody to record.
 */
export function definePublicRoute<P extends z.ZodType = NoInput, Q extends z.ZodType = NoInput>(spec: PublicRouteSpec<P, Q>): RouteHandler {
  const handler = async (request: Request, context?: RouteContext): Promise<Response> => {
    const input = await parseInput(spec, request, context);
    if (!input.ok) return answer(400, { error: "invalid", fields: invalidFields(input.error) });
    return spec.run({ params: input.params, query: input.query, request });
  };
  ROUTE_REGISTRY.set(spec.name, { name: spec.name, access: "public" });
  return Object.assign(handler, { spec: { name: spec.name, access: "public" as const } });
}
