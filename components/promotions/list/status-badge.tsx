// A promotion's status as a badge: always a word on a tone, the same tone on every promotions page (list,
// detail, performance). Running is green, waiting on people blue/amber, stopped grey, refused red.
import { Badge } from "@/components/ui/badge";
import type { Tone } from "@/components/ui/tone";
import type { PromotionStatusCode } from "@/lib/promotions/list/view";

export const PROMOTION_STATUS_TONE: Readonly<Record<PromotionStatusCode, Tone>> = {
  DRAFT: "neutral",
  PENDING_APPROVAL: "warning",
  SCHEDULED: "info",
  ACTIVE: "success",
  PAUSED: "warning",
  ENDED: "neutral",
  REJECTED: "danger",
};

export function PromotionStatusBadge({ status, label }: { status: PromotionStatusCode; label: string }) {
  return (
    <Badge tone={PROMOTION_STATUS_TONE[status]} dot data-testid="promotion-status" data-status={status}>
      {label}
    </Badge>
  );
}
