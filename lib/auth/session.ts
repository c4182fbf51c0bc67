// Who is asking. Every page and action goes through here: the JWT must be valid AND the staff member must
// still be active with the same session version, so deactivation or a role change ends sessions at once.
import "server-only";
import { getServerSession } from "next-auth";
import { redirect, forbidden } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { authOptions } from "@/lib/auth/options";
import { can, type Permission } from "@/lib/auth/permissions";

export interface StaffSession {
  id: string;
  name: string;
  email: string;
  roles: Role[];
}

export const getStaffSession = cache(async (): Promise<StaffSession | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.staff?.id) return null;
  const staff = await db.staffUser.findUnique({
    where: { id: session.staff.id },
    select: { id: true, name: true, email: true, roles: true, active: true, sessionVersion: true },
  });
  if (!staff || !staff.active || staff.sessionVersion !== session.staff.sessionVersion) return null;
  return { id: staff.id, name: staff.name, email: staff.email, roles: staff.roles };
});

/** For pages: the signed-in staff member, or a redirect to the sign-in page. */
export async function requireStaff(): Promise<StaffSession> {
  const staff = await getStaffSession();
  if (!staff) redirect("/login");
  return staff;
}

/** For pages: renders the 403 page unless the staff member holds the permission. */
export async function requirePagePermission(permission: Permission): Promise<StaffSession> {
  const staff = await requireStaff();
  if (!can(staff.roles, permission)) forbidden();
  return staff;
}
