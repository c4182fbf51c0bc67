// Statuses as badges: a word on a tone, so the meaning never rests on colour alone.
import { Badge } from "@/components/ui/badge";
import type { Tone } from "@/components/ui/tone";
import type { AlertSeverity, AlertStatus, CardStatus, KycStatus, RiskLevel, WalletStatus } from "@/lib/generated/prisma/enums";
import type { CustomersMessages } from "@/components/customers/messages";
import { WalletStatusBadge as SharedWalletStatusBadge } from "@/components/wallets/wallet-status-badge";

const RISK_TONE: Record<RiskLevel, Tone> = { LOW: "neutral", MEDIUM: "warning", HIGH: "danger" };
const KYC_TONE: Record<KycStatus, Tone> = { PENDING: "neutral", IN_REVIEW: "info", NEEDS_INFO: "warning", APPROVED: "success", REJECTED: "danger" };
const SEVERITY_TONE: Record<AlertSeverity, Tone> = { LOW: "neutral", MEDIUM: "warning", HIGH: "danger", CRITICAL: "critical" };
const ALERT_TONE: Record<AlertStatus, Tone> = { OPEN: "warning", INVESTIGATING: "info", ESCALATED: "danger", FALSE_POSITIVE: "neutral", CONFIRMED: "critical" };
const CARD_TONE: Record<CardStatus, Tone> = { ACTIVE: "success", BLOCKED: "danger", REMOVED: "neutral" };

export function WalletStatusBadge({ status, m, testId }: { status: WalletStatus; m: CustomersMessages; testId?: string }) {
  return <SharedWalletStatusBadge status={status} label={m.walletStatus[status]} testId={testId} />;
}

export function CustomerRiskBadge({ level, m, testId }: { level: RiskLevel; m: CustomersMessages; testId?: string }) {
  return (
    <Badge tone={RISK_TONE[level]} data-testid={testId} data-risk={level}>
      {m.risk[level]}
    </Badge>
  );
}

export function KycBadge({ status, approvalPending, m }: { status: KycStatus; approvalPending: boolean; m: CustomersMessages }) {
  if (approvalPending) return <Badge tone="brand" dot data-status="approvalPending">{m.kyc.statuses.approvalPending}</Badge>;
  return (
    <Badge tone={KYC_TONE[status]} dot data-status={status}>
      {m.kyc.statuses[status]}
    </Badge>
  );
}

export function SeverityBadge({ severity, m }: { severity: AlertSeverity; m: CustomersMessages }) {
  return <Badge tone={SEVERITY_TONE[severity]}>{m.alerts.severities[severity]}</Badge>;
}

export function AlertStatusBadge({ status, m }: { status: AlertStatus; m: CustomersMessages }) {
  return (
    <Badge tone={ALERT_TONE[status]} dot>
      {m.alerts.statuses[status]}
    </Badge>
  );
}

export function CardStatusBadge({ status, m }: { status: CardStatus; m: CustomersMessages }) {
  return (
    <Badge tone={CARD_TONE[status]} dot>
      {m.cards.statuses[status]}
    </Badge>
  );
}
