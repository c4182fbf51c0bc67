// Status as a badge: always a word on a tone, never colour alone. One tone per status everywhere.
import { Badge } from "@/components/ui/badge";
import type { Tone } from "@/components/ui/tone";
import type { TransactionStatusCode } from "@/lib/transactions/schemas";

export const TRANSACTION_STATUS_TONE: Readonly<Record<TransactionStatusCode, Tone>> = {
  PENDING: "info",
  SUCCEEDED: "success",
  FAILED: "danger",
  REVERSED: "warning",
};

export function TransactionStatusBadge({ status, label }: { status: TransactionStatusCode; label: string }) {
  return (
    <Badge tone={TRANSACTION_STATUS_TONE[status]} dot data-testid="transaction-status" data-status={status}>
      {label}
    </Badge>
  );
}
