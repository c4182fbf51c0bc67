// The report review workflow against the database, through the action wrappers as chosen staff members:
// four eyes (neither the drafter nor the submitter approves), return -> resubmit -> approve, a stale version
// is a conflict naming who changed the report first, the regulator's acknowledgement and rejection (which
// drafts the corrected resubmission pointing at the original, in the same transaction), an incomplete STR
// refused at submit naming what is missing, and the auditor refused every step with nothing written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { runAsStaff } from "@/lib/actions/context";
import type { ActionResult } from "@/lib/actions/result";
import type { StaffSession } from "@/lib/auth/session";
import { REPORT_AUDIT, REPORT_ENTITY } from "@/lib/reports/fields";
import {
  addReportCommentAction, approveReportAction, recordRegulatorResponseAction, returnReportAction, submitReportAction,
} from "@/lib/reports/workflow/actions";
import { getReportHistory, getReviewState } from "@/lib/reports/workflow/queries";
import { dateOnly, shanghaiDay } from "@/lib/time";
import { demoSession } from "@/tests/support/staff";
import { freshPopulation, testDb } from "@/tests/support/database";

let db: Db;
const officer = demoSession("staff_officer");
const lead = demoSession("staff_lead");
const auditor = demoSession("staff_auditor");
const lead2: StaffSession = { id: "staff_lead2", name: "郭振华", email: "lead2@wallet.bank", roles: ["COMPLIANCE_LEAD"] };

const as = <T>(staff: StaffSession, fn: () => Promise<T>) => runAsStaff(staff, fn);

async function ok<T>(result: Promise<ActionResult<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`${r.error}: ${r.message}`);
  return r.data;
}

async function refused<T>(result: Promise<ActionResult<T>>) {
  const r = await result;
  if (r.ok) throw new Error("expected a refusal");
  return r;
}

let customerId: string;
let transactionIds: bigint[];
let sequence = 9000;

const completeStr = {
  trigger: "INTERNAL_CASE",
  crimeType: "TELECOM_FRAUD",
  characteristicCodes: ["RAPID_IN_OUT"],
  narrativeFacts: "客户在两日内收到多笔小额转入后集中转出。",
  narrativeAnalysis: "资金快进快出，与客户身份及日常交易不符。",
};

/** A report as the detector or an STR drafter would leave it, with two transactions. */
async function makeReport(kind: "LARGE_VALUE" | "SUSPICIOUS", data: Record<string, unknown> = {}) {
  sequence += 1;
  const prefix = kind === "LARGE_VALUE" ? "LVR" : "STR";
  const report = await db.regulatoryReport.create({
    data: {
      reference: `${prefix}-20261101-${sequence}`,
      kind,
      customerId,
      ruleSetVersion: 1,
      basisDay: dateOnly("2026-11-02"),
      dueDay: dateOnly("2026-11-09"),
      totalFen: 6_000_000n,
      transactionCount: 2,
      ...(kind === "LARGE_VALUE" ? { thresholdCode: "NATURAL_DOMESTIC_TRANSFER", direction: "OUT" } : completeStr),
      ...data,
    },
    select: { id: true, version: true },
  });
  await db.regulatoryReportTransaction.createMany({ data: transactionIds.map((transactionId) => ({ reportId: report.id, transactionId })) });
  return report;
}

const row = (id: string) => db.regulatoryReport.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, submittedById: true, reviewedById: true, regulatorNote: true, respondedAt: true } });
const audits = (id: string, action?: string) => db.auditEvent.findMany({ where: { entityType: REPORT_ENTITY, entityId: id, ...(action ? { action } : {}) }, orderBy: { id: "asc" } });

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 20, days: 3 });
  await db.staffUser.create({ data: { ...lead2, passwordHash: "not-for-signing-in" } });
  const transaction = await db.transaction.findFirstOrThrow({ select: { wallet: { select: { customerId: true, id: true } } } });
  customerId = transaction.wallet.customerId;
  const own = await db.transaction.findMany({ where: { walletId: transaction.wallet.id }, select: { id: true }, take: 2, orderBy: { id: "asc" } });
  transactionIds = own.map((t) => t.id);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("four eyes", () => {
  it("refuses an STR's drafter, and approves by another lead", async () => {
    const report = await makeReport("SUSPICIOUS", { draftedById: lead.id });
    const submitted = await ok(as(lead, () => submitReportAction({ reportId: report.id, version: report.version })));
    expect(submitted).toMatchObject({ status: "SUBMITTED_FOR_REVIEW", version: 1 });
    const refusal = await refused(as(lead, () => approveReportAction({ reportId: report.id, version: 1 })));
    expect(refusal.error).toBe("state");
    expect(refusal.message).toContain("您起草或提交了此报告，需由另一位合规主管审批");
    expect((await refused(as(lead, () => returnReportAction({ reportId: report.id, version: 1, comment: "请补充" })))).error).toBe("state");
    expect(await row(report.id)).toMatchObject({ status: "SUBMITTED_FOR_REVIEW", version: 1 });

    const approved = await ok(as(lead2, () => approveReportAction({ reportId: report.id, version: 1 })));
    expect(approved).toMatchObject({ status: "APPROVED", version: 2 });
    expect(await row(report.id)).toMatchObject({ status: "APPROVED", reviewedById: lead2.id, submittedById: lead.id });
    const [event] = await audits(report.id, REPORT_AUDIT.approve);
    expect(event).toMatchObject({ actorId: lead2.id, before: { status: "SUBMITTED_FOR_REVIEW", version: 1 }, after: { status: "APPROVED", version: 2 } });
  });

  it("refuses the submitter of a detector's draft (no drafter: the submitter is the maker)", async () => {
    const report = await makeReport("LARGE_VALUE");
    await ok(as(lead, () => submitReportAction({ reportId: report.id, version: 0 })));
    expect((await refused(as(lead, () => approveReportAction({ reportId: report.id, version: 1 })))).message).toContain("另一位合规主管");
    await ok(as(lead2, () => approveReportAction({ reportId: report.id, version: 1 })));
  });

  it("an officer cannot approve at all", async () => {
    const report = await makeReport("LARGE_VALUE");
    await ok(as(officer, () => submitReportAction({ reportId: report.id, version: 0 })));
    expect((await refused(as(officer, () => approveReportAction({ reportId: report.id, version: 1 })))).error).toBe("forbidden");
  });
});

describe("return, resubmit, approve", () => {
  it("returns with a comment into the thread, then the resubmission is approved by another lead", async () => {
    const report = await makeReport("LARGE_VALUE");
    await ok(as(officer, () => submitReportAction({ reportId: report.id, version: 0 })));

    const noComment = await refused(as(lead, () => returnReportAction({ reportId: report.id, version: 1, comment: " " })));
    expect(noComment.error).toBe("invalid");
    expect(noComment.fieldErrors?.comment).toBeTruthy();

    const returned = await ok(as(lead, () => returnReportAction({ reportId: report.id, version: 1, comment: "交易对手信息不全，请核实。" })));
    expect(returned).toMatchObject({ status: "RETURNED", version: 2 });
    const comments = await db.regulatoryReportComment.findMany({ where: { reportId: report.id } });
    expect(comments).toMatchObject([{ kind: "RETURN", authorId: lead.id, body: "交易对手信息不全，请核实。" }]);
    const [returnEvent] = await audits(report.id, REPORT_AUDIT.return);
    expect(returnEvent).toMatchObject({ reason: "交易对手信息不全，请核实。", before: { status: "SUBMITTED_FOR_REVIEW" }, after: { status: "RETURNED" } });

    await ok(as(officer, () => submitReportAction({ reportId: report.id, version: 2 })));
    const approved = await ok(as(lead2, () => approveReportAction({ reportId: report.id, version: 3 })));
    expect(approved).toMatchObject({ status: "APPROVED", version: 4 });

    await ok(as(officer, () => addReportCommentAction({ reportId: report.id, body: "已核实交易对手。" })));
    expect(await row(report.id)).toMatchObject({ status: "APPROVED", version: 4 });
    expect(await db.regulatoryReportComment.count({ where: { reportId: report.id, kind: "COMMENT" } })).toBe(1);

    // What the panel and the history read.
    const state = await getReviewState(report.id);
    expect(state!.comments.map((c) => [c.kind, c.author?.name])).toEqual([["RETURN", lead.name], ["COMMENT", officer.name]]);
    const history = await getReportHistory(report.id);
    expect(history.map((e) => [e.action, e.actorName, e.fromStatus, e.toStatus])).toEqual([
      [REPORT_AUDIT.submit, officer.name, "DRAFT", "SUBMITTED_FOR_REVIEW"],
      [REPORT_AUDIT.return, lead.name, "SUBMITTED_FOR_REVIEW", "RETURNED"],
      [REPORT_AUDIT.submit, officer.name, "RETURNED", "SUBMITTED_FOR_REVIEW"],
      [REPORT_AUDIT.approve, lead2.name, "SUBMITTED_FOR_REVIEW", "APPROVED"],
      [REPORT_AUDIT.comment, officer.name, null, null],
    ]);
    expect(history[1]!.reason).toBe("交易对手信息不全，请核实。");
  });
});

describe("optimistic concurrency", () => {
  it("a stale version is a conflict naming who changed the report first", async () => {
    const report = await makeReport("LARGE_VALUE");
    await ok(as(officer, () => submitReportAction({ reportId: report.id, version: 0 })));
    const stale = await refused(as(officer, () => submitReportAction({ reportId: report.id, version: 0 })));
    expect(stale.error).toBe("conflict");
    expect(stale.message).toContain(officer.name);
    expect(stale.message).toContain("提交");
    await ok(as(lead, () => approveReportAction({ reportId: report.id, version: 1 })));
    const late = await refused(as(lead2, () => returnReportAction({ reportId: report.id, version: 1, comment: "请补充说明。" })));
    expect(late.error).toBe("conflict");
    expect(late.message).toContain(lead.name);
    expect(late.message).toContain("审批通过");
    expect(await row(report.id)).toMatchObject({ status: "APPROVED", version: 2 });
  });
});

describe("the regulator's answer", () => {
  /** Export is helper "export"'s createExport; here the row is put where it leaves it. */
  async function exported(kind: "LARGE_VALUE" | "SUSPICIOUS", data: Record<string, unknown> = {}) {
    const report = await makeReport(kind, data);
    await db.regulatoryReport.update({ where: { id: report.id }, data: { status: "EXPORTED", exportedAt: new Date(), version: 3 } });
    return { id: report.id, version: 3 };
  }

  it("refuses an answer before the report was filed", async () => {
    const report = await makeReport("LARGE_VALUE");
    expect((await refused(as(officer, () => recordRegulatorResponseAction({ reportId: report.id, version: 0, outcome: "ACKNOWLEDGED" })))).error).toBe("state");
  });

  it("records the acknowledgement and closes the report", async () => {
    const report = await exported("LARGE_VALUE");
    const done = await ok(as(officer, () => recordRegulatorResponseAction({ reportId: report.id, version: 3, outcome: "ACKNOWLEDGED" })));
    expect(done).toMatchObject({ status: "ACKNOWLEDGED", version: 4 });
    expect((await row(report.id)).respondedAt).not.toBeNull();
    expect(await audits(report.id, REPORT_AUDIT.acknowledge)).toHaveLength(1);
    expect((await refused(as(officer, () => recordRegulatorResponseAction({ reportId: report.id, version: 4, outcome: "REJECTED", note: "补正" })))).error).toBe("state");
  });

  it("a rejection needs the correction note and then drafts the corrected resubmission", async () => {
    const report = await exported("SUSPICIOUS", { draftedById: officer.id, urgent: true });
    const noNote = await refused(as(officer, () => recordRegulatorResponseAction({ reportId: report.id, version: 3, outcome: "REJECTED" })));
    expect(noNote.error).toBe("invalid");
    expect(noNote.fieldErrors?.note).toBeTruthy();

    const note = "可疑交易特征代码与疑点分析不一致，请更正后重报。";
    const rejected = await ok(as(lead, () => recordRegulatorResponseAction({ reportId: report.id, version: 3, outcome: "REJECTED", note })));
    expect(rejected).toMatchObject({ status: "REJECTED_BY_REGULATOR", version: 4 });
    expect(await row(report.id)).toMatchObject({ status: "REJECTED_BY_REGULATOR", regulatorNote: note });
    expect(await db.regulatoryReportComment.findMany({ where: { reportId: report.id } })).toMatchObject([{ kind: "REGULATOR_REJECTION", body: note, authorId: lead.id }]);

    const correction = await db.regulatoryReport.findUniqueOrThrow({ where: { id: rejected.correctionId! }, include: { transactions: true } });
    const today = shanghaiDay(new Date());
    expect(correction).toMatchObject({
      kind: "SUSPICIOUS",
      status: "DRAFT",
      customerId,
      correctsReportId: report.id,
      regulatorNote: note,
      draftedById: lead.id,
      version: 0,
      urgent: true,
      ...completeStr,
    });
    expect(correction.reference).toBe(rejected.correctionReference);
    expect(correction.reference.startsWith(`STR-${today.replaceAll("-", "")}-`)).toBe(true);
    expect(correction.dueDay.getTime()).toBeGreaterThan(dateOnly(today).getTime());
    expect(correction.transactions.map((t) => t.transactionId).sort()).toEqual([...transactionIds].sort());
    const [opened] = await audits(correction.id, REPORT_AUDIT.openCorrection);
    expect(opened).toMatchObject({ actorId: lead.id, after: { correctsReportId: report.id, status: "DRAFT" }, reason: note });
    expect(await audits(report.id, REPORT_AUDIT.regulatorReject)).toMatchObject([{ after: { correctionId: correction.id } }]);
  });
});

describe("completeness", () => {
  it("an incomplete STR is refused at submit, naming what is missing, and nothing is written", async () => {
    const report = await makeReport("SUSPICIOUS", { draftedById: officer.id, characteristicCodes: [], narrativeAnalysis: null, trigger: null });
    const refusal = await refused(as(officer, () => submitReportAction({ reportId: report.id, version: 0 })));
    expect(refusal.error).toBe("state");
    expect(Object.keys(refusal.fieldErrors ?? {})).toEqual(["trigger", "characteristicCodes", "narrativeAnalysis"]);
    expect(refusal.fieldErrors?.narrativeAnalysis).toBe("疑点分析");
    expect(await row(report.id)).toMatchObject({ status: "DRAFT", version: 0, submittedById: null });
    expect(await audits(report.id)).toHaveLength(0);
  });

  it("a report without transactions is refused", async () => {
    const report = await makeReport("LARGE_VALUE");
    await db.$executeRaw`DELETE FROM regulatory_report_transaction WHERE report_id = ${report.id}`;
    const refusal = await refused(as(officer, () => submitReportAction({ reportId: report.id, version: 0 })));
    expect(Object.keys(refusal.fieldErrors ?? {})).toEqual(["transactions"]);
  });
});

describe("the auditor", () => {
  it("is refused every step and nothing changes", async () => {
    const draft = await makeReport("SUSPICIOUS", { draftedById: officer.id });
    const submitted = await makeReport("LARGE_VALUE", { status: "SUBMITTED_FOR_REVIEW", submittedById: officer.id });
    const filed = await makeReport("LARGE_VALUE", { status: "EXPORTED" });
    const attempts: (() => Promise<ActionResult<unknown>>)[] = [
      () => submitReportAction({ reportId: draft.id, version: 0 }),
      () => approveReportAction({ reportId: submitted.id, version: 0 }),
      () => returnReportAction({ reportId: submitted.id, version: 0, comment: "请补充说明。" }),
      () => addReportCommentAction({ reportId: draft.id, body: "看过了。" }),
      () => recordRegulatorResponseAction({ reportId: filed.id, version: 0, outcome: "ACKNOWLEDGED" }),
      () => recordRegulatorResponseAction({ reportId: filed.id, version: 0, outcome: "REJECTED", note: "请更正。" }),
    ];
    for (const attempt of attempts) expect((await refused(as(auditor, attempt))).error).toBe("forbidden");
    expect(await row(draft.id)).toMatchObject({ status: "DRAFT", version: 0 });
    expect(await row(submitted.id)).toMatchObject({ status: "SUBMITTED_FOR_REVIEW", version: 0 });
    expect(await row(filed.id)).toMatchObject({ status: "EXPORTED", version: 0 });
    expect(await db.regulatoryReportComment.count({ where: { reportId: { in: [draft.id, submitted.id, filed.id] } } })).toBe(0);
    expect(await db.regulatoryReport.count({ where: { correctsReportId: filed.id } })).toBe(0);
  });
});
