// Rule changes and backtests against the database, through the action wrapper as chosen staff members:
// four eyes (the author never approves), an approval that swaps versions in one transaction, a rejection
// that leaves the live version alone, stale drafts, and backtests that count exactly what the worker wrote
// for the live version, stop when cancelled and resume after their runner died.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { runAsStaff } from "@/lib/actions/context";
import type { StaffSession } from "@/lib/auth/session";
import { ruleByCode } from "@/lib/fraud/rules";
import { drainScoring } from "@/lib/fraud/worker/run";
import { approveRuleVersionAction, rejectRuleVersionAction, saveRuleDraftAction, submitRuleDraftAction } from "@/lib/fraud/versions/actions";
import { cancelBacktestAction, startBacktestAction } from "@/lib/fraud/backtest/actions";
import { readBacktest } from "@/lib/fraud/backtest/read";
import { runPendingBacktests } from "@/lib/fraud/backtest/runner";
import { windowOf } from "@/lib/fraud/backtest/window";
import { numericParams } from "@/lib/fraud/versions/params";
import { demoSession } from "@/tests/support/staff";
import { freshPopulation, testDb } from "@/tests/support/database";

let db: Db;
const officer = demoSession("staff_officer");
const officer2 = demoSession("staff_officer2");
const lead = demoSession("staff_lead");
const lead2: StaffSession = { id: "staff_lead2", name: "何文静", email: "lead2@wallet.bank", roles: ["COMPLIANCE_LEAD"] };

const as = <T>(staff: StaffSession, fn: () => Promise<T>) => runAsStaff(staff, fn);

/** A registry rule the seed created, with its active version's parameters limited to the rule's spec. */
async function ruleWithActive(code: string) {
  const definition = ruleByCode(code);
  if (!definition) throw new Error(`no rule ${code} in the registry`);
  const rule = await db.fraudRule.findUniqueOrThrow({ where: { code }, select: { id: true, severity: true, enabled: true } });
  const active = await db.fraudRuleVersion.findFirstOrThrow({ where: { ruleId: rule.id, status: "ACTIVE" } });
  const stored = numericParams(active.params);
  const params: Record<string, number> = {};
  for (const [key, spec] of Object.entries(definition.params)) params[key] = stored[key] ?? spec.default;
  return { rule, active, params, definition };
}

const versionRow = (id: string) => db.fraudRuleVersion.findUniqueOrThrow({ where: { id }, select: { status: true, rowVersion: true, baseVersionId: true, rejectionReason: true } });
const activeOf = (ruleId: string) => db.fraudRuleVersion.findMany({ where: { ruleId, status: "ACTIVE" }, select: { id: true, version: true } });

/** A different value for the spec's first parameter, inside its bounds. */
function nudged(params: Record<string, number>, definition: NonNullable<ReturnType<typeof ruleByCode>>): Record<string, number> {
  const [key, spec] = Object.entries(definition.params)[0]!;
  const step = spec.integer ? 1 : (spec.max - spec.min) / 100;
  const value = params[key]! + step <= spec.max ? params[key]! + step : params[key]! - step;
  return { ...params, [key]: spec.integer ? Math.round(value) : value };
}

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 150, days: 12 });
  await db.staffUser.create({ data: { ...lead2, passwordHash: "not-for-signing-in" } });
  await drainScoring(db, { backdate: true, workerId: "fraud-rules-test" });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("four eyes on rule changes", () => {
  it("never lets the author approve, and an officer cannot approve at all", async () => {
    const { rule, params, definition } = await ruleWithActive("AMOUNT_SPIKE");
    const saved = await as(lead, () => saveRuleDraftAction({ ruleId: rule.id, params: nudged(params, definition), severity: "HIGH", enabled: true, note: "lead's own draft" }));
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const submitted = await as(lead, () => submitRuleDraftAction({ versionId: saved.data.versionId, rowVersion: saved.data.rowVersion }));
    expect(submitted.ok).toBe(true);
    if (!submitted.ok) return;
    const own = await as(lead, () => approveRuleVersionAction({ versionId: saved.data.versionId, rowVersion: submitted.data.rowVersion }));
    expect(own).toMatchObject({ ok: false, error: "forbidden" });
    const ownReject = await as(lead, () => rejectRuleVersionAction({ versionId: saved.data.versionId, rowVersion: submitted.data.rowVersion, reason: "withdrawing my own" }));
    expect(ownReject).toMatchObject({ ok: false, error: "forbidden" });
    const byOfficer = await as(officer, () => approveRuleVersionAction({ versionId: saved.data.versionId, rowVersion: submitted.data.rowVersion }));
    expect(byOfficer).toMatchObject({ ok: false, error: "forbidden" });
    expect((await versionRow(saved.data.versionId)).status).toBe("PENDING_APPROVAL");
    // Another lead may: clean up so the rule is back to one open draft less.
    const byLead2 = await as(lead2, () => rejectRuleVersionAction({ versionId: saved.data.versionId, rowVersion: submitted.data.rowVersion, reason: "not needed now" }));
    expect(byLead2.ok).toBe(true);
  });
});

describe("approval and rejection", () => {
  it("swaps the versions atomically, updates the rule and makes other drafts stale", async () => {
    const { rule, active, params, definition } = await ruleWithActive("VELOCITY");
    const draft = await as(officer, () => saveRuleDraftAction({ ruleId: rule.id, params: nudged(params, definition), severity: "CRITICAL", enabled: true, note: "tighter" }));
    const other = await as(officer2, () => saveRuleDraftAction({ ruleId: rule.id, params, severity: "LOW", enabled: true }));
    expect(draft.ok && other.ok).toBe(true);
    if (!draft.ok || !other.ok) return;
    const submitted = await as(officer, () => submitRuleDraftAction({ versionId: draft.data.versionId, rowVersion: draft.data.rowVersion }));
    if (!submitted.ok) throw new Error(submitted.message);

    // Two approvals at once (two leads): exactly one wins, the other is told.
    const results = await Promise.all([
      as(lead, () => approveRuleVersionAction({ versionId: draft.data.versionId, rowVersion: submitted.data.rowVersion })),
      as(lead2, () => approveRuleVersionAction({ versionId: draft.data.versionId, rowVersion: submitted.data.rowVersion })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false });

    expect(await activeOf(rule.id)).toEqual([{ id: draft.data.versionId, version: draft.data.version }]);
    expect((await db.fraudRuleVersion.findUniqueOrThrow({ where: { id: active.id } })).status).toBe("RETIRED");
    expect(await db.fraudRule.findUniqueOrThrow({ where: { id: rule.id }, select: { severity: true, enabled: true } })).toEqual({ severity: "CRITICAL", enabled: true });
    const events = await db.auditEvent.findMany({ where: { action: "rule.approve", entityId: draft.data.versionId, outcome: "SUCCESS" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.after).toMatchObject({ severity: "CRITICAL", status: "ACTIVE", activeVersion: draft.data.version });
    expect(events[0]!.before).toMatchObject({ severity: active.severity, activeVersion: active.version });

    // officer2's draft was written against the old version: refused with a clear message until re-saved.
    const stale = await as(officer2, () => submitRuleDraftAction({ versionId: other.data.versionId, rowVersion: other.data.rowVersion }));
    expect(stale).toMatchObject({ ok: false, error: "state" });
    if (!stale.ok) expect(stale.message).toContain(`v${draft.data.version}`);
    const resaved = await as(officer2, () => saveRuleDraftAction({ ruleId: rule.id, versionId: other.data.versionId, rowVersion: other.data.rowVersion, params, severity: "LOW", enabled: true }));
    expect(resaved.ok).toBe(true);
    expect((await versionRow(other.data.versionId)).baseVersionId).toBe(draft.data.versionId);
  });

  it("keeps the live version when a draft is rejected, and sends it back to its author", async () => {
    const { rule, active, params, definition } = await ruleWithActive("FAN_OUT");
    const draft = await as(officer, () => saveRuleDraftAction({ ruleId: rule.id, params: nudged(params, definition), severity: active.severity, enabled: false }));
    if (!draft.ok) throw new Error(draft.message);
    const submitted = await as(officer, () => submitRuleDraftAction({ versionId: draft.data.versionId, rowVersion: draft.data.rowVersion }));
    if (!submitted.ok) throw new Error(submitted.message);
    const stale = await as(lead, () => rejectRuleVersionAction({ versionId: draft.data.versionId, rowVersion: submitted.data.rowVersion - 1, reason: "old page" }));
    expect(stale).toMatchObject({ ok: false, error: "conflict" });
    const rejected = await as(lead, () => rejectRuleVersionAction({ versionId: draft.data.versionId, rowVersion: submitted.data.rowVersion, reason: "switching it off needs a case" }));
    expect(rejected.ok).toBe(true);
    expect(await activeOf(rule.id)).toEqual([{ id: active.id, version: active.version }]);
    expect(await db.fraudRule.findUniqueOrThrow({ where: { id: rule.id }, select: { enabled: true } })).toEqual({ enabled: rule.enabled });
    expect(await versionRow(draft.data.versionId)).toMatchObject({ status: "REJECTED", rejectionReason: "switching it off needs a case" });
    // Only after an edit can it go back.
    const again = await as(officer, () => submitRuleDraftAction({ versionId: draft.data.versionId, rowVersion: submitted.data.rowVersion + 1 }));
    expect(again).toMatchObject({ ok: false, error: "state" });
    const edited = await as(officer, () => saveRuleDraftAction({ ruleId: rule.id, versionId: draft.data.versionId, rowVersion: submitted.data.rowVersion + 1, params: nudged(params, definition), severity: active.severity, enabled: true }));
    expect(edited).toMatchObject({ ok: true, data: { status: "DRAFT" } });
  });

  it("refuses parameters outside the spec's bounds on the server", async () => {
    const { rule, params, definition } = await ruleWithActive("CARD_TESTING");
    const [key, spec] = Object.entries(definition.params)[0]!;
    const result = await as(officer, () => saveRuleDraftAction({ ruleId: rule.id, params: { ...params, [key]: spec.max + 1 }, severity: "HIGH", enabled: true }));
    expect(result).toMatchObject({ ok: false, error: "invalid" });
    if (!result.ok) expect(Object.keys(result.fieldErrors ?? {})).toContain(`params.${key}`);
  });
});

describe("backtests", () => {
  const fromDay = "2026-11-05";
  const toDay = "2026-11-09";

  async function alertsInWindow(ruleId: string): Promise<number> {
    const { from, to } = windowOf(fromDay, toDay);
    const [row] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM fraud_alert a JOIN "transaction" t ON t.id = a.transaction_id
      WHERE a.rule_id = ${ruleId} AND t.created_at >= ${from} AND t.created_at < ${to}`;
    return Number(row!.n);
  }

  it("counts for the live version exactly the alerts the worker wrote over the window, and writes none", async () => {
    const alertsBefore = await db.fraudAlert.count();
    // The rules with the most alerts in the window (not touched by the tests above), and one without any.
    const { from, to } = windowOf(fromDay, toDay);
    const busiest = await db.$queryRaw<{ code: string; n: bigint }[]>`
      SELECT r.code, count(a.id) AS n FROM fraud_rule r
      LEFT JOIN fraud_alert a ON a.rule_id = r.id AND a.transaction_id IN (SELECT id FROM "transaction" WHERE created_at >= ${from} AND created_at < ${to})
      WHERE r.code NOT IN ('VELOCITY', 'FAN_OUT', 'AMOUNT_SPIKE', 'CARD_TESTING', 'RAPID_IN_OUT', 'LOCATION_MISMATCH')
      GROUP BY r.code ORDER BY count(a.id) DESC, r.code`;
    expect(Number(busiest[0]!.n)).toBeGreaterThan(0);
    let total = 0;
    for (const code of [busiest[0]!.code, busiest[1]!.code, busiest[busiest.length - 1]!.code]) {
      const { rule, active, params } = await ruleWithActive(code);
      // A draft that changes only the severity scores like the live version.
      const severity = active.severity === "LOW" ? "MEDIUM" : "LOW";
      const draft = await as(officer, () => saveRuleDraftAction({ ruleId: rule.id, params, severity, enabled: active.enabled }));
      if (!draft.ok) throw new Error(draft.message);
      const started = await as(officer, () => startBacktestAction({ versionId: draft.data.versionId, fromDay, toDay }));
      if (!started.ok) throw new Error(started.message);
      expect(await runPendingBacktests(db, { chunkSize: 150 })).toBe(1);
      const backtest = await readBacktest(db, started.data.backtestId);
      expect(backtest).toMatchObject({ status: "DONE", baselineVersionId: active.id });
      const expected = await alertsInWindow(rule.id);
      expect(backtest!.result!.quality!.live.alerts).toBe(expected);
      expect(backtest!.result!.quality!.draft.alerts).toBe(expected);
      expect(backtest!.progress).toBe(backtest!.total);
      expect(backtest!.total).toBeGreaterThan(0);
      const perDay = Object.values(backtest!.result!.days).reduce((sum, [, live]) => sum + live, 0);
      expect(perDay).toBe(expected);
      total += expected;
    }
    expect(total).toBeGreaterThan(0);
    expect(await db.fraudAlert.count()).toBe(alertsBefore);
  });

  it("stops when cancelled, and refuses to cancel twice", async () => {
    const { rule, params, definition } = await ruleWithActive("RAPID_IN_OUT");
    const draft = await as(officer2, () => saveRuleDraftAction({ ruleId: rule.id, params: nudged(params, definition), severity: "HIGH", enabled: true }));
    if (!draft.ok) throw new Error(draft.message);
    const started = await as(officer2, () => startBacktestAction({ versionId: draft.data.versionId, fromDay, toDay }));
    if (!started.ok) throw new Error(started.message);
    let chunks = 0;
    await runPendingBacktests(db, {
      chunkSize: 100,
      afterChunk: async (id) => {
        chunks++;
        if (chunks === 1) {
          const cancelled = await as(officer2, () => cancelBacktestAction({ backtestId: id }));
          expect(cancelled).toMatchObject({ ok: true, data: { status: "RUNNING" } });
        }
      },
    });
    expect(chunks).toBe(1);
    const backtest = await readBacktest(db, started.data.backtestId);
    expect(backtest).toMatchObject({ status: "CANCELLED", progress: 100 });
    expect(backtest!.total).toBeGreaterThan(100);
    expect(await as(officer2, () => cancelBacktestAction({ backtestId: started.data.backtestId }))).toMatchObject({ ok: false, error: "state" });

    // A queued one ends at once.
    const queued = await as(officer2, () => startBacktestAction({ versionId: draft.data.versionId, fromDay, toDay }));
    if (!queued.ok) throw new Error(queued.message);
    expect(await as(officer2, () => cancelBacktestAction({ backtestId: queued.data.backtestId }))).toMatchObject({ ok: true, data: { status: "CANCELLED" } });
    expect(await runPendingBacktests(db)).toBe(0);
  });

  it("is taken over from where a dead runner left it, with the same result", async () => {
    const { rule, params, definition } = await ruleWithActive("LOCATION_MISMATCH");
    const draft = await as(officer, () => saveRuleDraftAction({ ruleId: rule.id, params: nudged(params, definition), severity: "HIGH", enabled: true }));
    if (!draft.ok) throw new Error(draft.message);
    const whole = await as(officer, () => startBacktestAction({ versionId: draft.data.versionId, fromDay, toDay }));
    if (!whole.ok) throw new Error(whole.message);
    await runPendingBacktests(db, { chunkSize: 120 });
    const reference = await readBacktest(db, whole.data.backtestId);

    const resumed = await as(officer, () => startBacktestAction({ versionId: draft.data.versionId, fromDay, toDay }));
    if (!resumed.ok) throw new Error(resumed.message);
    const dying = new AbortController();
    await runPendingBacktests(db, { chunkSize: 120, signal: dying.signal, afterChunk: (_id, progress) => void (progress >= 240 && dying.abort()) });
    expect(await readBacktest(db, resumed.data.backtestId)).toMatchObject({ status: "RUNNING", progress: 240 });
    // Not stale yet: nobody takes it.
    expect(await runPendingBacktests(db, { chunkSize: 120 })).toBe(0);
    expect(await runPendingBacktests(db, { chunkSize: 120, staleAfterMs: 0 })).toBe(1);
    const after = await readBacktest(db, resumed.data.backtestId);
    expect(after).toMatchObject({ status: "DONE", progress: reference!.progress });
    expect(after!.result!.days).toEqual(reference!.result!.days);
    expect(after!.result!.quality).toEqual(reference!.result!.quality);
  });

  it("hands a backtest back after its time slice, and the next idle pass finishes it with the same result", async () => {
    const { rule, params, definition } = await ruleWithActive("LOCATION_MISMATCH");
    const draft = await as(officer2, () => saveRuleDraftAction({ ruleId: rule.id, params: nudged(params, definition), severity: "HIGH", enabled: true }));
    if (!draft.ok) throw new Error(draft.message);
    const whole = await as(officer2, () => startBacktestAction({ versionId: draft.data.versionId, fromDay, toDay }));
    if (!whole.ok) throw new Error(whole.message);
    await runPendingBacktests(db, { chunkSize: 120 });
    const reference = await readBacktest(db, whole.data.backtestId);

    const sliced = await as(officer2, () => startBacktestAction({ versionId: draft.data.versionId, fromDay, toDay }));
    if (!sliced.ok) throw new Error(sliced.message);
    // A zero-length slice: one chunk, then the backtest is handed back, unfinished but free to claim at once.
    expect(await runPendingBacktests(db, { chunkSize: 120, sliceMs: 0 })).toBe(0);
    expect(await readBacktest(db, sliced.data.backtestId)).toMatchObject({ status: "RUNNING", progress: 120 });
    expect(await runPendingBacktests(db, { chunkSize: 120 })).toBe(1);
    const after = await readBacktest(db, sliced.data.backtestId);
    expect(after).toMatchObject({ status: "DONE", progress: reference!.progress });
    expect(after!.result!.days).toEqual(reference!.result!.days);
    expect(after!.result!.quality).toEqual(reference!.result!.quality);
  });
});
