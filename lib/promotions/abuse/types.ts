// The abuse guard's contract with the reward worker (lib/promotions/rewards): the worker hands over the
// rewards it is about to write for one promotion, the guard answers which of them are linked to other
// customers the promotion already rewarded (or to earlier candidates of the same batch). Linked rewards
// are written HELD with these links as PromotionReward.holdLinks.

/** What two customers were found to share. */
export type HoldLinkKind = "ID_NUMBER" | "CARD" | "DEVICE" | "PHONE";

export const HOLD_LINK_KINDS: readonly HoldLinkKind[] = ["ID_NUMBER", "CARD", "DEVICE", "PHONE"];

/** One finding: this reward's customer shares `kind` with `customerId` (rewarded by `rewardId`, null for a batch-mate not yet written). */
export interface HoldLink {
  kind: HoldLinkKind;
  customerId: string;
  rewardId: string | null;
}

/** A reward the worker is about to write (accepted by decideRewards), in the batch's order. */
export interface FarmingCandidate {
  /** PromotionReward.sourceKey: the map's key. */
  sourceKey: string;
  customerId: string;
  walletId: string;
  /** The rewarded payment; null for activation and card-link bonuses. */
  transactionId: bigint | null;
  /** When the rewarded event happened. */
  at: Date;
}

export interface FarmingGuardOptions {
  /** Raise a PROMOTION_FARMING fraud alert for each held candidate (default true). */
  raiseAlerts?: boolean;
  /** Alerts carry the event's time instead of now() (the seed replays history). */
  backdate?: boolean;
}

/** Held candidates by sourceKey; a key absent from the map is paid. */
export type FarmingLinks = Map<string, HoldLink[]>;

/** The holdLinks JSON read back (tolerates anything malformed by returning no links). */
export function readHoldLinks(json: unknown): HoldLink[] {
  if (!Array.isArray(json)) return [];
  const links: HoldLink[] = [];
  for (const item of json) {
    if (!item || typeof item !== "object") continue;
    const { kind, customerId, rewardId } = item as Record<string, unknown>;
    if (typeof kind !== "string" || !(HOLD_LINK_KINDS as readonly string[]).includes(kind) || typeof customerId !== "string") continue;
    links.push({ kind: kind as HoldLinkKind, customerId, rewardId: typeof rewardId === "string" ? rewardId : null });
  }
  return links;
}
