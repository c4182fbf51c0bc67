// A rule version's severity and status as badges, in the alert queue's words for severities.
import type { AlertSeverity, RuleVersionStatus } from "@/lib/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const SEVERITY_TONE: Record<AlertSeverity, BadgeTone> = { LOW: "neutral", MEDIUM: "info", HIGH: "warning", CRITICAL: "danger" };
const STATUS_TONE: Record<RuleVersionStatus, BadgeTone> = { DRAFT: "neutral", PENDING_APPROVAL: "warning", ACTIVE: "success", RETIRED: "neutral", REJECTED: "danger" };

export function SeverityBadge({ severity, label }: { severity: AlertSeverity; label: string }) {
  return <Badge tone={SEVERITY_TONE[severity]} dot>{label}</Badge>;
}

export function VersionStatusBadge({ status, label }: { status: RuleVersionStatus; label: string }) {
  return <Badge tone={STATUS_TONE[status]} data-testid="version-status">{label}</Badge>;
}
