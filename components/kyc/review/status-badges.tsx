// Status and risk as badges: a word on a tone, so the meaning never rests on colour alone. Server
// components: the status words come from the reader's catalogue, so callers pass no messages.
import { Badge } from "@/components/ui/badge";
import type { Tone } from "@/components/ui/tone";
import type { KycStatus, RiskLevel, WalletStatus } from "@/lib/generated/prisma/enums";
import { getMessages } from "@/lib/i18n/server";
import { WalletStatusBadge as SharedWalletStatusBadge } from "@/components/wallets/wallet-status-badge";

const STATUS_TONE: Record<KycStatus, Tone> = { PENDING: "neutral", IN_REVIEW: "info", NEEDS_INFO: "warning", APPROVED: "success", REJECTED: "danger" };
const RISK_TONE: Record<RiskLevel, Tone> = { LOW: "neutral", MEDIUM: "warning", HIGH: "danger" };

export async function KycStatusBadge({ status, approvalPending, testId }: { status: KycStatus; approvalPending: boolean; testId?: string }) {
  const m = (await getMessages()).kycReview;
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

export async function WalletStatusBadge({ status, testId }: { status: WalletStatus; testId?: string }) {
  const m = (await getMessages()).kycReview;
  return <SharedWalletStatusBadge status={status} label={m.customer.walletStatus[status]} testId={testId} />;
}
