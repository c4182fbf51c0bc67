import { describe, expect, it } from "vitest";
import { promotionSteps, runningStatus, transition, type LifecycleState } from "@/lib/promotions/lifecycle/transitions";

const now = new Date("2026-11-11T00:00:00Z");
const day = 86_400_000;
const at = (days: number) => new Date(now.getTime() + days * day);
const state = (over: Partial<LifecycleState>): LifecycleState => ({ status: "DRAFT", hasLive: false, startsAt: at(1), endsAt: at(10), now, ...over });

describe("promotion lifecycle transitions", () => {
  it("submits a first draft with the promotion, and a change to a running one beside it", () => {
    expect(transition("submit", state({ versionStatus: "DRAFT" }))).toEqual({ ok: true, status: "PENDING_APPROVAL", versionStatus: "PENDING_APPROVAL" });
    expect(transition("submit", state({ status: "REJECTED", versionStatus: "DRAFT" }))).toMatchObject({ ok: true, status: "PENDING_APPROVAL" });
    expect(transition("submit", state({ status: "ACTIVE", hasLive: true, versionStatus: "DRAFT" }))).toEqual({ ok: true, status: "ACTIVE", versionStatus: "PENDING_APPROVAL" });
    expect(transition("submit", state({ versionStatus: "PENDING_APPROVAL" }))).toEqual({ ok: false, refusal: "versionNotDraft" });
    expect(transition("submit", state({ versionStatus: "DRAFT", endsAt: at(-1), startsAt: at(-5) }))).toEqual({ ok: false, refusal: "windowOver" });
    expect(transition("submit", state({ status: "ENDED", hasLive: true, versionStatus: "DRAFT" }))).toEqual({ ok: false, refusal: "ended" });
  });

  it("approves to SCHEDULED before the start and ACTIVE inside the window, never after the end", () => {
    expect(transition("approve", state({ status: "PENDING_APPROVAL", versionStatus: "PENDING_APPROVAL" }))).toEqual({ ok: true, status: "SCHEDULED", versionStatus: "APPROVED" });
    expect(transition("approve", state({ status: "PENDING_APPROVAL", versionStatus: "PENDING_APPROVAL", startsAt: now }))).toMatchObject({ ok: true, status: "ACTIVE" });
    expect(transition("approve", state({ status: "PENDING_APPROVAL", versionStatus: "PENDING_APPROVAL", startsAt: at(-3), endsAt: now }))).toEqual({ ok: false, refusal: "windowOver" });
    expect(transition("approve", state({ status: "DRAFT", versionStatus: "PENDING_APPROVAL" }))).toEqual({ ok: false, refusal: "wrongStatus" });
    expect(transition("approve", state({ status: "PENDING_APPROVAL", versionStatus: "DRAFT" }))).toEqual({ ok: false, refusal: "versionNotPending" });
  });

  it("resumes a paused promotion when its change is approved", () => {
    expect(transition("approve", state({ status: "PAUSED", hasLive: true, versionStatus: "PENDING_APPROVAL", startsAt: at(-1) }))).toEqual({ ok: true, status: "ACTIVE", versionStatus: "APPROVED" });
  });

  it("rejects a first version with the promotion, and a change without touching the live one", () => {
    expect(transition("reject", state({ status: "PENDING_APPROVAL", versionStatus: "PENDING_APPROVAL" }))).toEqual({ ok: true, status: "REJECTED", versionStatus: "REJECTED" });
    expect(transition("reject", state({ status: "ACTIVE", hasLive: true, versionStatus: "PENDING_APPROVAL" }))).toEqual({ ok: true, status: "ACTIVE", versionStatus: "REJECTED" });
  });

  it("withdraws a pending version back to draft", () => {
    expect(transition("withdraw", state({ status: "PENDING_APPROVAL", versionStatus: "PENDING_APPROVAL" }))).toEqual({ ok: true, status: "DRAFT", versionStatus: "DRAFT" });
    expect(transition("withdraw", state({ status: "PAUSED", hasLive: true, versionStatus: "PENDING_APPROVAL" }))).toEqual({ ok: true, status: "PAUSED", versionStatus: "DRAFT" });
    expect(transition("withdraw", state({ status: "DRAFT", versionStatus: "DRAFT" }))).toEqual({ ok: false, refusal: "versionNotPending" });
  });

  it("pauses only what is scheduled or running, and resumes only without an open change", () => {
    expect(transition("pause", state({ status: "ACTIVE", hasLive: true }))).toEqual({ ok: true, status: "PAUSED" });
    expect(transition("pause", state({ status: "SCHEDULED", hasLive: true }))).toEqual({ ok: true, status: "PAUSED" });
    expect(transition("pause", state({ status: "DRAFT" }))).toEqual({ ok: false, refusal: "wrongStatus" });
    expect(transition("resume", state({ status: "PAUSED", hasLive: true, startsAt: at(-1) }))).toEqual({ ok: true, status: "ACTIVE" });
    expect(transition("resume", state({ status: "PAUSED", hasLive: true }))).toEqual({ ok: true, status: "SCHEDULED" });
    expect(transition("resume", state({ status: "PAUSED", hasLive: true, openChange: true }))).toEqual({ ok: false, refusal: "resumeNeedsApproval" });
    expect(transition("resume", state({ status: "PAUSED", hasLive: true, startsAt: at(-9), endsAt: at(-1) }))).toEqual({ ok: false, refusal: "windowOver" });
    expect(transition("resume", state({ status: "ACTIVE", hasLive: true }))).toEqual({ ok: false, refusal: "wrongStatus" });
  });

  it("ends anything that has not ended", () => {
    for (const status of ["DRAFT", "PENDING_APPROVAL", "SCHEDULED", "ACTIVE", "PAUSED", "REJECTED"] as const) {
      expect(transition("end", state({ status }))).toEqual({ ok: true, status: "ENDED" });
    }
    expect(transition("end", state({ status: "ENDED", hasLive: true }))).toEqual({ ok: false, refusal: "ended" });
  });

  it("offers the buttons the state allows", () => {
    expect(promotionSteps(state({ status: "ACTIVE", hasLive: true }))).toEqual(["pause", "end"]);
    expect(promotionSteps(state({ status: "PAUSED", hasLive: true }))).toEqual(["resume", "end"]);
    expect(promotionSteps(state({ status: "PAUSED", hasLive: true, openChange: true }))).toEqual(["end"]);
    expect(promotionSteps(state({ status: "ENDED", hasLive: true }))).toEqual([]);
  });

  it("counts the start instant as running and the end instant as over", () => {
    expect(runningStatus(now, at(1), now)).toBe("ACTIVE");
    expect(runningStatus(at(-1), now, now)).toBeNull();
    expect(runningStatus(new Date(now.getTime() + 1), at(1), now)).toBe("SCHEDULED");
  });
});
