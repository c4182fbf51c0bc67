// The one gate: every page, server action and route handler asks this module whether a role may act.
// Unknown roles and permissions are denials, never errors that let a request through.
import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES = ["ADMIN", "COMPLIANCE_OFFICER", "COMPLIANCE_LEAD", "MARKETING", "MANAGER", "AUDITOR"] as const satisfies readonly Role[];

export const PERMISSIONS = [
  "kyc:view",
  "kyc:decide",
  "kyc:approve-high-risk",
  "kyc:assign",
  "alert:view",
  "alert:resolve",
  "alert:resolve-escalated",
  "rule:view",
  "rule:edit",
  "rule:approve",
  "promotion:view",
  "promotion:edit",
  "promotion:approve",
  "promotion:pause",
  "promotion:simulate",
  "reward:review",
  "analytics:view",
  "analytics:transactions",
  "analytics:kyc",
  "analytics:fraud",
  "analytics:promotions",
  "report:view",
  "report:draft",
  "report:approve",
  "report:file",
  "report:configure",
  "customer:view",
  "customer:note",
  "transaction:view",
  "transaction:export",
  "wallet:freeze",
  "wallet:unfreeze",
  "wallet:adjust-limits",
  "wallet:close",
  "pii:reveal",
  "staff:manage",
  "api:manage",
  "audit:view",
  "account:manage-own",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** Everyone may see their own sign-ins and change their own password. */
const SELF: readonly Permission[] = ["account:manage-own"];

const COMPLIANCE_OFFICER: readonly Permission[] = [
  ...SELF,
  "kyc:view",
  "kyc:decide",
  "alert:view",
  "alert:resolve",
  "rule:view",
  "rule:edit",
  "customer:view",
  "customer:note",
  "transaction:view",
  "wallet:freeze",
  "wallet:unfreeze",
  "wallet:adjust-limits",
  "wallet:close",
  "pii:reveal",
  "report:view",
  "report:draft",
  "report:file",
];

/** Segregation of duties: admins manage people, not customers; auditors read and never change. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  ADMIN: [...SELF, "staff:manage", "api:manage", "audit:view", "analytics:view", "analytics:transactions"],
  COMPLIANCE_OFFICER,
  COMPLIANCE_LEAD: [...COMPLIANCE_OFFICER, "kyc:approve-high-risk", "kyc:assign", "alert:resolve-escalated", "rule:approve", "report:approve", "report:configure", "analytics:view", "analytics:kyc", "analytics:fraud", "transaction:export"],
  MARKETING: [...SELF, "promotion:view", "promotion:edit", "promotion:pause", "promotion:simulate", "analytics:view", "analytics:transactions", "analytics:promotions"],
  MANAGER: [
    ...SELF, "kyc:view", "alert:view", "rule:view", "promotion:view", "promotion:approve", "promotion:pause", "promotion:simulate", "reward:review",
    "analytics:view", "analytics:transactions", "analytics:kyc", "analytics:fraud", "analytics:promotions",
    "customer:view", "transaction:view", "transaction:export",
  ],
  AUDITOR: [...SELF, "audit:view", "kyc:view", "alert:view", "rule:view", "promotion:view", "customer:view", "transaction:view", "report:view"],
};

export function can(roles: readonly string[] | undefined | null, permission: Permission): boolean {
  if (!roles || !(PERMISSIONS as readonly string[]).includes(permission)) return false;
  return roles.some((role) => Object.hasOwn(ROLE_PERMISSIONS, role) && ROLE_PERMISSIONS[role as Role].includes(permission));
}

/** The roles that hold a permission: for finding staff by what they may do, never by a role's name. */
export function rolesWith(permission: Permission): Role[] {
  return ROLES.filter((role) => ROLE_PERMISSIONS[role].includes(permission));
}

export class ForbiddenError extends Error {
  constructor(readonly permission: Permission) {
    super(`missing permission ${permission}`);
    this.name = "ForbiddenError";
  }
}

/** Throws ForbiddenError unless one of the staff member's roles grants the permission. */
export function requirePermission(staff: { roles: readonly string[] } | null | undefined, permission: Permission): void {
  if (!staff || !can(staff.roles, permission)) throw new ForbiddenError(permission);
}
