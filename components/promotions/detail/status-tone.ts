// The tone of each promotion status's badge: waiting amber, running green, stopped grey, refused red.
import type { Tone } from "@/components/ui/tone";
import type { PromotionStatus } from "@/lib/generated/prisma/enums";

export const PROMOTION_STATUS_TONE: Record<PromotionStatus, Tone> = {
  DRAFT: "neutral",
  PENDING_APPROVAL: "warning",
  SCHEDULED: "info",
  ACTIVE: "success",
  PAUSED: "warning",
  ENDED: "neutral",
  REJECTED: "danger",
};
