// Audit completeness (issue 9, items 4-7): a page that shows personal data records the view whatever the
// request's headers say; a refused page load is recorded like a refused action; document scans are
// redacted for every role (whole only after pii:reveal's audited reveal) and every fetch or refusal is recorded; roles are derived from
// permissions, not named.
import type { ReactNode } from "react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runAsStaff } from "@/lib/actions/context";
import { ROLES, can, type Permission } from "@/lib/auth/permissions";
import type { StaffSession } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { DEMO_STAFF } from "@/lib/sim/staff";
import { freshPopulation, testDb } from "@/tests/support/database";
import { demoSession } from "@/tests/support/staff";

// Every request in this file carries the header a server action's POST carries: whether a view is
// recorded must not depend on it.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "next-action": "x", "user-agent": "audit-completeness-test" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));

let db: Db;
const officer = demoSession("staff_officer");
const manager = demoSession("staff_manager");
const marketing = demoSession("staff_marketing");

function staffFor(role: Role): StaffSession {
  const staff = DEMO_STAFF.find((s) => s.roles.length === 1 && s.roles[0] === role)!;
  return { id: staff.id, name: staff.name, email: staff.email, roles: [...staff.roles] };
}

// next.config.ts turns on forbidden() (experimental.authInterrupts) for the app; this is its switch outside Next.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

/** The digest Next.js gives forbidden()'s error, which renders the 403 page. */
const FORBIDDEN = "NEXT_HTTP_ERROR_FALLBACK;403";

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 20, days: 3 });
});
afterAll(async () => {
  await db.$disconnect();
});

const count = (where: Prisma.AuditEventWhereInput) => db.auditEvent.count({ where });

describe("page views are recorded whatever the request's headers say (item 4)", () => {
  it("records a customer 360 opened with a Next-Action header, once a minute per person and customer", async () => {
    const { default: CustomerPage } = await import("@/app/(console)/customers/[id]/page");
    const customer = await db.customer.findFirstOrThrow({ select: { id: true } });
    const where = { action: "customer.view", entityType: "Customer", entityId: customer.id, actorId: officer.id, outcome: "SUCCESS" as const };
    const open = () => runAsStaff(officer, () => CustomerPage({ params: Promise.resolve({ id: customer.id }), searchParams: Promise.resolve({}) }));
    await open();
    expect(await count(where)).toBe(1);
    await open();
    expect(await count(where), "a reload within the minute is the same look").toBe(1);
    await runAsStaff(manager, () => CustomerPage({ params: Promise.resolve({ id: customer.id }), searchParams: Promise.resolve({}) }));
    expect(await count({ ...where, actorId: manager.id })).toBe(1);
  });

  it("records a KYC workspace opened with a Next-Action header", async () => {
    const { default: KycReviewPage } = await import("@/app/(console)/kyc/[id]/page");
    const submission = await db.kycSubmission.findFirstOrThrow({ select: { id: true } });
    await runAsStaff(officer, () => KycReviewPage({ params: Promise.resolve({ id: submission.id }) }));
    expect(await count({ action: "kyc.open", entityType: "KycSubmission", entityId: submission.id, actorId: officer.id, outcome: "SUCCESS" as const })).toBe(1);
  });
});

/** Each segment layout -> the permission that opens it (written out, as the authorization matrix does). */
const AREA_LAYOUTS: Record<string, { load: () => Promise<{ default: (props: { children: ReactNode }) => Promise<ReactNode> }>; permission: Permission; page: string }> = {
  kyc: { load: () => import("@/app/(console)/kyc/layout"), permission: "kyc:view", page: "/kyc" },
  customers: { load: () => import("@/app/(console)/customers/layout"), permission: "customer:view", page: "/customers" },
  transactions: { load: () => import("@/app/(console)/transactions/layout"), permission: "transaction:view", page: "/transactions" },
  audit: { load: () => import("@/app/(console)/audit/layout"), permission: "audit:view", page: "/audit" },
  staff: { load: () => import("@/app/(console)/admin/staff/layout"), permission: "staff:manage", page: "/admin/staff" },
};

describe("refused page loads are recorded like refused actions (item 6)", () => {
  it("answers every role at every area's layout by permission, recording each refusal", async () => {
    for (const [area, { load, permission, page }] of Object.entries(AREA_LAYOUTS)) {
      const { default: Layout } = await load();
      for (const role of ROLES) {
        const staff = staffFor(role);
        const where = { action: "page.view", entityType: "Permission", entityId: permission, actorId: staff.id, outcome: "FAILURE" as const, reason: "forbidden" };
        const before = await count(where);
        const rendered = runAsStaff(staff, () => Layout({ children: "the page" }));
        if (can([role], permission)) {
          // The layout lets the page through, wrapped in the area's message provider.
          await expect(rendered, `${role} opens ${area}`).resolves.toMatchObject({ props: { children: "the page" } });
          expect(await count(where)).toBe(before);
        } else {
          await expect(rendered, `${role} is refused ${area}`).rejects.toMatchObject({ digest: FORBIDDEN });
          expect(await count(where), `${role}'s refusal of ${area} is recorded`).toBe(before + 1);
          const event = await db.auditEvent.findFirstOrThrow({ where, orderBy: { id: "desc" } });
          expect(event.after).toEqual({ page });
        }
      }
    }
  });

  it("refuses a page of the segment on its own too (a client navigation renders the page without its layout)", async () => {
    const { default: KycReviewPage } = await import("@/app/(console)/kyc/[id]/page");
    const submission = await db.kycSubmission.findFirstOrThrow({ select: { id: true } });
    const where = { action: "page.view", entityId: "kyc:view", actorId: marketing.id, outcome: "FAILURE" as const };
    const before = await count(where);
    await expect(runAsStaff(marketing, () => KycReviewPage({ params: Promise.resolve({ id: submission.id }) }))).rejects.toMatchObject({ digest: FORBIDDEN });
    expect(await count(where)).toBe(before + 1);
    expect(await count({ action: "kyc.open", entityId: submission.id, actorId: marketing.id })).toBe(0);
  });
});

describe("an id under an area a role may not open (items 6 and 11 together)", () => {
  it("answers 403, recorded, before it tells whether the id exists", async () => {
    const { default: KycIdLayout } = await import("@/app/(console)/kyc/[id]/layout");
    const where = { action: "page.view", entityId: "kyc:view", actorId: marketing.id, outcome: "FAILURE" as const };
    for (const id of ["K999999991", "K000000011"]) {
      const before = await count(where);
      await expect(runAsStaff(marketing, () => KycIdLayout({ children: null, params: Promise.resolve({ id }) })), id).rejects.toMatchObject({ digest: FORBIDDEN });
      expect(await count(where)).toBe(before + 1);
    }
  });
});

describe("document scans: redacted for every role, whole only through the audited reveal, every view and refusal recorded (item 5)", () => {
  const get = async (staff: StaffSession | null, id: string, query = "") => {
    const { GET } = await import("@/app/api/kyc/documents/[id]/route");
    return runAsStaff(staff, () => GET(new Request(`http://localhost/api/kyc/documents/${id}${query}`), { params: Promise.resolve({ id }) }));
  };
  const reveal = async (staff: StaffSession, submissionId: string, fields: string[]) => {
    const { revealPersonalDataAction } = await import("@/lib/privacy/reveal-actions");
    return runAsStaff(staff, () => revealPersonalDataAction({ entityType: "KycSubmission", entityId: submissionId, fields, reason: "核对证件照片与录入信息是否一致" }));
  };
  const views = (id: string, actorId: string) => count({ action: "kyc.document.view", entityType: "KycDocument", entityId: id, actorId, outcome: "SUCCESS" as const });

  async function idFront() {
    const document = await db.kycDocument.findFirstOrThrow({ where: { kind: "ID_FRONT" }, orderBy: { id: "asc" }, select: { id: true, submissionId: true, submission: { select: { documentData: true } } } });
    const read = document.submission.documentData as { idNumber: string; address: string; birthDate: string };
    return { id: document.id, submissionId: document.submissionId, ...read };
  }

  it("gives a manager the ID card with the ID number, address and birth date hidden, and records the view", async () => {
    const card = await idFront();
    const response = await get(manager, card.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml");
    const svg = await response.text();
    expect(svg).not.toContain(card.idNumber);
    expect(svg).toContain(`${card.idNumber.slice(0, 6)}********${card.idNumber.slice(-4)}`);
    expect(svg).not.toContain(card.address.slice(0, 8));
    expect(svg).not.toContain(`>${card.birthDate.slice(0, 4)}<`);
    expect(svg).toMatch(/data-redacted="address"/);
    expect(await views(card.id, manager.id)).toBe(1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "kyc.document.view", entityId: card.id, actorId: manager.id } });
    expect(event.after).toEqual({ kind: "ID_FRONT", redacted: true });
  });

  it("gives an officer (pii:reveal) the redacted card too, until they reveal; then what they revealed, each view recorded", async () => {
    const card = await idFront();
    const plain = await (await get(officer, card.id)).text();
    expect(plain).not.toContain(card.idNumber);
    expect(plain).toMatch(/data-redacted="address"/);
    // Asking for the whole scan without a reveal gets the redacted one.
    expect(await (await get(officer, card.id, "?reveal=1")).text()).not.toContain(card.idNumber);
    expect(await views(card.id, officer.id)).toBe(1);
    const first = await db.auditEvent.findFirstOrThrow({ where: { action: "kyc.document.view", entityId: card.id, actorId: officer.id } });
    expect(first.after).toEqual({ kind: "ID_FRONT", redacted: true });

    // The audited reveal of the ID number shows it whole on the scan; the address stays under its bar.
    expect(await reveal(officer, card.submissionId, ["idNumber"])).toMatchObject({ ok: true });
    const partly = await (await get(officer, card.id, "?reveal=1")).text();
    expect(partly).toContain(card.idNumber);
    expect(partly).not.toContain(card.address.slice(0, 8));
    expect(await reveal(officer, card.submissionId, ["idNumber", "birthDate", "address"])).toMatchObject({ ok: true });
    const whole = await (await get(officer, card.id, "?reveal=1")).text();
    expect(whole).toContain(card.idNumber);
    expect(whole).toContain(card.address.slice(0, 8));
    expect(whole).not.toMatch(/data-redacted=/);
    const revealed = await db.auditEvent.findMany({ where: { action: "kyc.document.view", entityId: card.id, actorId: officer.id }, orderBy: { id: "asc" }, select: { after: true } });
    expect(revealed.map((e) => e.after)).toEqual([
      { kind: "ID_FRONT", redacted: true },
      { kind: "ID_FRONT", redacted: false, shownWhole: ["idNumber"] },
      { kind: "ID_FRONT", redacted: false, shownWhole: ["idNumber", "address", "birthDate"] },
    ]);
    // A reveal is the officer's own: a manager (no pii:reveal) asking for it still gets the redacted card.
    expect(await (await get(manager, card.id, "?reveal=1")).text()).not.toContain(card.idNumber);
  });

  it("closes a scan reveal after its window", async () => {
    const { revealedScanFields, SCAN_REVEAL_MINUTES } = await import("@/lib/privacy/reveal-scans");
    const card = await idFront();
    const lead = demoSession("staff_lead");
    expect(await reveal(lead, card.submissionId, ["address"])).toMatchObject({ ok: true });
    expect(await revealedScanFields(db, lead, card.submissionId)).toEqual(["address"]);
    expect(await revealedScanFields(db, lead, card.submissionId, new Date(Date.now() + (SCAN_REVEAL_MINUTES * 60 + 5) * 1000))).toEqual([]);
  });

  it("records a forbidden fetch and a fetch of a document that does not exist; an anonymous one has nobody to record", async () => {
    const card = await idFront();
    const refusals = () => count({ action: "kyc.document.view", entityType: "Permission", entityId: "kyc:view", actorId: marketing.id, outcome: "FAILURE" as const, reason: "forbidden" });
    const before = await refusals();
    expect((await get(marketing, card.id)).status).toBe(403);
    expect(await refusals()).toBe(before + 1);

    expect((await get(manager, "K999999991-ID_FRONT")).status).toBe(404);
    expect(await count({ action: "kyc.document.view", entityType: "KycDocument", entityId: "K999999991-ID_FRONT", actorId: manager.id, outcome: "FAILURE" as const, reason: "not-found" })).toBe(1);

    const total = await db.auditEvent.count();
    expect((await get(null, card.id)).status).toBe(401);
    expect(await db.auditEvent.count()).toBe(total);
  });

  it("records a malformed request (an id no document could have) as a refusal, keeping only the field's name", async () => {
    const malformed = "../../etc/passwd";
    expect((await get(manager, malformed)).status).toBe(400);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "kyc.document.view", entityType: "Request", actorId: manager.id }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ outcome: "FAILURE", reason: "invalid-request", after: { fields: ["id"] } });
    expect(JSON.stringify({ ...event, id: String(event.id) })).not.toContain("passwd");
  });

  it("refuses a scan it cannot redact (stored without marks) to every role", async () => {
    const { gzipSync, gunzipSync } = await import("node:zlib");
    const document = await db.kycDocument.findFirstOrThrow({ where: { kind: "ID_FRONT" }, orderBy: { id: "desc" }, select: { id: true, content: true } });
    const unmarked = gunzipSync(document.content).toString("utf8").replaceAll(/ data-pii="[a-zA-Z]+"/g, "");
    await db.kycDocument.update({ where: { id: document.id }, data: { content: new Uint8Array(gzipSync(unmarked)) } });
    const refused = await get(manager, document.id);
    expect(refused.status).toBe(422);
    expect(await count({ action: "kyc.document.view", entityId: document.id, actorId: manager.id, outcome: "FAILURE" as const, reason: "unredactable", after: { equals: { kind: "ID_FRONT", problem: "unmarked" } } })).toBe(1);
    expect((await get(officer, document.id)).status).toBe(422);
  });
});
