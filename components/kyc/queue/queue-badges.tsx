// Status, risk and "awaiting lead" as badges: always a word on a tone, never colour alone. The tones are
// the review workspace's (components/kyc/review/status-badges.tsx), so a status looks the same everywhere.
import { Badge } from "@/components/ui/badge";
import type { Tone } from "@/components/ui/tone";
import type { KycStatusCode } from "@/lib/kyc/queue/schemas";

export const KYC_STATUS_TONE: Readonly<Record<KycStatusCode, Tone>> = { PENDING: "neutral", IN_REVIEW: "info", NEEDS_INFO: "warning", APPROVED: "success", REJECTED: "danger" };
export const KYC_RISK_TONE: Readonly<Record<"LOW" | "MEDIUM" | "HIGH", Tone>> = { LOW: "neutral", MEDIUM: "warning", HIGH: "danger" };

export function QueueStatusBadge({ status, label }: { status: KycStatusCode; label: string }) {
  return (
    <Badge tone={KYC_STATUS_TONE[status]} dot data-testid="kyc-status" data-status={status}>
      {label}
    </Badge>
  );
}

/** The level as a badge with its score in words under it ("Risk score 40"), so the column is as narrow as the badge. */
export function QueueRiskBadge({ level, label, scoreLabel }: { level: "LOW" | "MEDIUM" | "HIGH"; label: string; scoreLabel: string }) {
  return (
    <span className="flex flex-col items-start gap-0.5">
      <Badge tone={KYC_RISK_TONE[level]} data-testid="kyc-risk" data-risk={level}>
        {label}
      </Badge>
      <span className="num text-xs text-ink-muted">{scoreLabel}</span>
    </span>
  );
}

export function AwaitingLeadBadge({ label }: { label: string }) {
  return (
    <Badge tone="brand" data-testid="kyc-awaiting-lead">
      {label}
    </Badge>
  );
}
