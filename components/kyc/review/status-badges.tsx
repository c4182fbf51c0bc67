// Status and risk as badges: a word on a tone, so the meaning never rests on colour alone.
import { Badge } from "@/components/ui/badge";
import type { Tone } from "@/components/ui/tone";
import type { KycStatus, RiskLevel, WalletStatus } from "@/lib/generated/prisma/enums";
import type { ReviewMessages } from "@/components/kyc/review/messages";
import { WalletStatusBadge as SharedWalletStatusBadge } from "@/components/wallets/wallet-status-badge";

const STATUS_TONE: Record<KycStatus, Tone> = { PENDING: "neutral", IN_REVIEW: "info", NEEDS_INFO: "warning", APPROVED: "success", REJECTED: "danger" };
const RISK_TONE: Record<RiskLevel, Tone> = { LOW: "neutral", MEDIUM: "warning", HIGH: "danger" };

export function KycStatusBadge({ status, approvalPending, m, testId }: { status: KycStatus; approvalPending: boolean; m: ReviewMessages; testId?: string }) {
  if (approvalPending) {
    return (
      <Badge tone="brand" dot data-testid={testId} data-status="approvalPending">
        {m.status.approvalPending}
      </Badge>
    );
  }
  return (
    <Badge tone={STATUS_TONE[status]} dot data-testid={testId} data-status={status}>
      {m.status[status]}
    </Badge>
  );
}

export function RiskBadge({ level, label, testId }: { level: RiskLevel; label: string; testId?: string }) {
  return (
    <Badge tone={RISK_TONE[level]} data-testid={testId} data-risk={level}>
      {label}
    </Badge>
  );
}

export function WalletStatusBadge({ status, m, testId }: { status: WalletStatus; m: ReviewMessages; testId?: string }) {
  return <SharedWalletStatusBadge status={status} label={m.customer.walletStatus[status]} testId={testId} />;
}
