// Deciding fraud alerts against the database, each called as the action wrapper runs it, as a chosen staff
// member: two officers resolving one alert at once (one wins, the other is told who), confirmed fraud
// freezing the wallet in the same transaction (a failure after the freeze leaves neither), escalation
// (an officer may no longer decide, a lead may), notes, and cases resolving their alerts together.
// Alerts are made here directly, as the scoring worker would write them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAsStaff } from "@/lib/actions/context";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { ownerUrlFor } from "@/lib/db/runtime-role";
import { addAlertNoteAction, confirmFraudAction, escalateAlertAction, markFalsePositiveAction, openCaseAction, resolveCaseAction } from "@/lib/fraud/cases/actions";
import { demoSession } from "@/tests/support/staff";
import { databaseUrl, freshPopulation, testDb } from "@/tests/support/database";

let db: Db;
const officer = demoSession("staff_officer");
const officer2 = demoSession("staff_officer2");
const lead = demoSession("staff_lead");
const manager = demoSession("staff_manager");

let rule: { id: string; versionId: string };
let wallets: { id: string; customerId: string }[] = [];
const takeWallet = () => {
  const next = wallets.shift();
  if (!next) throw new Error("the population has too few active wallets with transactions");
  return next;
};

/** An OPEN alert on one of the wallet's transactions, as the worker writes it. */
async function makeAlert(wallet: { id: string; customerId: string }, skip = 0) {
  const tx = await db.transaction.findFirstOrThrow({ where: { walletId: wallet.id }, orderBy: { id: "desc" }, skip, select: { id: true, amountFen: true } });
  return db.fraudAlert.create({
    data: {
      id: `fa_test_${tx.id}`,
      ruleId: rule.id,
      ruleVersionId: rule.versionId,
      transactionId: tx.id,
      customerId: wallet.customerId,
      walletId: wallet.id,
      amountFen: tx.amountFen,
      score: 80,
      severity: "HIGH",
      explanation: { "zh-CN": "测试预警", en: "Test alert" },
      evidence: { transactionIds: [tx.id.toString()], facts: {} },
      characteristic: "TEST",
    },
    select: { id: true, version: true },
  });
}

const alertState = (id: string) => db.fraudAlert.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, resolution: true, resolvedById: true, caseId: true, escalatedById: true } });
const walletState = (id: string) => db.wallet.findUniqueOrThrow({ where: { id }, select: { status: true, frozenById: true, freezeReasonCode: true, freezeReason: true, version: true } });
const events = (entityType: string, entityId: string) =>
  db.auditEvent.findMany({ where: { entityType, entityId, outcome: "SUCCESS" }, orderBy: { id: "asc" }, select: { action: true, actorId: true, reason: true, after: true } });
const message = (r: { ok: boolean; message?: string }) => ("message" in r ? (r.message ?? "") : "");

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 120, days: 5 });
  await db.fraudAlert.deleteMany({});
  const version = await db.fraudRuleVersion.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true, ruleId: true } });
  rule = { id: version.ruleId, versionId: version.id };
  const active = await db.wallet.findMany({ where: { status: "ACTIVE", transactions: { some: {} } }, orderBy: { id: "asc" }, select: { id: true, customerId: true } });
  wallets = active;
  expect(wallets.length).toBeGreaterThanOrEqual(8);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("two officers deciding one alert at once", () => {
  it("lets exactly one win and tells the other who decided first", async () => {
    const alert = await makeAlert(takeWallet());
    const results = await Promise.all([
      runAsStaff(officer, () => markFalsePositiveAction({ alertId: alert.id, version: alert.version, reasonCode: "CUSTOMER_CONFIRMED", note: "客户来电确认本人操作" })),
      runAsStaff(officer2, () => markFalsePositiveAction({ alertId: alert.id, version: alert.version, reasonCode: "CONSISTENT_WITH_HISTORY" })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const winner = results[0]!.ok ? officer : officer2;
    const loser = results.find((r) => !r.ok)!;
    expect(loser).toMatchObject({ ok: false, error: "conflict" });
    expect(message(loser)).toContain(winner.name);
    expect(message(loser)).toContain("误报");
    expect(await alertState(alert.id)).toMatchObject({ status: "FALSE_POSITIVE", resolvedById: winner.id, version: alert.version + 1 });
    expect((await events("FraudAlert", alert.id)).map((e) => [e.action, e.actorId])).toEqual([["alert.false-positive", winner.id]]);
  });

  it("a confirmation racing a false positive: one wins, and the wallet is frozen only if the confirmation did", async () => {
    const wallet = takeWallet();
    const alert = await makeAlert(wallet);
    const results = await Promise.all([
      runAsStaff(officer, () => confirmFraudAction({ alertId: alert.id, version: alert.version, note: "设备与地址均异常，确认为盗用" })),
      runAsStaff(officer2, () => markFalsePositiveAction({ alertId: alert.id, version: alert.version, reasonCode: "OTHER" })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const confirmed = results[0]!.ok;
    expect((await alertState(alert.id)).status).toBe(confirmed ? "CONFIRMED" : "FALSE_POSITIVE");
    expect((await walletState(wallet.id)).status).toBe(confirmed ? "FROZEN" : "ACTIVE");
    expect(message(results.find((r) => !r.ok)!)).toContain(confirmed ? officer.name : officer2.name);
  });

  it("refuses a decision from a stale page after a note (notes do not conflict) and a manager may not decide", async () => {
    const alert = await makeAlert(takeWallet());
    expect(await runAsStaff(officer2, () => addAlertNoteAction({ alertId: alert.id, body: "已调取设备记录" }))).toMatchObject({ ok: true });
    expect(await runAsStaff(manager, () => markFalsePositiveAction({ alertId: alert.id, version: alert.version, reasonCode: "OTHER" }))).toMatchObject({ ok: false, error: "forbidden" });
    expect(await runAsStaff(officer, () => markFalsePositiveAction({ alertId: alert.id, version: alert.version, reasonCode: "OTHER" }))).toMatchObject({ ok: true });
    expect(await runAsStaff(officer, () => markFalsePositiveAction({ alertId: alert.id, version: alert.version + 1, reasonCode: "OTHER" }))).toMatchObject({ ok: false, error: "state" });
    expect(await db.alertNote.count({ where: { alertId: alert.id } })).toBe(1);
  });
});

describe("confirmed fraud freezes the wallet in the same transaction", () => {
  it("freezes with the fraud category, audited as a wallet freeze and as the alert's decision", async () => {
    const wallet = takeWallet();
    const alert = await makeAlert(wallet);
    const result = await runAsStaff(officer, () => confirmFraudAction({ alertId: alert.id, version: alert.version, note: "境外代理地址与新设备，确认为账户盗用" }));
    expect(result).toMatchObject({ ok: true, data: { status: "CONFIRMED", wallet: { status: "FROZEN", frozenNow: true } } });
    expect(await walletState(wallet.id)).toMatchObject({ status: "FROZEN", frozenById: officer.id, freezeReasonCode: "SUSPECTED_FRAUD", freezeReason: "境外代理地址与新设备，确认为账户盗用" });
    expect(await alertState(alert.id)).toMatchObject({ status: "CONFIRMED", resolution: "FRAUD_CONFIRMED", resolvedById: officer.id });
    const freeze = await events("Wallet", wallet.id);
    expect(freeze.map((e) => e.action)).toEqual(["wallet.freeze"]);
    expect(freeze[0]!.after).toMatchObject({ status: "FROZEN", freezeReasonCode: "SUSPECTED_FRAUD", alertId: alert.id });
    expect((await events("FraudAlert", alert.id)).map((e) => e.action)).toEqual(["alert.confirm-fraud"]);
  });

  it("a failure after the freeze leaves neither the freeze nor the decision (nor their audit events)", async () => {
    const wallet = takeWallet();
    const alert = await makeAlert(wallet);
    const before = await walletState(wallet.id);
    const auditCount = await db.auditEvent.count();
    // The alert's own update fails after the wallet row was frozen within the same transaction.
    // Triggers are the schema owner's to make: on PostgreSQL the tests run as the runtime login, which may not.
    const owner = createPrismaClient(ownerUrlFor(databaseUrl()));
    await owner.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION test_fail_alert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'forced failure after the freeze'; END $$`);
    await owner.$executeRawUnsafe(`CREATE TRIGGER test_fail_alert BEFORE UPDATE ON fraud_alert FOR EACH ROW WHEN (OLD.id = '${alert.id}') EXECUTE FUNCTION test_fail_alert()`);
    try {
      const result = await runAsStaff(officer, () => confirmFraudAction({ alertId: alert.id, version: alert.version, note: "确认欺诈，冻结钱包" }));
      expect(result).toMatchObject({ ok: false, error: "unexpected" });
    } finally {
      await owner.$executeRawUnsafe(`DROP TRIGGER test_fail_alert ON fraud_alert`);
      await owner.$executeRawUnsafe(`DROP FUNCTION test_fail_alert()`);
      await owner.$disconnect();
    }
    expect(await walletState(wallet.id)).toEqual(before);
    expect(await alertState(alert.id)).toMatchObject({ status: "OPEN", version: alert.version, resolvedById: null });
    expect(await db.auditEvent.count()).toBe(auditCount);
    // And once nothing fails, the same decision goes through.
    expect(await runAsStaff(officer, () => confirmFraudAction({ alertId: alert.id, version: alert.version, note: "确认欺诈，冻结钱包" }))).toMatchObject({ ok: true });
    expect((await walletState(wallet.id)).status).toBe("FROZEN");
  });

  it("confirms a second alert of an already frozen wallet without a second freeze", async () => {
    const wallet = takeWallet();
    const first = await makeAlert(wallet, 0);
    const second = await makeAlert(wallet, 1);
    await runAsStaff(officer, () => confirmFraudAction({ alertId: first.id, version: first.version, note: "确认欺诈，冻结钱包" }));
    const again = await runAsStaff(officer2, () => confirmFraudAction({ alertId: second.id, version: second.version, note: "同一客户的另一笔欺诈交易" }));
    expect(again).toMatchObject({ ok: true, data: { wallet: { status: "FROZEN", frozenNow: false } } });
    expect((await walletState(wallet.id)).frozenById).toBe(officer.id);
    expect((await events("Wallet", wallet.id)).map((e) => e.action)).toEqual(["wallet.freeze"]);
  });
});

describe("escalation", () => {
  it("an officer cannot resolve an escalated alert; a lead can", async () => {
    const alert = await makeAlert(takeWallet());
    const escalated = await runAsStaff(officer, () => escalateAlertAction({ alertId: alert.id, version: alert.version, reason: "涉及多名客户，疑似团伙，请主管研判" }));
    expect(escalated).toMatchObject({ ok: true, data: { status: "ESCALATED" } });
    const version = alert.version + 1;
    expect(await alertState(alert.id)).toMatchObject({ status: "ESCALATED", escalatedById: officer.id, version });

    const byOfficer = await runAsStaff(officer2, () => markFalsePositiveAction({ alertId: alert.id, version, reasonCode: "OTHER" }));
    expect(byOfficer).toMatchObject({ ok: false, error: "state" });
    expect(message(byOfficer)).toContain("合规主管");
    expect(await runAsStaff(officer, () => confirmFraudAction({ alertId: alert.id, version, note: "确认欺诈，冻结钱包" }))).toMatchObject({ ok: false, error: "state" });
    expect((await alertState(alert.id)).status).toBe("ESCALATED");

    expect(await runAsStaff(lead, () => markFalsePositiveAction({ alertId: alert.id, version, reasonCode: "LEGITIMATE_BUSINESS", note: "经核实为商户正常结算" }))).toMatchObject({ ok: true });
    expect(await alertState(alert.id)).toMatchObject({ status: "FALSE_POSITIVE", resolvedById: lead.id });
    expect((await events("FraudAlert", alert.id)).map((e) => [e.action, e.actorId])).toEqual([
      ["alert.escalate", officer.id],
      ["alert.false-positive", lead.id],
    ]);
  });
});

describe("cases", () => {
  it("gathers the customer's open alerts, refuses a second open case, and resolving it resolves them together", async () => {
    const wallet = takeWallet();
    const a = await makeAlert(wallet, 0);
    const b = await makeAlert(wallet, 1);
    const opened = await runAsStaff(officer, () => openCaseAction({ alertId: a.id, title: "疑似账户盗用" }));
    expect(opened).toMatchObject({ ok: true });
    const caseId = opened.ok ? opened.data.caseId : "";
    expect(opened.ok ? [...opened.data.alertIds].sort() : []).toEqual([a.id, b.id].sort());
    expect((await alertState(b.id)).caseId).toBe(caseId);

    const twice = await runAsStaff(officer2, () => openCaseAction({ alertId: b.id, title: "重复立案" }));
    expect(twice).toMatchObject({ ok: false, error: "conflict" });
    expect(message(twice)).toContain(officer.name);

    const resolved = await runAsStaff(officer2, () => resolveCaseAction({ caseId, version: 0, outcome: "CONFIRMED", note: "两笔交易均为盗用，确认欺诈", strExclusionReason: "账户被盗用，资金已冻结并由警方立案，不构成洗钱可疑" }));
    expect(resolved).toMatchObject({ ok: true, data: { wallet: { frozenNow: true } } });
    expect((await alertState(a.id)).status).toBe("CONFIRMED");
    expect((await alertState(b.id)).status).toBe("CONFIRMED");
    expect((await walletState(wallet.id)).status).toBe("FROZEN");
    expect(await db.fraudCase.findUniqueOrThrow({ where: { id: caseId }, select: { status: true, outcome: true } })).toEqual({ status: "CLOSED", outcome: "CONFIRMED" });
    expect((await events("FraudCase", caseId)).map((e) => e.action)).toEqual(["case.open", "case.str-exclude", "case.resolve"]);

    const stale = await runAsStaff(officer, () => resolveCaseAction({ caseId, version: 0, outcome: "FALSE_POSITIVE", reasonCode: "OTHER", strExclusionReason: "重复提交的结案请求，理由同上" }));
    expect(stale).toMatchObject({ ok: false, error: "conflict" });
    expect(message(stale)).toContain(officer2.name);
  });

  it("a false-positive case needs a reason code", async () => {
    const wallet = takeWallet();
    const a = await makeAlert(wallet);
    const opened = await runAsStaff(officer, () => openCaseAction({ alertId: a.id, title: "核查" }));
    const caseId = opened.ok ? opened.data.caseId : "";
    expect(await runAsStaff(officer, () => resolveCaseAction({ caseId, version: 0, outcome: "FALSE_POSITIVE" }))).toMatchObject({ ok: false, error: "invalid", fieldErrors: { reasonCode: expect.any(String) } });
    expect(await runAsStaff(officer, () => resolveCaseAction({ caseId, version: 0, outcome: "FALSE_POSITIVE", reasonCode: "DUPLICATE_ALERT", strExclusionReason: "重复预警，交易为客户本人正常消费" }))).toMatchObject({ ok: true });
    expect(await alertState(a.id)).toMatchObject({ status: "FALSE_POSITIVE", resolution: "DUPLICATE_ALERT" });
    expect((await walletState(wallet.id)).status).toBe("ACTIVE");
  });
});
