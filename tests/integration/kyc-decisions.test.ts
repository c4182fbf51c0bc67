// KYC decisions against the database, each called as the action wrapper runs it (gate, parse, one
// transaction with its audit event) as a chosen staff member: concurrency, four eyes, wallet activation,
// refusals that write nothing, and revealing personal data with an audited reason.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { runAsStaff } from "@/lib/actions/context";
import type { StaffSession } from "@/lib/auth/session";
import type { KycCheckCode, KycCheckResult } from "@/lib/kyc/checks/types";
import { approveKycAction, confirmKycApprovalAction, declineKycApprovalAction, rejectKycAction, requestKycInfoAction } from "@/lib/kyc/review/actions";
import { DECISION_ACTIONS } from "@/lib/kyc/review/decision-state";
import { addKycNoteAction } from "@/lib/notes/actions";
import { getReviewSubmission } from "@/lib/kyc/review/queries";
import { revealPersonalDataAction } from "@/lib/privacy/reveal-actions";
import { TIER_LIMITS } from "@/lib/wallets/limits";
import { demoSession } from "@/tests/support/staff";
import { freshPopulation, testDb } from "@/tests/support/database";

let db: Db;

const officer = demoSession("staff_officer");
const officer2 = demoSession("staff_officer2");
const lead = demoSession("staff_lead");
const lead2: StaffSession = { id: "staff_lead2", name: "何文静", email: "lead2@wallet.bank", roles: ["COMPLIANCE_LEAD"] };
const auditor = demoSession("staff_auditor");

/** Open submissions whose wallet still waits for KYC, handed out one per test so none shares data. */
let open: { id: string; customerId: string }[] = [];
/** An open submission at the given risk, with the given automated check results (by default all passed). */
async function takeOpen(risk: "LOW" | "MEDIUM" | "HIGH", tier?: number, checkResults: KycCheckResult[] = []): Promise<{ id: string; customerId: string }> {
  const next = open.shift();
  if (!next) throw new Error("the population has too few open submissions");
  await db.kycSubmission.update({ where: { id: next.id }, data: { riskLevel: risk, checkResults: checkResults.map(({ code, outcome, detail }) => ({ code, outcome, detail })), ...(tier ? { tierRequested: tier } : {}) } });
  return next;
}
const failed = (...codes: KycCheckCode[]): KycCheckResult[] => codes.map((code) => ({ code, outcome: "fail", detail: "kycChecks.detail.unknown" }));
const version = async (id: string) => (await db.kycSubmission.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const submission = (id: string) =>
  db.kycSubmission.findUniqueOrThrow({
    where: { id },
    select: { status: true, version: true, approvalPending: true, decidedById: true, checkerId: true, reasonCode: true, decisionNote: true, infoRequest: true, overrideCode: true, overrideReason: true },
  });
const wallet = (customerId: string) =>
  db.wallet.findUniqueOrThrow({ where: { customerId }, select: { status: true, tier: true, singleLimitFen: true, dailyLimitFen: true, annualLimitFen: true, activatedAt: true } });
const decisionEvents = (id: string) =>
  db.auditEvent.findMany({ where: { entityType: "KycSubmission", entityId: id, action: { in: [...DECISION_ACTIONS] }, outcome: "SUCCESS" }, orderBy: { id: "asc" } });

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 120, days: 3 });
  await db.staffUser.create({ data: { ...lead2, passwordHash: "not-for-signing-in" } });
  open = await db.kycSubmission.findMany({
    where: { status: { in: ["PENDING", "IN_REVIEW"] }, customer: { wallet: { status: "PENDING_KYC" } } },
    orderBy: { id: "asc" },
    select: { id: true, customerId: true },
  });
  expect(open.length).toBeGreaterThanOrEqual(18);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("two officers approving the same submission at once", () => {
  it("lets exactly one win; the other is told who decided first, and only one decision is recorded", async () => {
    const target = await takeOpen("LOW");
    const seen = await version(target.id);
    const results = await Promise.all([
      runAsStaff(officer, async () => approveKycAction({ submissionId: target.id, version: seen })),
      runAsStaff(officer2, async () => approveKycAction({ submissionId: target.id, version: seen })),
    ]);
    const winners = results.filter((r) => r.ok);
    const losers = results.filter((r) => !r.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const winner = results[0]!.ok ? officer : officer2;
    expect(losers[0]).toMatchObject({ ok: false, error: "conflict" });
    if (!losers[0]!.ok) {
      expect(losers[0]!.message).toContain(winner.name);
      expect(losers[0]!.message).toContain("批准");
    }
    expect(await submission(target.id)).toMatchObject({ status: "APPROVED", decidedById: winner.id, version: seen + 1 });
    const events = await decisionEvents(target.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "kyc.approve", actorId: winner.id });
    expect(await db.auditEvent.count({ where: { action: "wallet.activate", after: { path: ["submissionId"], equals: target.id } } })).toBe(1);
  });
});

describe("approving a low-risk submission", () => {
  it("approves it and, in the same transaction, opens the wallet at the requested tier with that tier's limits", async () => {
    const target = await takeOpen("LOW", 3);
    const result = await runAsStaff(officer, async () => approveKycAction({ submissionId: target.id, version: await version(target.id) }));
    expect(result).toMatchObject({ ok: true, data: { outcome: "approved", status: "APPROVED", wallet: { status: "ACTIVE", tier: 3 } } });
    expect(await submission(target.id)).toMatchObject({ status: "APPROVED", approvalPending: false, decidedById: officer.id });
    const after = await wallet(target.customerId);
    expect(after).toMatchObject({ status: "ACTIVE", tier: 3, singleLimitFen: TIER_LIMITS[3].singleFen, dailyLimitFen: TIER_LIMITS[3].dailyFen, annualLimitFen: TIER_LIMITS[3].annualFen });
    expect(after.activatedAt).toBeInstanceOf(Date);
    expect((await decisionEvents(target.id)).map((e) => e.action)).toEqual(["kyc.approve"]);
  });

  it("refuses while the wallet is frozen, and then neither the submission nor the wallet changes", async () => {
    const target = await takeOpen("LOW");
    await db.wallet.update({ where: { customerId: target.customerId }, data: { status: "FROZEN", frozenAt: new Date() } });
    const before = { submission: await submission(target.id), wallet: await wallet(target.customerId), audit: await db.auditEvent.count() };
    const result = await runAsStaff(officer, async () => approveKycAction({ submissionId: target.id, version: before.submission.version }));
    expect(result).toMatchObject({ ok: false, error: "state" });
    if (!result.ok) expect(result.message).toContain("冻结");
    expect({ submission: await submission(target.id), wallet: await wallet(target.customerId), audit: await db.auditEvent.count() }).toEqual(before);
  });
});

describe("four eyes on a high-risk approval", () => {
  it("an officer's approval only proposes; the wallet waits until a lead confirms", async () => {
    const target = await takeOpen("HIGH");
    const proposed = await runAsStaff(officer, async () => approveKycAction({ submissionId: target.id, version: await version(target.id) }));
    expect(proposed).toMatchObject({ ok: true, data: { outcome: "proposed", status: "IN_REVIEW", approvalPending: true, wallet: null } });
    expect(await submission(target.id)).toMatchObject({ status: "IN_REVIEW", approvalPending: true, decidedById: officer.id, checkerId: null });
    expect((await wallet(target.customerId)).status).toBe("PENDING_KYC");
    expect((await decisionEvents(target.id)).map((e) => e.action)).toEqual(["kyc.approve-proposed"]);

    // Neither another officer's approval nor an officer's confirmation gets past the proposal.
    expect(await runAsStaff(officer2, async () => approveKycAction({ submissionId: target.id, version: proposed.ok ? proposed.data.version : -1 }))).toMatchObject({ ok: false, error: "state" });
    expect(await runAsStaff(officer2, async () => confirmKycApprovalAction({ submissionId: target.id, version: await version(target.id) }))).toMatchObject({ ok: false, error: "forbidden" });
    expect((await wallet(target.customerId)).status).toBe("PENDING_KYC");

    const confirmed = await runAsStaff(lead, async () => confirmKycApprovalAction({ submissionId: target.id, version: await version(target.id) }));
    expect(confirmed).toMatchObject({ ok: true, data: { outcome: "confirmed", status: "APPROVED", wallet: { status: "ACTIVE" } } });
    expect(await submission(target.id)).toMatchObject({ status: "APPROVED", approvalPending: false, decidedById: officer.id, checkerId: lead.id });
    expect((await wallet(target.customerId)).status).toBe("ACTIVE");
    expect((await decisionEvents(target.id)).map((e) => e.action)).toEqual(["kyc.approve-proposed", "kyc.approve-confirm"]);
  });

  it("refuses the maker as checker, and a different lead's confirmation goes through", async () => {
    const target = await takeOpen("HIGH");
    const proposed = await runAsStaff(lead, async () => approveKycAction({ submissionId: target.id, version: await version(target.id) }));
    expect(proposed).toMatchObject({ ok: true, data: { outcome: "proposed" } });
    const audit = await db.auditEvent.count({ where: { outcome: "SUCCESS" } });
    const own = await runAsStaff(lead, async () => confirmKycApprovalAction({ submissionId: target.id, version: await version(target.id) }));
    expect(own).toMatchObject({ ok: false, error: "state" });
    if (!own.ok) expect(own.message).toContain("不能复核自己的提议");
    expect(await runAsStaff(lead, async () => declineKycApprovalAction({ submissionId: target.id, version: await version(target.id), reasonCode: "SUSPECTED_FRAUD" }))).toMatchObject({ ok: false, error: "state" });
    expect(await db.auditEvent.count({ where: { outcome: "SUCCESS" } })).toBe(audit);
    expect(await submission(target.id)).toMatchObject({ status: "IN_REVIEW", approvalPending: true, checkerId: null });
    expect((await wallet(target.customerId)).status).toBe("PENDING_KYC");

    const confirmed = await runAsStaff(lead2, async () => confirmKycApprovalAction({ submissionId: target.id, version: await version(target.id) }));
    expect(confirmed).toMatchObject({ ok: true, data: { outcome: "confirmed" } });
    expect(await submission(target.id)).toMatchObject({ status: "APPROVED", decidedById: lead.id, checkerId: lead2.id });
    expect((await wallet(target.customerId)).status).toBe("ACTIVE");
  });

  it("a lead may decline the proposal: the submission is rejected with the reason, the wallet stays closed", async () => {
    const target = await takeOpen("HIGH");
    await runAsStaff(officer, async () => approveKycAction({ submissionId: target.id, version: await version(target.id) }));
    const declined = await runAsStaff(lead, async () => declineKycApprovalAction({ submissionId: target.id, version: await version(target.id), reasonCode: "WATCHLIST_MATCH", note: "名单命中，不予开户" }));
    expect(declined).toMatchObject({ ok: true, data: { outcome: "declined", status: "REJECTED" } });
    expect(await submission(target.id)).toMatchObject({ status: "REJECTED", approvalPending: false, reasonCode: "WATCHLIST_MATCH", decisionNote: "名单命中，不予开户", checkerId: lead.id });
    expect((await wallet(target.customerId)).status).toBe("PENDING_KYC");
  });
});

describe("the approval policy on failed checks", () => {
  const justification = "客户曾用名张玮，已核对户口簿复印件与公安系统记录一致";
  const unchanged = async (target: { id: string; customerId: string }) => ({ submission: await submission(target.id), wallet: await wallet(target.customerId), audit: await db.auditEvent.count() });

  it("refuses to approve a hard failure (check digit, birth date, duplicate ID: K000004191's case), even with an override reason, writing nothing", async () => {
    const target = await takeOpen("LOW", undefined, failed("ID_CHECK_DIGIT", "BIRTH_DATE_MATCH", "DUPLICATE_ID"));
    const before = await unchanged(target);
    for (const override of [{}, { overrideCode: "OTHER_DOCUMENTED", overrideReason: justification }]) {
      const result = await runAsStaff(officer, async () => approveKycAction({ submissionId: target.id, version: before.submission.version, ...override }));
      expect(result).toMatchObject({ ok: false, error: "state" });
      if (!result.ok) expect(result.message).toContain("不能批准");
    }
    expect(await unchanged(target)).toEqual(before);
    // Rejecting it stays possible.
    expect(await runAsStaff(officer, async () => rejectKycAction({ submissionId: target.id, version: before.submission.version, reasonCode: "ID_NUMBER_INVALID" }))).toMatchObject({ ok: true });
  });

  it.each(["ID_NOT_EXPIRED", "MINIMUM_AGE", "WATCHLIST"] as const)("refuses to approve a failed %s", async (code) => {
    const target = await takeOpen("LOW", undefined, failed(code));
    const result = await runAsStaff(officer, async () => approveKycAction({ submissionId: target.id, version: await version(target.id) }));
    expect(result).toMatchObject({ ok: false, error: "state" });
    expect((await wallet(target.customerId)).status).toBe("PENDING_KYC");
  });

  it("refuses an override without a reason code and a written reason, beside each field, writing nothing", async () => {
    const target = await takeOpen("LOW", undefined, failed("NAME_MATCH"));
    const before = await unchanged(target);
    const bare = await runAsStaff(officer, async () => approveKycAction({ submissionId: target.id, version: before.submission.version }));
    expect(bare).toMatchObject({ ok: false, error: "invalid", fieldErrors: { overrideCode: "请选择例外理由。", overrideReason: "请写明核实依据，至少 15 个字。" } });
    const short = await runAsStaff(officer, async () => approveKycAction({ submissionId: target.id, version: before.submission.version, overrideCode: "NAME_VARIANT_VERIFIED", overrideReason: "已核实" }));
    expect(short).toMatchObject({ ok: false, error: "invalid" });
    if (!short.ok) expect(short.fieldErrors).toEqual({ overrideReason: "请写明核实依据，至少 15 个字。" });
    expect(await unchanged(target)).toEqual(before);
  });

  it("sends a low-risk override to a lead with its code and reason stored and audited; the maker cannot confirm it, another lead can", async () => {
    const target = await takeOpen("LOW", undefined, failed("NAME_MATCH", "CARD_HOLDER_MATCH"));
    const proposed = await runAsStaff(lead, async () =>
      approveKycAction({ submissionId: target.id, version: await version(target.id), overrideCode: "NAME_VARIANT_VERIFIED", overrideReason: `  ${justification} ` }),
    );
    expect(proposed).toMatchObject({ ok: true, data: { outcome: "proposed", status: "IN_REVIEW", approvalPending: true, wallet: null } });
    expect(await submission(target.id)).toMatchObject({ status: "IN_REVIEW", approvalPending: true, decidedById: lead.id, overrideCode: "NAME_VARIANT_VERIFIED", overrideReason: justification });
    expect((await wallet(target.customerId)).status).toBe("PENDING_KYC");
    const [event] = await decisionEvents(target.id);
    expect(event).toMatchObject({
      action: "kyc.approve-proposed",
      actorId: lead.id,
      reason: justification,
      after: { overrideCode: "NAME_VARIANT_VERIFIED", overrideReason: justification, failedChecks: ["NAME_MATCH", "CARD_HOLDER_MATCH"] },
    });
    const shown = await getReviewSubmission(target.id);
    expect(shown).toMatchObject({ overrideCode: "NAME_VARIANT_VERIFIED", overrideReason: justification });

    const own = await runAsStaff(lead, async () => confirmKycApprovalAction({ submissionId: target.id, version: await version(target.id) }));
    expect(own).toMatchObject({ ok: false, error: "state" });
    expect((await wallet(target.customerId)).status).toBe("PENDING_KYC");

    const confirmed = await runAsStaff(lead2, async () => confirmKycApprovalAction({ submissionId: target.id, version: await version(target.id) }));
    expect(confirmed).toMatchObject({ ok: true, data: { outcome: "confirmed", status: "APPROVED", wallet: { status: "ACTIVE" } } });
    expect(await submission(target.id)).toMatchObject({ status: "APPROVED", decidedById: lead.id, checkerId: lead2.id, overrideCode: "NAME_VARIANT_VERIFIED" });
  });

  it("never lets a lead confirm a proposal on a blocked submission (one proposed before the policy)", async () => {
    const target = await takeOpen("HIGH", undefined, failed("WATCHLIST"));
    await db.kycSubmission.update({ where: { id: target.id }, data: { status: "IN_REVIEW", approvalPending: true, decidedById: officer.id, decidedAt: new Date() } });
    const result = await runAsStaff(lead, async () => confirmKycApprovalAction({ submissionId: target.id, version: await version(target.id) }));
    expect(result).toMatchObject({ ok: false, error: "state" });
    expect((await wallet(target.customerId)).status).toBe("PENDING_KYC");
    // Declining it is how the lead ends it.
    expect(await runAsStaff(lead, async () => declineKycApprovalAction({ submissionId: target.id, version: await version(target.id), reasonCode: "WATCHLIST_MATCH" }))).toMatchObject({ ok: true });
  });
});

describe("rejecting and asking for more information", () => {
  it("refuses a rejection without a reason code beside that field, writing nothing", async () => {
    const target = await takeOpen("MEDIUM");
    const before = { submission: await submission(target.id), audit: await db.auditEvent.count() };
    const result = await runAsStaff(officer, async () => rejectKycAction({ submissionId: target.id, version: before.submission.version, note: "证件照片模糊" }));
    expect(result).toMatchObject({ ok: false, error: "invalid", fieldErrors: { reasonCode: "此项为必填。" } });
    expect({ submission: await submission(target.id), audit: await db.auditEvent.count() }).toEqual(before);

    const rejected = await runAsStaff(officer, async () => rejectKycAction({ submissionId: target.id, version: before.submission.version, reasonCode: "DOCUMENT_UNREADABLE", note: "证件照片模糊" }));
    expect(rejected).toMatchObject({ ok: true, data: { outcome: "rejected" } });
    expect(await submission(target.id)).toMatchObject({ status: "REJECTED", reasonCode: "DOCUMENT_UNREADABLE", decisionNote: "证件照片模糊", decidedById: officer.id });
    const [event] = await decisionEvents(target.id);
    expect(event).toMatchObject({ action: "kyc.reject", reason: "DOCUMENT_UNREADABLE", actorId: officer.id });
    // A decided submission cannot be decided again.
    expect(await runAsStaff(officer2, async () => approveKycAction({ submissionId: target.id, version: before.submission.version + 1 }))).toMatchObject({ ok: false, error: "state" });
  });

  it("moves the submission to NEEDS_INFO with the request saved; approving it then is a clear wrong-state error", async () => {
    const target = await takeOpen("LOW");
    const refused = await runAsStaff(officer, async () => requestKycInfoAction({ submissionId: target.id, version: await version(target.id), documents: [], message: "" }));
    expect(refused).toMatchObject({ ok: false, error: "invalid", fieldErrors: { documents: expect.any(String), message: expect.any(String) } });

    const message = "自拍照反光，请在光线充足处重新拍摄。";
    const result = await runAsStaff(officer, async () => requestKycInfoAction({ submissionId: target.id, version: await version(target.id), documents: ["SELFIE", "ID_BACK", "SELFIE"], message }));
    expect(result).toMatchObject({ ok: true, data: { outcome: "needsInfo", status: "NEEDS_INFO" } });
    expect(await submission(target.id)).toMatchObject({ status: "NEEDS_INFO", infoRequest: { documents: ["ID_BACK", "SELFIE"], message } });

    const approve = await runAsStaff(officer2, async () => approveKycAction({ submissionId: target.id, version: await version(target.id) }));
    expect(approve).toMatchObject({ ok: false, error: "state" });
    if (!approve.ok) expect(approve.message).toContain("补充材料");
    expect((await wallet(target.customerId)).status).toBe("PENDING_KYC");
  });

  it("names who decided first when the reviewer's version is stale", async () => {
    const target = await takeOpen("LOW");
    const seen = await version(target.id);
    await runAsStaff(officer2, async () => rejectKycAction({ submissionId: target.id, version: seen, reasonCode: "SELFIE_MISMATCH" }));
    const late = await runAsStaff(officer, async () => requestKycInfoAction({ submissionId: target.id, version: seen, documents: ["SELFIE"], message: "请重新拍摄自拍" }));
    expect(late).toMatchObject({ ok: false, error: "conflict" });
    if (!late.ok) expect(late.message).toContain(`${officer2.name} 已于`);
    expect(late.ok || late.message.includes("拒绝")).toBe(true);
  });
});

describe("personal data and notes", () => {
  it("shows the workspace masked, and a reveal with a reason returns the whole ID number and is audited", async () => {
    const target = await takeOpen("LOW");
    const customer = await db.customer.findUniqueOrThrow({ where: { id: target.customerId }, select: { idNumber: true, phone: true } });
    const shown = await getReviewSubmission(target.id);
    // `links` holds the raw values for the linked-records search and never reaches a client component.
    const visible = { ...shown!, links: undefined };
    const text = JSON.stringify(visible, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
    expect(text).not.toContain(customer.idNumber);
    expect(text).not.toContain(customer.phone);
    expect(visible.customer.idNumberMasked).toBe(`${customer.idNumber.slice(0, 6)}********${customer.idNumber.slice(-4)}`);

    const tooShort = await runAsStaff(officer, async () => revealPersonalDataAction({ entityType: "KycSubmission", entityId: target.id, fields: ["idNumber"], reason: "看看" }));
    expect(tooShort).toMatchObject({ ok: false, error: "invalid", fieldErrors: { reason: expect.any(String) } });
    expect(await runAsStaff(auditor, async () => revealPersonalDataAction({ entityType: "KycSubmission", entityId: target.id, fields: ["idNumber"], reason: "核对证件号码与照片" }))).toMatchObject({ ok: false, error: "forbidden" });
    expect(await db.auditEvent.count({ where: { action: "pii.reveal", entityId: target.id, outcome: "SUCCESS" } })).toBe(0);

    const reason = "核对证件号码与证件照片是否一致";
    const revealed = await runAsStaff(officer, async () => revealPersonalDataAction({ entityType: "KycSubmission", entityId: target.id, fields: ["idNumber", "phone"], reason }));
    expect(revealed.ok).toBe(true);
    if (!revealed.ok) return;
    expect(revealed.data.customer).toEqual({ idNumber: customer.idNumber, phone: customer.phone });
    expect(revealed.data.entered?.idNumber).toMatch(/^\d{17}[\dX]$/);
    expect(revealed.data.entered?.address).toBeUndefined();
    const events = await db.auditEvent.findMany({ where: { action: "pii.reveal", entityType: "KycSubmission", entityId: target.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: officer.id, reason, outcome: "SUCCESS", after: { fields: ["idNumber", "phone"] } });
    expect(JSON.stringify(events[0]!.after)).not.toContain(customer.idNumber);
  });

  it("adds an internal note with its audit event; a note does not change the submission's version", async () => {
    const target = await takeOpen("LOW");
    const before = await version(target.id);
    const result = await runAsStaff(officer, async () => addKycNoteAction({ submissionId: target.id, body: "  已电话联系客户核实住址。 " }));
    expect(result.ok).toBe(true);
    const notes = await db.kycNote.findMany({ where: { submissionId: target.id }, select: { body: true, authorId: true } });
    expect(notes).toEqual([{ body: "已电话联系客户核实住址。", authorId: officer.id }]);
    expect(await db.auditEvent.count({ where: { action: "kyc.note", entityId: target.id, actorId: officer.id } })).toBe(1);
    expect(await version(target.id)).toBe(before);
    expect(await runAsStaff(auditor, async () => addKycNoteAction({ submissionId: target.id, body: "审计员不能写备注" }))).toMatchObject({ ok: false, error: "forbidden" });
  });
});

describe("the document image route", () => {
  const get = async (staff: StaffSession | null, id: string) => {
    const { GET } = await import("@/app/api/kyc/documents/[id]/route");
    return runAsStaff(staff, () => GET(new Request(`http://localhost/api/kyc/documents/${id}`), { params: Promise.resolve({ id }) }));
  };

  it("serves a stored scan as an uncached SVG to kyc:view, and nothing to anyone else", async () => {
    const [document] = await db.kycDocument.findMany({ where: { kind: "ID_FRONT" }, take: 1, select: { id: true } });
    const response = await get(auditor, document!.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await response.text()).toMatch(/^<svg[\s\S]*<\/svg>$/);

    expect((await get(auditor, "K999999991-ID_FRONT")).status).toBe(404);
    expect((await get(demoSession("staff_marketing"), document!.id)).status).toBe(403);
    expect((await get(demoSession("staff_admin"), document!.id)).status).toBe(403);
    expect((await get(null, document!.id)).status).toBe(401);
  });
});
