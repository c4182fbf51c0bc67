// Queuing and cancelling backtests. The run itself is runner.ts's, in the worker process; here a person
// asks for one (a fraud_backtest row, QUEUED) or asks it to stop, each with its audit event.
import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { invalidField, notFound, wrongState } from "@/lib/actions/errors";
import type { ActionContext } from "@/lib/actions/context";
import { recordAudit } from "@/lib/audit/write";
import { cancelBackgroundRun } from "@/lib/jobs/background-run";
import { emptyResult } from "@/lib/fraud/backtest/result";
import type { BacktestRef, StartBacktest } from "@/lib/fraud/backtest/schemas";
import { daysInWindow, MAX_BACKTEST_DAYS } from "@/lib/fraud/backtest/window";
import { dateOnly, shanghaiDay } from "@/lib/time";

const ENTITY = "FraudBacktest";

export async function startBacktest(db: Db, input: StartBacktest, actor: ActionContext, now = new Date()): Promise<{ backtestId: string }> {
  if (input.toDay < input.fromDay) throw invalidField("toDay", "rules.backtest.errors.reversed");
  if (input.toDay > shanghaiDay(now)) throw invalidField("toDay", "rules.backtest.errors.future");
  if (daysInWindow(input.fromDay, input.toDay) > MAX_BACKTEST_DAYS) throw invalidField("fromDay", "rules.backtest.errors.tooLong");
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM fraud_rule_version WHERE id = ${input.versionId} FOR UPDATE`;
    const version = await tx.fraudRuleVersion.findUnique({ where: { id: input.versionId }, select: { id: true, ruleId: true, version: true, rowVersion: true, rule: { select: { code: true } } } });
    if (!version) throw notFound("rules.errors.versionNotFound");
    const running = await tx.fraudBacktest.findFirst({ where: { ruleVersionId: version.id, status: { in: ["QUEUED", "RUNNING"] } }, select: { id: true } });
    if (running) throw wrongState("rules.backtest.errors.alreadyRunning");
    const active = await tx.fraudRuleVersion.findFirst({ where: { ruleId: version.ruleId, status: "ACTIVE" }, select: { id: true, version: true } });
    const created = await tx.fraudBacktest.create({
      data: {
        ruleVersionId: version.id,
        baselineVersionId: active?.id ?? null,
        fromDay: dateOnly(input.fromDay),
        toDay: dateOnly(input.toDay),
        status: "QUEUED",
        requestedById: actor.staff.id,
        result: emptyResult(version.rowVersion) as unknown as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: actor.staff,
      action: "rule.backtest-start",
      entityType: ENTITY,
      entityId: created.id,
      after: { rule: version.rule.code, version: version.version, liveVersion: active?.version ?? null, fromDay: input.fromDay, toDay: input.toDay, status: "QUEUED" },
      request: actor.request,
    });
    return { backtestId: created.id };
  });
}

/** A queued backtest ends at once; a running one is flagged and its runner stops after the current chunk. */
export async function cancelBacktest(db: Db, input: BacktestRef, actor: ActionContext): Promise<{ status: "CANCELLED" | "RUNNING" }> {
  return db.$transaction((tx) =>
    cancelBackgroundRun(tx, { kind: "backtest", id: input.backtestId, entityType: ENTITY, action: "rule.backtest-cancel", errors: { notFound: "rules.backtest.errors.notFound", finished: "rules.backtest.errors.finished" } }, actor),
  );
}
