import { describe, expect, it } from "vitest";
import { buildTimeline, isPageView, type TimelineAuditEvent, type TimelineSubmission } from "./timeline";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 11, 6, minute));

const submission: TimelineSubmission = {
  submittedAt: at(0),
  tierRequested: 2,
  status: "REJECTED",
  approvalPending: false,
  assignedAt: at(5),
  assigneeName: "林晓雯",
  decidedAt: at(20),
  decidedByName: "林晓雯",
  checkedAt: null,
  checkerName: null,
  reasonCode: "ID_EXPIRED",
  riskScore: 40,
  riskLevel: "MEDIUM",
  checkCount: 11,
};

const event = (id: number, minute: number, action: string, extra: Partial<TimelineAuditEvent> = {}): TimelineAuditEvent => ({
  id: BigInt(id),
  createdAt: at(minute),
  action,
  actorName: "王丽华",
  actorEmail: "lead@wallet.bank",
  reason: null,
  after: null,
  outcome: "SUCCESS",
  ...extra,
});

describe("a submission's timeline", () => {
  it("tells a decision made before the console existed from the submission's own columns, newest first", () => {
    const timeline = buildTimeline(submission, []);
    expect(timeline.map((e) => e.kind)).toEqual(["decided", "assigned", "checks", "submitted"]);
    expect(timeline[0]).toMatchObject({ status: "REJECTED", actor: "林晓雯", reason: "ID_EXPIRED" });
  });

  it("shows audited decisions, reveals and notes once, not again from the columns", () => {
    const timeline = buildTimeline(submission, [
      event(1, 10, "kyc.open"),
      event(2, 12, "pii.reveal", { reason: "核对证件号码", after: { fields: ["idNumber", "phone"] } }),
      event(3, 15, "kyc.note"),
      event(4, 20, "kyc.reject", { reason: "ID_EXPIRED" }),
    ]);
    expect(timeline.filter((e) => e.kind === "decided")).toEqual([]);
    expect(timeline.map((e) => (e.kind === "audit" ? e.action : e.kind))).toEqual(["kyc.reject", "kyc.note", "pii.reveal", "kyc.open", "assigned", "checks", "submitted"]);
    expect(timeline.find((e) => e.kind === "audit" && e.action === "pii.reveal")).toMatchObject({ reason: "核对证件号码", fields: ["idNumber", "phone"], actor: "王丽华" });
  });

  it("leaves out checks that never ran and an assignment the audit trail already has", () => {
    const timeline = buildTimeline({ ...submission, status: "PENDING", decidedAt: null, checkCount: 0 }, [event(1, 5, "kyc.assign", { after: { assigneeId: "staff_officer", assigneeName: "林晓雯" } })]);
    expect(timeline.map((e) => e.kind)).toEqual(["audit", "submitted"]);
    expect(timeline[0]).toMatchObject({ action: "kyc.assign", assignee: "林晓雯", actor: "王丽华" });
  });

  it("marks page views, so the card can keep them behind a toggle, and nothing else", () => {
    const timeline = buildTimeline(submission, [
      event(1, 10, "kyc.open", { actorName: "审计员" }),
      event(2, 11, "kyc.document.view"),
      event(3, 12, "kyc.open", { actorName: "经理" }),
      event(4, 13, "kyc.assign", { after: { assigneeName: "林晓雯" } }),
      event(5, 14, "pii.reveal", { after: { fields: ["idNumber"] } }),
      event(6, 15, "kyc.note"),
      event(7, 20, "kyc.reject", { reason: "ID_EXPIRED" }),
    ]);
    expect(timeline.filter(isPageView).map((e) => (e.kind === "audit" ? e.action : e.kind))).toEqual(["kyc.open", "kyc.document.view", "kyc.open"]);
    expect(timeline.filter((e) => !isPageView(e)).map((e) => (e.kind === "audit" ? e.action : e.kind))).toEqual(["kyc.reject", "kyc.note", "pii.reveal", "kyc.assign", "checks", "submitted"]);
  });

  it("marks a refused attempt", () => {
    const timeline = buildTimeline({ ...submission, status: "PENDING", decidedAt: null }, [event(9, 30, "kyc.approve", { outcome: "FAILURE" })]);
    expect(timeline[0]).toMatchObject({ kind: "audit", failed: true });
  });
});
