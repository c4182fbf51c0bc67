import { Badge } from "@/components/ui/badge";
import type { Tone } from "@/components/ui/tone";
import type { StaffStatus } from "@/lib/staff/schemas";

const TONE: Record<StaffStatus, Tone> = { active: "success", locked: "danger", deactivated: "neutral" };

/** Active / locked (until when) / deactivated. */
export function StaffStatusBadge({ status, label }: { status: StaffStatus; label: string }) {
  return (
    <Badge tone={TONE[status]} dot data-testid="staff-status" data-status={status}>
      {label}
    </Badge>
  );
}

export function RoleBadges({ roles }: { roles: string[] }) {
  return (
    <span className="flex flex-wrap gap-1">
      {roles.map((role) => (
        <Badge key={role} tone="brand">
          {role}
        </Badge>
      ))}
    </span>
  );
}
