// Kept for importers from before the list's badge landed: the one tone table is components/promotions/list/status-badge.tsx.
export { PROMOTION_STATUS_TONE } from "@/components/promotions/list/status-badge";
