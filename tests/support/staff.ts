// The demo staff as the action wrapper sees a signed-in member: what integration tests run actions as.
import type { StaffSession } from "@/lib/auth/session";
import { DEMO_STAFF } from "@/lib/sim/staff";

export function demoSession(id: string): StaffSession {
  const staff = DEMO_STAFF.find((s) => s.id === id);
  if (!staff) throw new Error(`no demo staff ${id}`);
  return { id: staff.id, name: staff.name, email: staff.email, roles: [...staff.roles] };
}
