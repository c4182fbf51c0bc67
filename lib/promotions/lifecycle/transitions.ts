// The promotion lifecycle as one pure table: which step may move a promotion (and the version it concerns)
// from which status to which, and why not when it may not. The mutations ask it under their row locks; the
// page asks it to decide which buttons to show, so the two never disagree.
import type { Permission } from "@/lib/auth/permissions";
import type { PromotionStatus, PromotionVersionStatus } from "@/lib/generated/prisma/enums";

export type LifecycleStep = "submit" | "withdraw" | "approve" | "reject" | "pause" | "resume" | "end";

/** The permission each step needs (lib/auth/permissions.ts); the mutations add the four-eyes and author checks. */
export const STEP_PERMISSION = {
  submit: "promotion:edit",
  withdraw: "promotion:edit",
  approve: "promotion:approve",
  reject: "promotion:approve",
  pause: "promotion:pause",
  resume: "promotion:pause",
  end: "promotion:pause",
} as const satisfies Record<LifecycleStep, Permission>;

/** Why a step is refused: the last part of a promotionReview.errors key. */
export type Refusal = "wrongStatus" | "versionNotDraft" | "versionNotPending" | "ended" | "windowOver" | "resumeNeedsApproval";

export interface LifecycleState {
  status: PromotionStatus;
  /** An approved version is running (SCHEDULED, ACTIVE, PAUSED, or ENDED after it ran). */
  hasLive: boolean;
  /** The window the step would run with: the version's for submit and approve, the live one's otherwise. */
  startsAt: Date;
  endsAt: Date;
  now: Date;
  /** The version the step concerns (submit, withdraw, approve, reject). */
  versionStatus?: PromotionVersionStatus;
  /** A DRAFT or PENDING_APPROVAL version whose parameters differ from the live ones exists (resume). */
  openChange?: boolean;
}

export type Transition =
  | { ok: true; status: PromotionStatus; versionStatus?: PromotionVersionStatus }
  | { ok: false; refusal: Refusal };

const LIVE: readonly PromotionStatus[] = ["SCHEDULED", "ACTIVE", "PAUSED"];

/** Where a running promotion stands by the clock: before its start it waits, inside its window it runs. */
export function runningStatus(startsAt: Date, endsAt: Date, now: Date): "SCHEDULED" | "ACTIVE" | null {
  if (endsAt.getTime() <= now.getTime()) return null;
  return startsAt.getTime() <= now.getTime() ? "ACTIVE" : "SCHEDULED";
}

export function transition(step: LifecycleStep, s: LifecycleState): Transition {
  const refuse = (refusal: Refusal): Transition => ({ ok: false, refusal });
  if (s.status === "ENDED") return refuse("ended");
  switch (step) {
    case "submit": {
      if (s.versionStatus !== "DRAFT") return refuse("versionNotDraft");
      if (s.endsAt.getTime() <= s.now.getTime()) return refuse("windowOver");
      // A first version takes the promotion with it; a change to a running one waits beside it.
      if (!s.hasLive) return s.status === "DRAFT" || s.status === "REJECTED" ? { ok: true, status: "PENDING_APPROVAL", versionStatus: "PENDING_APPROVAL" } : refuse("wrongStatus");
      return LIVE.includes(s.status) ? { ok: true, status: s.status, versionStatus: "PENDING_APPROVAL" } : refuse("wrongStatus");
    }
    case "withdraw": {
      if (s.versionStatus !== "PENDING_APPROVAL") return refuse("versionNotPending");
      if (!s.hasLive) return s.status === "PENDING_APPROVAL" ? { ok: true, status: "DRAFT", versionStatus: "DRAFT" } : refuse("wrongStatus");
      return { ok: true, status: s.status, versionStatus: "DRAFT" };
    }
    case "approve": {
      if (s.versionStatus !== "PENDING_APPROVAL") return refuse("versionNotPending");
      if (!s.hasLive && s.status !== "PENDING_APPROVAL") return refuse("wrongStatus");
      // Approving a change to a paused promotion is what resumes it (resume alone would skip the change).
      const status = runningStatus(s.startsAt, s.endsAt, s.now);
      return status ? { ok: true, status, versionStatus: "APPROVED" } : refuse("windowOver");
    }
    case "reject": {
      if (s.versionStatus !== "PENDING_APPROVAL") return refuse("versionNotPending");
      if (!s.hasLive) return s.status === "PENDING_APPROVAL" ? { ok: true, status: "REJECTED", versionStatus: "REJECTED" } : refuse("wrongStatus");
      return { ok: true, status: s.status, versionStatus: "REJECTED" };
    }
    case "pause":
      return s.status === "SCHEDULED" || s.status === "ACTIVE" ? { ok: true, status: "PAUSED" } : refuse("wrongStatus");
    case "resume": {
      if (s.status !== "PAUSED") return refuse("wrongStatus");
      if (s.openChange) return refuse("resumeNeedsApproval");
      const status = runningStatus(s.startsAt, s.endsAt, s.now);
      return status ? { ok: true, status } : refuse("windowOver");
    }
    case "end":
      return { ok: true, status: "ENDED" };
  }
}

/** The promotion-level steps the state allows now (the page's pause / resume / end buttons). */
export function promotionSteps(s: LifecycleState): ("pause" | "resume" | "end")[] {
  return (["pause", "resume", "end"] as const).filter((step) => transition(step, s).ok);
}
