// Severity and status as badges: always a word on a tone, never colour alone. The tones are the 360's
// (components/customers/badges.tsx), so an alert looks the same wherever it is listed.
import { Badge } from "@/components/ui/badge";
import type { Tone } from "@/components/ui/tone";
import type { AlertSeverityCode, AlertStatusCode } from "@/lib/fraud/queue/view";

export const SEVERITY_TONE: Readonly<Record<AlertSeverityCode, Tone>> = { LOW: "neutral", MEDIUM: "warning", HIGH: "danger", CRITICAL: "critical" };
export const ALERT_STATUS_TONE: Readonly<Record<AlertStatusCode, Tone>> = { OPEN: "warning", INVESTIGATING: "info", ESCALATED: "danger", FALSE_POSITIVE: "neutral", CONFIRMED: "critical" };

/** The severity with the rule's score under it ("评分 82"), so the column is as narrow as the badge. */
export function AlertSeverityBadge({ severity, label, scoreLabel }: { severity: AlertSeverityCode; label: string; scoreLabel?: string }) {
  return (
    <span className="flex flex-col items-start gap-0.5">
      <Badge tone={SEVERITY_TONE[severity]} data-testid="alert-severity" data-severity={severity}>
        {label}
      </Badge>
      {scoreLabel ? <span className="num text-xs text-ink-muted">{scoreLabel}</span> : null}
    </span>
  );
}

export function AlertStatusBadge({ status, label }: { status: AlertStatusCode; label: string }) {
  return (
    <Badge tone={ALERT_STATUS_TONE[status]} dot data-testid="alert-status" data-status={status}>
      {label}
    </Badge>
  );
}
