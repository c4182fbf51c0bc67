// The whole authorization matrix: every role x every permission, every server action and every route
// handler, signed in as each role. The expected tables below are written out by hand on purpose: adding a
// permission, a grant, an action or a route without deciding who may use it fails this test.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAsStaff } from "@/lib/actions/context";
import { ACTION_REGISTRY, type Action } from "@/lib/actions/define";
import { can, PERMISSIONS, ROLE_PERMISSIONS, ROLES, type Permission } from "@/lib/auth/permissions";
import { ROUTE_REGISTRY, type RouteHandler } from "@/lib/http/define-route";
import { SIGNED_ROUTE_REGISTRY, type SignedRouteHandler } from "@/lib/fraud/decisions/route";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { DEMO_STAFF } from "@/lib/sim/staff";
import { freshPopulation, testDb } from "@/tests/support/database";

const A = "ADMIN", O = "COMPLIANCE_OFFICER", L = "COMPLIANCE_LEAD", K = "MARKETING", M = "MANAGER", U = "AUDITOR";

/** permission -> the roles that hold it. */
const EXPECTED_GRANTS: Record<Permission, Role[]> = {
  "kyc:view": [O, L, M, U],
  "kyc:decide": [O, L],
  "kyc:approve-high-risk": [L],
  "kyc:assign": [L],
  "alert:view": [O, L, M, U],
  "alert:resolve": [O, L],
  "alert:resolve-escalated": [L],
  "rule:view": [O, L, M, U],
  "rule:edit": [O, L],
  "rule:approve": [L],
  "promotion:view": [K, M, U],
  "promotion:edit": [K],
  "promotion:approve": [M],
  "promotion:pause": [K, M],
  "promotion:simulate": [K, M],
  "reward:review": [M],
  "analytics:view": [A, L, K, M],
  "analytics:transactions": [A, K, M],
  "analytics:kyc": [L, M],
  "analytics:fraud": [L, M],
  "analytics:promotions": [K, M],
  "report:view": [O, L, U],
  "report:draft": [O, L],
  "report:approve": [L],
  "report:file": [O, L],
  "report:configure": [L],
  "customer:view": [O, L, M, U],
  "customer:note": [O, L],
  "transaction:view": [O, L, M, U],
  "transaction:export": [L, M],
  "wallet:freeze": [O, L],
  "wallet:unfreeze": [O, L],
  "wallet:adjust-limits": [O, L],
  "wallet:close": [O, L],
  "pii:reveal": [O, L],
  "staff:manage": [A],
  "api:manage": [A],
  "audit:view": [A, U],
  "account:manage-own": [A, O, L, K, M, U],
};

/** action name -> its permission (null: public, the sign-in steps). */
const EXPECTED_ACTIONS: Record<string, Permission | null> = {
  "auth.start": null,
  "auth.change-temporary-password": null,
  "auth.begin-enrolment": null,
  "auth.confirm-enrolment": null,
  "auth.verify-second-factor": null,
  "preferences.set-locale": null,
  "account.change-password": "account:manage-own",
  "account.begin-mfa-enrolment": "account:manage-own",
  "account.enrol-mfa": "account:manage-own",
  "audit.verify": "audit:view",
  "analytics.print": "analytics:view",
  "audit.checkpoint": "audit:view",
  "staff.create": "staff:manage",
  "staff.change-roles": "staff:manage",
  "staff.deactivate": "staff:manage",
  "staff.reactivate": "staff:manage",
  "staff.reset-password": "staff:manage",
  "staff.reset-mfa": "staff:manage",
  "staff.unlock": "staff:manage",
  "kyc.assign-self": "kyc:decide",
  "kyc.bulk-assign": "kyc:assign",
  "kyc.take-next": "kyc:decide",
  "kyc.approve": "kyc:decide",
  "kyc.approve-confirm": "kyc:approve-high-risk",
  "kyc.approve-decline": "kyc:approve-high-risk",
  "kyc.reject": "kyc:decide",
  "kyc.request-info": "kyc:decide",
  "kyc.note": "kyc:decide",
  "pii.reveal": "pii:reveal",
  "wallet.freeze": "wallet:freeze",
  "wallet.unfreeze": "wallet:unfreeze",
  "wallet.adjust-limits": "wallet:adjust-limits",
  "wallet.close": "wallet:close",
  "customer.note": "customer:note",
  "customer.seal-search": "customer:view",
  "api-client.create": "api:manage",
  "api-client.revoke": "api:manage",
  // The investigation (lib/fraud/cases/actions.ts): an escalated alert additionally needs
  // alert:resolve-escalated, which the mutation checks against the alert's status.
  "alert.false-positive": "alert:resolve",
  "alert.confirm-fraud": "alert:resolve",
  "alert.escalate": "alert:resolve",
  "alert.note": "alert:resolve",
  "alert.assign-self": "alert:resolve",
  "alert.take-next": "alert:resolve",
  "case.open": "alert:resolve",
  "case.resolve": "alert:resolve",
  // Rule versions (lib/fraud/versions/actions.ts): approving and returning also refuse the version's
  // author, which the mutation checks against the version; backtests (lib/fraud/backtest/actions.ts).
  "rule.draft-save": "rule:edit",
  "rule.submit": "rule:edit",
  "rule.approve": "rule:approve",
  "rule.reject": "rule:approve",
  "rule.backtest-start": "rule:edit",
  "rule.backtest-cancel": "rule:edit",
  "rule.backtest-progress": "rule:view",
  // Promotion simulations (lib/promotions/simulation/actions.ts).
  "promotion.simulation-start": "promotion:simulate",
  "promotion.simulation-cancel": "promotion:simulate",
  "promotion.simulation-progress": "promotion:view",
  // The promotion editor (lib/promotions/editor/actions.ts): changing a draft also refuses anyone but its author.
  "promotion.save-draft": "promotion:edit",
  // The promotion lifecycle (lib/promotions/lifecycle/actions.ts): approving and rejecting also refuse the
  // version's author, withdrawing refuses anyone else, which the mutations check against the version.
  "promotion.submit": "promotion:edit",
  "promotion.withdraw": "promotion:edit",
  "promotion.approve": "promotion:approve",
  "promotion.reject": "promotion:approve",
  "promotion.pause": "promotion:pause",
  "promotion.resume": "promotion:pause",
  "promotion.end": "promotion:pause",
  // The review of held rewards (lib/promotions/abuse/actions.ts).
  "reward.release": "reward:review",
  "reward.forfeit": "reward:review",
  // The report review workflow (lib/reports/workflow/actions.ts): approving and returning also refuse the
  // report's drafter and submitter (four eyes), which the mutations check against the report.
  "report.submit": "report:draft",
  "report.approve": "report:approve",
  "report.return": "report:approve",
  "report.comment": "report:draft",
  "report.regulator-response": "report:file",
  // The report files (lib/reports/export/actions.ts).
  "report.export": "report:file",
  // Drafting suspicious-transaction reports (lib/reports/suspicious/actions.ts).
  "report.open-str": "report:draft",
  "report.edit": "report:draft",
  // The reporting rules and working calendar (lib/reports/rules/actions.ts).
  "reporting.calendar-add": "report:configure",
  "reporting.calendar-remove": "report:configure",
  "reporting.rule-set": "report:configure",
};

/**
 * route file under app/ -> who may call it: a permission, "signed-in", "public", or "signed-client" (a machine
 * client's HMAC-signed request, lib/fraud/decisions/route.ts: no staff session counts there at all).
 */
type RouteAccessExpected = Permission | "signed-in" | "public" | "signed-client";
const EXPECTED_ROUTES: Record<string, RouteAccessExpected> = {
  "api/auth/[...nextauth]/route.ts": "public",
  "api/session/ping/route.ts": "signed-in",
  // Ends a session that is already over and clears its cookie; it never ends a live one.
  "api/session/end/route.ts": "public",
  "api/audit/export/route.ts": "audit:view",
  "api/transactions/export/route.ts": "transaction:export",
  "api/analytics/export/route.ts": "analytics:view",
  "api/kyc/documents/[id]/route.ts": "kyc:view",
  // Downloading a report file also needs pii:reveal, which every role with report:file holds today.
  "api/reports/exports/[id]/route.ts": "report:file",
  "api/alerts/stream/route.ts": "alert:view",
  "api/v1/decisions/route.ts": "signed-client",
  "api/v1/openapi.json/route.ts": "public",
};

/** Route params for dynamic routes: a real row, so that an allowed role gets a real answer. */
async function routeParams(file: string): Promise<{ params: Promise<Record<string, string>> } | undefined> {
  if (file === "api/kyc/documents/[id]/route.ts") {
    const document = await db.kycDocument.findFirstOrThrow({ select: { id: true } });
    return { params: Promise.resolve({ id: document.id }) };
  }
  if (file === "api/reports/exports/[id]/route.ts") {
    const existing = await db.regulatoryExport.findFirst({ select: { id: true } });
    const made = existing ?? (await db.regulatoryExport.create({
      data: { kind: "LARGE_VALUE", reportDay: new Date("2026-11-11"), fileName: "NBHMATRIX202611110001.XML", institutionCode: "B0308H23100001", reportCount: 0, sha256: "0".repeat(64), content: "<BHRP/>", createdById: "staff_officer" },
      select: { id: true },
    }));
    return { params: Promise.resolve({ id: made.id }) };
  }
  return undefined;
}

/** Request bodies for routes that need one to answer an allowed role (a report file's download reason). */
function routeBody(file: string): RequestInit {
  if (file === "api/reports/exports/[id]/route.ts") return { headers: { "content-type": "application/json" }, body: JSON.stringify({ reason: "authorization matrix" }) };
  return {};
}

const actionModules = import.meta.glob<Record<string, unknown>>(["/lib/**/actions.ts", "/lib/**/*-actions.ts"]);
const routeModules = import.meta.glob<Record<string, unknown>>("/app/api/**/route.ts");

function staffFor(role: Role) {
  const staff = DEMO_STAFF.find((s) => s.roles.length === 1 && s.roles[0] === role)!;
  return { id: staff.id, name: staff.name, email: staff.email, roles: staff.roles };
}

let db: Db;
beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 20, days: 3 });
});
afterAll(async () => {
  await db.$disconnect();
});

/** Row counts of every table but the audit trail, which records refused attempts. */
async function domainFingerprint(): Promise<string> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('audit_event', 'audit_chain', '_prisma_migrations') ORDER BY 1`;
  const counts: string[] = [];
  for (const { tablename } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${tablename}"`);
    counts.push(`${tablename}=${row!.n}`);
  }
  const staff = await db.staffUser.findMany({ orderBy: { id: "asc" }, select: { id: true, updatedAt: true } });
  return counts.join(",") + staff.map((s) => `${s.id}@${s.updatedAt.toISOString()}`).join(",");
}

describe("authorization matrix", () => {
  it("grants every permission to exactly the roles the table names", () => {
    expect(Object.keys(EXPECTED_GRANTS).sort()).toEqual([...PERMISSIONS].sort());
    for (const permission of PERMISSIONS) {
      for (const role of ROLES) {
        expect(can([role], permission), `${role} ${permission}`).toBe(EXPECTED_GRANTS[permission].includes(role));
        expect(ROLE_PERMISSIONS[role].includes(permission)).toBe(EXPECTED_GRANTS[permission].includes(role));
      }
    }
  });

  it("knows every server action, and every export of an actions module is a gated action", async () => {
    for (const [file, load] of Object.entries(actionModules)) {
      const exports = await load();
      for (const [name, value] of Object.entries(exports)) {
        const spec = (value as Partial<Action<unknown>>).spec;
        expect(spec, `${file} exports ${name} that was not made with defineAction/definePublicAction`).toBeDefined();
      }
    }
    expect(Object.fromEntries([...ACTION_REGISTRY.values()].map((a) => [a.name, a.permission]))).toEqual(EXPECTED_ACTIONS);
  });

  it("knows every route handler", () => {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name === "route.ts") found.push(path.relative(path.join(process.cwd(), "app"), full));
      }
    };
    walk(path.join(process.cwd(), "app"));
    expect(found.sort()).toEqual(Object.keys(EXPECTED_ROUTES).sort());
  });

  it("refuses every gated action to every role without its permission, writing nothing but the audit record", async () => {
    const actions = await allActions();
    for (const action of actions) {
      const permission = action.spec.permission;
      for (const role of ROLES) {
        const before = await domainFingerprint();
        const refusalsBefore = await db.auditEvent.count({ where: { outcome: "FAILURE", action: action.spec.name } });
        const result = await runAsStaff(staffFor(role), () => action({}));
        if (permission === null || can([role], permission)) {
          expect(result.ok || result.error !== "forbidden", `${role} may use ${action.spec.name}`).toBe(true);
        } else {
          expect(result, `${role} must not use ${action.spec.name}`).toMatchObject({ ok: false, error: "forbidden" });
          expect(await domainFingerprint()).toBe(before);
          expect(await db.auditEvent.count({ where: { outcome: "FAILURE", action: action.spec.name } })).toBe(refusalsBefore + 1);
        }
      }
      if (permission !== null) expect(await runAsStaff(null, () => action({}))).toMatchObject({ ok: false, error: "unauthenticated" });
    }
  });

  it("makes every route handler but next-auth's own with defineRoute, gated by the permission the table names", async () => {
    const made: Record<string, Permission | "signed-in" | "public"> = {};
    const signed: Record<string, "signed-client"> = {};
    for (const [file, expected] of Object.entries(EXPECTED_ROUTES)) {
      const handlers = await routeModules[`/app/${file}`]!();
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) {
        const handler = handlers[method] as Partial<RouteHandler> | undefined;
        if (!handler) continue;
        // next-auth's own handler is the only one made elsewhere; every other public route is definePublicRoute's.
        if (file.startsWith("api/auth/")) continue;
        expect(handler.spec, `${method} ${file} was not made with defineRoute`).toBeDefined();
        expect(handler.spec!.access, `${method} ${file}`).toBe(expected);
        // The one exception: a signed machine route, made with defineSignedRoute and listed in its own registry.
        if (expected === "signed-client") signed[handler.spec!.name] = "signed-client";
        else made[handler.spec!.name] = handler.spec!.access as Permission | "signed-in" | "public";
      }
    }
    expect(Object.fromEntries([...ROUTE_REGISTRY.values()].map((r) => [r.name, r.access]))).toEqual(made);
    expect(Object.fromEntries([...SIGNED_ROUTE_REGISTRY.values()].map((r) => [r.name, r.access]))).toEqual(signed);
  });

  it("refuses every signed machine route to anyone without a client signature, staff sessions included, writing nothing", async () => {
    for (const [file, expected] of Object.entries(EXPECTED_ROUTES)) {
      if (expected !== "signed-client") continue;
      const handlers = await routeModules[`/app/${file}`]!();
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) {
        const handler = handlers[method] as SignedRouteHandler | undefined;
        if (!handler) continue;
        for (const staff of [...ROLES.map(staffFor), null]) {
          const before = await domainFingerprint();
          const events = await db.auditEvent.count();
          const response = await runAsStaff(staff, () => handler(new Request(`http://localhost/${file}`, { method, body: "{}", headers: { "content-type": "application/json" } })));
          expect(response.status, `${staff?.roles[0] ?? "anonymous"} ${method} ${file}`).toBeGreaterThanOrEqual(400);
          expect(response.status).toBeLessThan(500);
          expect([400, 401]).toContain(response.status);
          expect(await domainFingerprint()).toBe(before);
          expect(await db.auditEvent.count()).toBe(events);
        }
      }
    }
  });

  it("refuses every route handler to roles without its permission, recording each refusal", async () => {
    for (const [file, expected] of Object.entries(EXPECTED_ROUTES)) {
      if (expected === "public" || expected === "signed-client") continue;
      const handlers = await routeModules[`/app/${file}`]!();
      for (const method of ["GET", "POST"] as const) {
        const handler = handlers[method] as RouteHandler | undefined;
        if (!handler) continue;
        const context = await routeParams(file);
        for (const role of ROLES) {
          const refusals = () => db.auditEvent.count({ where: { action: handler.spec.name, outcome: "FAILURE", reason: "forbidden", entityType: "Permission", entityId: expected } });
          const before = await refusals();
          const response = await runAsStaff(staffFor(role), () => handler(new Request(`http://localhost/${file}`, { method, ...routeBody(file) }), context));
          const allowed = expected === "signed-in" || can([role], expected);
          if (allowed) expect(response.status, `${role} ${method} ${file}`).toBeLessThan(400);
          else {
            expect(response.status, `${role} ${method} ${file}`).toBe(403);
            expect(await refusals(), `${role} ${method} ${file} refusal recorded`).toBe(before + 1);
          }
        }
        const anonymous = await runAsStaff(null, () => handler(new Request(`http://localhost/${file}`, { method }), context));
        expect(anonymous.status, `anonymous ${method} ${file}`).toBe(401);
      }
    }
  });
});

async function allActions(): Promise<Action<unknown>[]> {
  const actions: Action<unknown>[] = [];
  for (const load of Object.values(actionModules)) {
    for (const value of Object.values(await load())) actions.push(value as Action<unknown>);
  }
  return actions;
}
