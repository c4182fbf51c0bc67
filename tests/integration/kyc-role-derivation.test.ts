// Who can be given KYC work is decided by permissions.ts, never by role names written elsewhere (issue 9,
// item 7). This file grants kyc:decide to one more role and expects the queue's assignee list and bulk
// assignment to follow the table without another change.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { bulkAssign } from "@/lib/kyc/queue/mutations";
import { readQueueFilterOptions } from "@/lib/kyc/queue/read";
import { freshPopulation, testDb } from "@/tests/support/database";
import { demoSession } from "@/tests/support/staff";

vi.mock("@/lib/auth/permissions", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/permissions")>();
  type Perm = (typeof actual.PERMISSIONS)[number];
  // A bank that lets its managers decide KYC too: one line in the table.
  const table: Record<string, readonly Perm[]> = { ...actual.ROLE_PERMISSIONS, MANAGER: [...actual.ROLE_PERMISSIONS.MANAGER, "kyc:decide"] };
  const can = (roles: readonly string[] | null | undefined, permission: Perm) => !!roles?.some((role) => table[role]?.includes(permission));
  return { ...actual, ROLE_PERMISSIONS: table, can, rolesWith: (permission: Perm) => actual.ROLES.filter((role) => table[role]!.includes(permission)) };
});

let db: Db;
const manager = demoSession("staff_manager");
const lead = demoSession("staff_lead");

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 30, days: 3 });
});
afterAll(async () => {
  await db.$disconnect();
});

describe("KYC assignees come from permissions.ts", () => {
  it("lists every holder of kyc:decide as an assignee, and nobody else", async () => {
    const { officers } = await readQueueFilterOptions(db);
    const ids = officers.map((o) => o.id);
    expect(ids).toContain(manager.id);
    expect(ids).toContain("staff_officer");
    expect(ids).not.toContain("staff_auditor");
    expect(ids).not.toContain("staff_admin");
  });

  it("lets a lead hand submissions to a holder of kyc:decide whatever the role is called", async () => {
    const [submission] = await db.kycSubmission.findMany({ where: { status: "PENDING" }, take: 1, select: { id: true } });
    const result = await bulkAssign(db, { submissionIds: [submission!.id], assigneeId: manager.id }, { staff: lead, request: { ip: null, userAgent: null } });
    expect(result.assigned).toBe(1);
    expect(await db.kycSubmission.findUniqueOrThrow({ where: { id: submission!.id }, select: { assigneeId: true } })).toEqual({ assigneeId: manager.id });
    await expect(bulkAssign(db, { submissionIds: [submission!.id], assigneeId: "staff_auditor" }, { staff: lead, request: { ip: null, userAgent: null } })).rejects.toMatchObject({ code: "invalid" });
  });
});
