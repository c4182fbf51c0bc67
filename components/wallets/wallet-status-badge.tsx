// A wallet's status as a badge: the same tones wherever a wallet appears (KYC review, customers, 360).
import { Badge } from "@/components/ui/badge";
import type { Tone } from "@/components/ui/tone";
import type { WalletStatus } from "@/lib/generated/prisma/enums";

const WALLET_TONE: Record<WalletStatus, Tone> = { PENDING_KYC: "neutral", ACTIVE: "success", FROZEN: "danger", CLOSED: "neutral" };

export function WalletStatusBadge({ status, label, testId }: { status: WalletStatus; label: string; testId?: string }) {
  return (
    <Badge tone={WALLET_TONE[status]} dot data-testid={testId} data-status={status}>
      {label}
    </Badge>
  );
}
