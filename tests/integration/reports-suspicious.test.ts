// Suspicious-transaction reports drafted from fraud cases and alerts, against the database, each action
// called as the wrapper runs it: the draft is pre-filled from the case (fields, narrative, transactions,
// deadline), a second STR for the same case is refused naming the first, an edit on a stale version is a
// conflict naming who saved first, and a case closes only with an STR or a recorded exclusion reason.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAsStaff } from "@/lib/actions/context";
import type { Db } from "@/lib/db/client";
import { confirmFraudAction, openCaseAction, resolveCaseAction } from "@/lib/fraud/cases/actions";
import { dueDayFor } from "@/lib/reports/calendar/deadline";
import { openSuspiciousReportAction, saveSuspiciousDraftAction } from "@/lib/reports/suspicious/actions";
import { formatDateOnly, shanghaiDay } from "@/lib/time";
import { demoSession } from "@/tests/support/staff";
import { freshPopulation, testDb } from "@/tests/support/database";

let db: Db;
const officer = demoSession("staff_officer");
const officer2 = demoSession("staff_officer2");

let rule: { id: string; versionId: string };
let wallets: { id: string; customerId: string }[] = [];
const takeWallet = () => {
  const next = wallets.shift();
  if (!next) throw new Error("the population has too few active wallets with transactions");
  return next;
};

/** An OPEN alert on one of the wallet's transactions whose evidence is it and the two before it, as the worker writes it. */
async function makeAlert(wallet: { id: string; customerId: string }, skip = 0) {
  const txs = await db.transaction.findMany({ where: { walletId: wallet.id }, orderBy: { id: "desc" }, skip, take: 3, select: { id: true, amountFen: true } });
  const tx = txs[0]!;
  return db.fraudAlert.create({
    data: {
      id: `fa_str_${tx.id}`,
      ruleId: rule.id,
      ruleVersionId: rule.versionId,
      transactionId: tx.id,
      customerId: wallet.customerId,
      walletId: wallet.id,
      amountFen: tx.amountFen,
      score: 80,
      severity: "HIGH",
      explanation: { "zh-CN": "资金转入后 30 分钟内转出 98%", en: "98% moved out within 30 minutes" },
      evidence: { transactionIds: txs.map((t) => t.id.toString()), facts: {} },
      characteristic: "RAPID_IN_OUT",
    },
    select: { id: true, version: true, evidence: true },
  });
}

const message = (r: { ok: boolean; message?: string }) => ("message" in r ? (r.message ?? "") : "");
const reportOf = (id: string) => db.regulatoryReport.findUniqueOrThrow({ where: { id }, include: { transactions: { select: { transactionId: true } } } });
const events = (entityType: string, entityId: string) =>
  db.auditEvent.findMany({ where: { entityType, entityId, outcome: "SUCCESS" }, orderBy: { id: "asc" }, select: { action: true, actorId: true, before: true, after: true, reason: true } });

async function caseWithAlerts() {
  const wallet = takeWallet();
  const a = await makeAlert(wallet, 0);
  const b = await makeAlert(wallet, 3);
  const opened = await runAsStaff(officer, () => openCaseAction({ alertId: a.id, title: "疑似快进快出" }));
  if (!opened.ok) throw new Error(message(opened));
  return { wallet, caseId: opened.data.caseId, alerts: [a, b] };
}

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 120, days: 5 });
  await db.fraudAlert.deleteMany({});
  const version = await db.fraudRuleVersion.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true, ruleId: true } });
  rule = { id: version.ruleId, versionId: version.id };
  const active = await db.wallet.findMany({ where: { status: "ACTIVE", transactions: { some: {} } }, orderBy: { id: "asc" }, select: { id: true, customerId: true, _count: { select: { transactions: true } } } });
  // Two alerts of three evidence transactions each, and one more to add: at least seven transactions.
  wallets = active.filter((w) => w._count.transactions >= 8).map(({ id, customerId }) => ({ id, customerId }));
  expect(wallets.length).toBeGreaterThanOrEqual(6);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("opening an STR from a case", () => {
  it("pre-drafts the report from the case: fields, narrative, the alerts' transactions and the deadline", async () => {
    const { wallet, caseId, alerts } = await caseWithAlerts();
    const opened = await runAsStaff(officer, () => openSuspiciousReportAction({ caseId }));
    expect(opened).toMatchObject({ ok: true, data: { reference: expect.stringMatching(/^STR-\d{8}-\d{4}$/) } });
    if (!opened.ok) return;
    const report = await reportOf(opened.data.reportId);
    const evidence = [...new Set(alerts.flatMap((a) => (a.evidence as { transactionIds: string[] }).transactionIds))].sort();
    const picked = await db.transaction.findMany({ where: { id: { in: evidence.map(BigInt) } }, select: { amountFen: true } });
    const customer = await db.customer.findUniqueOrThrow({ where: { id: wallet.customerId }, select: { name: true } });
    const today = shanghaiDay(new Date());

    expect(report).toMatchObject({
      kind: "SUSPICIOUS",
      status: "DRAFT",
      customerId: wallet.customerId,
      caseId,
      trigger: "MODEL_SCREENING",
      crimeType: "TELECOM_FRAUD",
      characteristicCodes: ["RAPID_IN_OUT"],
      urgent: false,
      draftedById: officer.id,
      transactionCount: evidence.length,
      totalFen: picked.reduce((sum, t) => sum + t.amountFen, 0n),
      version: 0,
    });
    expect(report.transactions.map((t) => t.transactionId.toString()).sort()).toEqual(evidence);
    expect(report.narrativeFacts).toContain(`客户${customer.name}`);
    expect(report.narrativeFacts).toContain("通过本行钱包账户");
    expect(report.narrativeAnalysis).toContain("（共触发2次）");
    expect(report.narrativeAnalysis).toContain("资金转入后 30 分钟内转出 98%");
    expect(report.narrativeAnalysis).toContain("“资金快进快出，不留余额或少留余额”");
    expect(report.narrativeAnalysis).toContain("涉嫌电信网络诈骗");
    // The case is still open: the suspicion counts from the day the draft was opened.
    expect(formatDateOnly(report.basisDay)).toBe(today);
    expect(formatDateOnly(report.dueDay)).toBe(await dueDayFor(db, today));
    expect(formatDateOnly(report.dueDay) > today).toBe(true);
    expect((await events("RegulatoryReport", report.id)).map((e) => e.action)).toEqual(["report.open-str"]);
  });

  it("refuses a second STR for the same case, from the case or one of its alerts, naming the first", async () => {
    const { caseId, alerts } = await caseWithAlerts();
    const first = await runAsStaff(officer, () => openSuspiciousReportAction({ caseId }));
    if (!first.ok) throw new Error(message(first));
    const again = await runAsStaff(officer2, () => openSuspiciousReportAction({ caseId }));
    expect(again).toMatchObject({ ok: false, error: "conflict" });
    expect(message(again)).toContain(first.data.reference);
    expect(message(again)).toContain(officer.name);
    const viaAlert = await runAsStaff(officer2, () => openSuspiciousReportAction({ alertId: alerts[1]!.id }));
    expect(viaAlert).toMatchObject({ ok: false, error: "conflict" });
    expect(await db.regulatoryReport.count({ where: { caseId } })).toBe(1);
  });

  it("from a confirmed alert in no case, counts the deadline from the day it was confirmed", async () => {
    const wallet = takeWallet();
    const alert = await makeAlert(wallet);
    expect(await runAsStaff(officer, () => confirmFraudAction({ alertId: alert.id, version: alert.version, note: "客户报案称账户被盗" }))).toMatchObject({ ok: true });
    const resolvedAt = (await db.fraudAlert.findUniqueOrThrow({ where: { id: alert.id }, select: { resolvedAt: true } })).resolvedAt!;
    const opened = await runAsStaff(officer, () => openSuspiciousReportAction({ alertId: alert.id }));
    if (!opened.ok) throw new Error(message(opened));
    const report = await reportOf(opened.data.reportId);
    expect(report).toMatchObject({ alertId: alert.id, caseId: null });
    expect(formatDateOnly(report.basisDay)).toBe(shanghaiDay(resolvedAt));
  });
});

describe("editing an STR draft", () => {
  it("saves the officer's changes with totals recomputed, and refuses a stale version naming who saved first", async () => {
    const { caseId, wallet } = await caseWithAlerts();
    const opened = await runAsStaff(officer, () => openSuspiciousReportAction({ caseId }));
    if (!opened.ok) throw new Error(message(opened));
    const reportId = opened.data.reportId;
    const before = await reportOf(reportId);
    const [keep, drop] = before.transactions.map((t) => t.transactionId.toString());
    const extra = await db.transaction.findFirstOrThrow({ where: { walletId: wallet.id, id: { notIn: before.transactions.map((t) => t.transactionId) } }, select: { id: true } });
    const edit = {
      reportId,
      trigger: "STAFF_DISCOVERY",
      crimeType: "FINANCIAL_FRAUD",
      characteristicCodes: ["RAPID_IN_OUT", "ABNORMAL_ACCESS"],
      narrativeFacts: before.narrativeFacts!,
      narrativeAnalysis: "经核查，客户账户资金快进快出，且登录设备与常用设备不符，疑似账户被他人控制用于转移诈骗资金。",
      urgent: true,
      transactionIds: [keep!, extra.id.toString()],
    };

    const saved = await runAsStaff(officer2, () => saveSuspiciousDraftAction({ ...edit, version: 0 }));
    expect(saved).toMatchObject({ ok: true, data: { version: 1 } });
    const after = await reportOf(reportId);
    const chosen = await db.transaction.findMany({ where: { id: { in: [BigInt(keep!), extra.id] } }, select: { amountFen: true } });
    expect(after).toMatchObject({ trigger: "STAFF_DISCOVERY", crimeType: "FINANCIAL_FRAUD", urgent: true, transactionCount: 2, totalFen: chosen.reduce((s, t) => s + t.amountFen, 0n), narrativeAnalysis: edit.narrativeAnalysis });
    expect(after.transactions.map((t) => t.transactionId.toString()).sort()).toEqual([keep!, extra.id.toString()].sort());
    expect(after.transactions.some((t) => t.transactionId.toString() === drop)).toBe(false);
    const edited = (await events("RegulatoryReport", reportId)).at(-1)!;
    expect(edited).toMatchObject({ action: "report.edit", actorId: officer2.id });
    expect(Object.keys(edited.after as object).sort()).toEqual(["characteristicCodes", "crimeType", "narrativeAnalysis", "transactionIds", "trigger", "urgent", "version"]);

    const stale = await runAsStaff(officer, () => saveSuspiciousDraftAction({ ...edit, urgent: false, version: 0 }));
    expect(stale).toMatchObject({ ok: false, error: "conflict" });
    expect(message(stale)).toContain(officer2.name);
    expect((await reportOf(reportId)).urgent).toBe(true);
  });

  it("refuses bad input with field messages and writes nothing", async () => {
    const { caseId } = await caseWithAlerts();
    const opened = await runAsStaff(officer, () => openSuspiciousReportAction({ caseId }));
    if (!opened.ok) throw new Error(message(opened));
    const report = await reportOf(opened.data.reportId);
    const base = { reportId: report.id, version: 0, trigger: "MODEL_SCREENING", crimeType: "UNDETERMINED", characteristicCodes: ["RAPID_IN_OUT"], narrativeFacts: report.narrativeFacts!, narrativeAnalysis: report.narrativeAnalysis!, urgent: false, transactionIds: report.transactions.map((t) => t.transactionId.toString()) };
    const empty = await runAsStaff(officer, () => saveSuspiciousDraftAction({ ...base, characteristicCodes: [], narrativeAnalysis: "短", transactionIds: [] }));
    expect(empty).toMatchObject({ ok: false, error: "invalid", fieldErrors: { characteristicCodes: expect.any(String), narrativeAnalysis: expect.any(String), transactionIds: expect.any(String) } });
    const otherWallet = wallets[wallets.length - 1]!;
    const foreign = await db.transaction.findFirstOrThrow({ where: { walletId: otherWallet.id }, select: { id: true } });
    const mixed = await runAsStaff(officer, () => saveSuspiciousDraftAction({ ...base, transactionIds: [...base.transactionIds, foreign.id.toString()] }));
    expect(mixed).toMatchObject({ ok: false, error: "invalid", fieldErrors: { transactionIds: expect.any(String) } });
    expect((await reportOf(report.id)).version).toBe(0);
  });
});

describe("closing a case", () => {
  it("cannot close without an STR or an exclusion reason, and can with a reason", async () => {
    const { caseId } = await caseWithAlerts();
    const bare = await runAsStaff(officer, () => resolveCaseAction({ caseId, version: 0, outcome: "FALSE_POSITIVE", reasonCode: "LEGITIMATE_BUSINESS" }));
    expect(bare).toMatchObject({ ok: false, error: "state" });
    expect(message(bare)).toContain("不报送");
    const short = await runAsStaff(officer, () => resolveCaseAction({ caseId, version: 0, outcome: "FALSE_POSITIVE", reasonCode: "LEGITIMATE_BUSINESS", strExclusionReason: "正常" }));
    expect(short).toMatchObject({ ok: false, error: "invalid", fieldErrors: { strExclusionReason: expect.any(String) } });
    expect((await db.fraudCase.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("OPEN");

    const reason = "客户为个体商户，资金往来与其经营的批发业务相符，已核实进货合同";
    const closed = await runAsStaff(officer, () => resolveCaseAction({ caseId, version: 0, outcome: "FALSE_POSITIVE", reasonCode: "LEGITIMATE_BUSINESS", strExclusionReason: reason }));
    expect(closed).toMatchObject({ ok: true });
    expect(await db.fraudCase.findUniqueOrThrow({ where: { id: caseId }, select: { status: true, strExclusionReason: true } })).toEqual({ status: "CLOSED", strExclusionReason: reason });
    const trail = await events("FraudCase", caseId);
    expect(trail.map((e) => e.action)).toEqual(["case.open", "case.str-exclude", "case.resolve"]);
    expect(trail[1]).toMatchObject({ reason, actorId: officer.id });
  });

  it("closes with an STR and no reason", async () => {
    const { caseId } = await caseWithAlerts();
    expect(await runAsStaff(officer, () => openSuspiciousReportAction({ caseId }))).toMatchObject({ ok: true });
    const closed = await runAsStaff(officer, () => resolveCaseAction({ caseId, version: 0, outcome: "CONFIRMED", note: "资金快进快出，确认为涉诈账户" }));
    expect(closed).toMatchObject({ ok: true });
    expect(await db.fraudCase.findUniqueOrThrow({ where: { id: caseId }, select: { status: true, strExclusionReason: true } })).toEqual({ status: "CLOSED", strExclusionReason: null });
    expect((await events("FraudCase", caseId)).map((e) => e.action)).toEqual(["case.open", "case.resolve"]);
  });
});
