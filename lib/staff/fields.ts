// The lengths and choices of staff administration's inputs as plain constants, with no zod: client forms import
// these without shipping the validation library. schemas.ts builds its zod schemas on them.
import { ROLES } from "@/lib/auth/permissions";

export const STAFF_ROLES = ROLES;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const STAFF_STATUSES = ["active", "locked", "deactivated"] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];

export const STAFF_STATUS_FILTERS = ["all", ...STAFF_STATUSES] as const;
export type StaffStatusFilter = (typeof STAFF_STATUS_FILTERS)[number];

export const NAME_MAX = 100;
export const EMAIL_MAX = 254;
export const REASON_MIN = 5;
export const REASON_MAX = 500;
