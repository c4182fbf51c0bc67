import { describe, expect, it } from "vitest";
import { can, ForbiddenError, PERMISSIONS, requirePermission, ROLE_PERMISSIONS, ROLES } from "./permissions";

describe("permissions", () => {
  it("grants exactly what the role map lists, for every role and permission", () => {
    for (const role of ROLES) {
      for (const permission of PERMISSIONS) {
        expect(can([role], permission), `${role} ${permission}`).toBe(ROLE_PERMISSIONS[role].includes(permission));
      }
    }
  });

  it("keeps duties apart", () => {
    expect(can(["ADMIN"], "kyc:decide")).toBe(false);
    expect(can(["AUDITOR"], "kyc:decide")).toBe(false);
    expect(can(["MARKETING"], "promotion:approve")).toBe(false);
    expect(can(["MANAGER"], "promotion:approve")).toBe(true);
    expect(can(["COMPLIANCE_OFFICER"], "kyc:approve-high-risk")).toBe(false);
    expect(can(["COMPLIANCE_LEAD"], "kyc:approve-high-risk")).toBe(true);
  });

  it("denies unknown roles, unknown permissions and missing sessions", () => {
    expect(can(["ROOT"], "staff:manage")).toBe(false);
    expect(can(["ADMIN"], "everything" as never)).toBe(false);
    expect(can(["__proto__"], "staff:manage")).toBe(false);
    expect(can(undefined, "audit:view")).toBe(false);
    expect(() => requirePermission(null, "audit:view")).toThrow(ForbiddenError);
    expect(() => requirePermission({ roles: ["AUDITOR"] }, "audit:view")).not.toThrow();
  });

  it("combines the permissions of several roles", () => {
    expect(can(["MARKETING", "AUDITOR"], "audit:view")).toBe(true);
    expect(can(["MARKETING", "AUDITOR"], "promotion:edit")).toBe(true);
  });
});
