// Queuing and cancelling simulations. The run itself is runner.ts's, in the worker process; here a person
// asks for one (a promotion_simulation row, QUEUED) or asks it to stop, each with its audit event.
import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { invalidField, notFound, wrongState } from "@/lib/actions/errors";
import type { ActionContext } from "@/lib/actions/context";
import { recordAudit } from "@/lib/audit/write";
import { cancelBackgroundRun } from "@/lib/jobs/background-run";
import { readParams } from "@/lib/promotions/params";
import { emptySimulationResult } from "@/lib/promotions/simulation/result";
import type { SimulationRef, StartSimulation } from "@/lib/promotions/simulation/schemas";
import { daysInWindow, MAX_SIMULATION_DAYS } from "@/lib/promotions/simulation/window";
import { dateOnly, shanghaiDay } from "@/lib/time";

const ENTITY = "PromotionSimulation";

export async function startSimulation(db: Db, input: StartSimulation, actor: ActionContext, now = new Date()): Promise<{ simulationId: string }> {
  if (input.toDay < input.fromDay) throw invalidField("toDay", "promotionSimulation.errors.reversed");
  if (input.toDay > shanghaiDay(now)) throw invalidField("toDay", "promotionSimulation.errors.future");
  if (daysInWindow(input.fromDay, input.toDay) > MAX_SIMULATION_DAYS) throw invalidField("fromDay", "promotionSimulation.errors.tooLong");
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM promotion_version WHERE id = ${input.versionId} FOR UPDATE`;
    const version = await tx.promotionVersion.findUnique({
      where: { id: input.versionId },
      select: { id: true, number: true, status: true, params: true, rowVersion: true, promotionId: true, liveOf: { select: { id: true } } },
    });
    if (!version) throw notFound("promotionSimulation.errors.versionNotFound");
    // A draft, a pending version or the live one: what is or may become the running parameters.
    const simulable = version.status === "DRAFT" || version.status === "PENDING_APPROVAL" || (version.status === "APPROVED" && version.liveOf !== null);
    if (!simulable) throw wrongState("promotionSimulation.errors.notSimulable");
    const params = readParams(version.params);
    const running = await tx.promotionSimulation.findFirst({ where: { versionId: version.id, status: { in: ["QUEUED", "RUNNING"] } }, select: { id: true } });
    if (running) throw wrongState("promotionSimulation.errors.alreadyRunning");
    const created = await tx.promotionSimulation.create({
      data: {
        promotionId: version.promotionId,
        versionId: version.id,
        fromDay: dateOnly(input.fromDay),
        toDay: dateOnly(input.toDay),
        status: "QUEUED",
        requestedById: actor.staff.id,
        result: emptySimulationResult(version.rowVersion, BigInt(params.budgetFen)) as unknown as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: actor.staff,
      action: "promotion.simulation-start",
      entityType: ENTITY,
      entityId: created.id,
      after: { promotionId: version.promotionId, version: version.number, versionStatus: version.status, fromDay: input.fromDay, toDay: input.toDay, status: "QUEUED" },
      request: actor.request,
    });
    return { simulationId: created.id };
  });
}

/** A queued simulation ends at once; a running one is flagged and its runner stops at its next chunk. */
export async function cancelSimulation(db: Db, input: SimulationRef, actor: ActionContext): Promise<{ status: "CANCELLED" | "RUNNING" }> {
  return db.$transaction((tx) =>
    cancelBackgroundRun(tx, { kind: "simulation", id: input.simulationId, entityType: ENTITY, action: "promotion.simulation-cancel", errors: { notFound: "promotionSimulation.errors.notFound", finished: "promotionSimulation.errors.finished" } }, actor),
  );
}
