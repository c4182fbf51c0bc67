// Statuses as badges: a word on a tone, so the meaning never rests on colour alone. Server components that
// read their words from the signed-in person's catalogue.
import { Badge } from "@/components/ui/badge";
import type { Tone } from "@/components/ui/tone";
import type { AlertSeverity, AlertStatus, CardStatus, KycStatus, RiskLevel, WalletStatus } from "@/lib/generated/prisma/enums";
import { getMessages } from "@/lib/i18n/server";
import { WalletStatusBadge as SharedWalletStatusBadge } from "@/components/wallets/wallet-status-badge";

const RISK_TONE: Record<RiskLevel, Tone> = { LOW: "neutral", MEDIUM: "warning", HIGH: "danger" };
const KYC_TONE: Record<KycStatus, Tone> = { PENDING: "neutral", IN_REVIEW: "info", NEEDS_INFO: "warning", APPROVED: "success", REJECTED: "danger" };
const SEVERITY_TONE: Record<AlertSeverity, Tone> = { LOW: "neutral", MEDIUM: "warning", HIGH: "danger", CRITICAL: "critical" };
const ALERT_TONE: Record<AlertStatus, Tone> = { OPEN: "warning", INVESTIGATING: "info", ESCALATED: "danger", FALSE_POSITIVE: "neutral", CONFIRMED: "critical" };
const CARD_TONE: Record<CardStatus, Tone> = { ACTIVE: "success", BLOCKED: "danger", REMOVED: "neutral" };

export async function WalletStatusBadge({ status, testId }: { status: WalletStatus; testId?: string }) {
  const m = (await getMessages()).customers;
  return <SharedWalletStatusBadge status={status} label={m.walletStatus[status]} testId={testId} />;
}

export async function CustomerRiskBadge({ level, testId }: { level: RiskLevel; testId?: string }) {
  const m = (await getMessages()).customers;
  return (
    <Badge tone={RISK_TONE[level]} data-testid={testId} data-risk={level}>
      {m.risk[level]}
    </Badge>
  );
}

export async function KycBadge({ status, approvalPending }: { status: KycStatus; approvalPending: boolean }) {
  const m = (await getMessages()).customers;
  if (approvalPending) return <Badge tone="brand" dot data-status="approvalPending">{m.kyc.statuses.approvalPending}</Badge>;
  return (
    <Badge tone={KYC_TONE[status]} dot data-status={status}>
      {m.kyc.statuses[status]}
    </Badge>
  );
}

export async function SeverityBadge({ severity }: { severity: AlertSeverity }) {
  const m = (await getMessages()).customers;
  return <Badge tone={SEVERITY_TONE[severity]}>{m.alerts.severities[severity]}</Badge>;
}

export async function AlertStatusBadge({ status }: { status: AlertStatus }) {
  const m = (await getMessages()).customers;
  return (
    <Badge tone={ALERT_TONE[status]} dot>
      {m.alerts.statuses[status]}
    </Badge>
  );
}

export async function CardStatusBadge({ status }: { status: CardStatus }) {
  const m = (await getMessages()).customers;
  return (
    <Badge tone={CARD_TONE[status]} dot>
      {m.cards.statuses[status]}
    </Badge>
  );
}
