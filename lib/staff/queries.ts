// Reads for staff administration. Explicit selects: no password hash, TOTP secret or recovery code ever
// leaves this module.
import "server-only";
import { cache } from "react";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import type { StaffStatus, StaffStatusFilter } from "@/lib/staff/schemas";
import { temporaryPasswordExpired } from "@/lib/staff/temporary-password";

type Reader = Pick<typeof db, "staffUser" | "auditEvent">;

const listSelect = {
  id: true,
  name: true,
  email: true,
  roles: true,
  active: true,
  lockedUntil: true,
  totpEnabledAt: true,
  lastSignInAt: true,
  mustChangePassword: true,
  passwordChangedAt: true,
  updatedAt: true,
} satisfies Prisma.StaffUserSelect;

export interface StaffListRow {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  status: StaffStatus;
  /** Set only while the account is locked. */
  lockedUntil: Date | null;
  secondFactor: boolean;
  lastSignInAt: Date | null;
  mustChangePassword: boolean;
  /** A temporary password still to be replaced that no longer works (24 hours unused): reset to issue another. */
  temporaryPasswordExpired: boolean;
  updatedAt: Date;
}

export function staffStatus(row: { active: boolean; lockedUntil: Date | null }, now: Date): StaffStatus {
  if (!row.active) return "deactivated";
  return row.lockedUntil && row.lockedUntil > now ? "locked" : "active";
}

function statusWhere(filter: StaffStatusFilter, now: Date): Prisma.StaffUserWhereInput {
  switch (filter) {
    case "deactivated":
      return { active: false };
    case "locked":
      return { active: true, lockedUntil: { gt: now } };
    case "active":
      return { active: true, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] };
    default:
      return {};
  }
}

function toRow(row: Prisma.StaffUserGetPayload<{ select: typeof listSelect }>, now: Date): StaffListRow {
  const status = staffStatus(row, now);
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    roles: row.roles,
    status,
    lockedUntil: status === "locked" ? row.lockedUntil : null,
    secondFactor: row.totpEnabledAt !== null,
    lastSignInAt: row.lastSignInAt,
    mustChangePassword: row.mustChangePassword,
    temporaryPasswordExpired: temporaryPasswordExpired(row, now),
    updatedAt: row.updatedAt,
  };
}

/** Everyone on the staff (a bank's back office: hundreds at most), active first, then by email. */
export async function listStaff(filter: StaffStatusFilter, now = new Date(), reader: Reader = db): Promise<StaffListRow[]> {
  const rows = await reader.staffUser.findMany({
    where: statusWhere(filter, now),
    select: listSelect,
    orderBy: [{ active: "desc" }, { email: "asc" }],
  });
  return rows.map((row) => toRow(row, now));
}

export async function countStaffByStatus(now = new Date(), reader: Reader = db): Promise<Record<StaffStatusFilter, number>> {
  const rows = await reader.staffUser.findMany({ select: { active: true, lockedUntil: true } });
  const counts: Record<StaffStatusFilter, number> = { all: rows.length, active: 0, locked: 0, deactivated: 0 };
  for (const row of rows) counts[staffStatus(row, now)] += 1;
  return counts;
}

export interface StaffDetail extends StaffListRow {
  createdAt: Date;
  passwordChangedAt: Date | null;
  failedAttempts: number;
}

/** Cached per request: the page and its metadata ask for the same person. */
export const getStaffDetail = cache(async (id: string, now = new Date(), reader: Reader = db): Promise<StaffDetail | null> => {
  const row = await reader.staffUser.findUnique({
    where: { id },
    select: { ...listSelect, createdAt: true, failedAttempts: true },
  });
  if (!row) return null;
  return { ...toRow(row, now), createdAt: row.createdAt, passwordChangedAt: row.passwordChangedAt, failedAttempts: row.failedAttempts };
});

export interface StaffHistoryEntry {
  id: string;
  at: Date;
  action: string;
  actorName: string | null;
  actorEmail: string | null;
  outcome: "SUCCESS" | "FAILURE";
  reason: string | null;
  ip: string | null;
}

/** The latest audit events about this staff member's account: administration, sign-ins, lockouts. */
export async function staffHistory(id: string, take = 15, reader: Reader = db): Promise<StaffHistoryEntry[]> {
  const events = await reader.auditEvent.findMany({
    where: { entityType: "StaffUser", entityId: id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, createdAt: true, action: true, actorEmail: true, outcome: true, reason: true, ip: true, actor: { select: { name: true } } },
  });
  return events.map((event) => ({
    id: event.id.toString(),
    at: event.createdAt,
    action: event.action,
    actorName: event.actor?.name ?? null,
    actorEmail: event.actorEmail,
    outcome: event.outcome,
    reason: event.reason,
    ip: event.ip,
  }));
}
