// A simulation as the panel shows it, with any Prisma client: the latest run of a version, and the small
// progress row the panel polls every second while it runs.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BacktestStatus } from "@/lib/generated/prisma/enums";
import { readSimulationResult, type SimulationResult } from "@/lib/promotions/simulation/result";
import { formatDateOnly } from "@/lib/time";

type Reader = Pick<Prisma.TransactionClient, "promotionSimulation">;

export interface SimulationView {
  id: string;
  versionId: string;
  fromDay: string;
  toDay: string;
  status: BacktestStatus;
  progress: number;
  total: number;
  cancelRequested: boolean;
  error: string | null;
  requestedBy: string;
  createdAt: Date;
  finishedAt: Date | null;
  result: SimulationResult | null;
}

const select = {
  id: true,
  versionId: true,
  fromDay: true,
  toDay: true,
  status: true,
  progress: true,
  total: true,
  cancelRequested: true,
  error: true,
  createdAt: true,
  finishedAt: true,
  result: true,
  requestedBy: { select: { name: true } },
} satisfies Prisma.PromotionSimulationSelect;

export async function latestSimulationOf(db: Reader, versionId: string): Promise<SimulationView | null> {
  const row = await db.promotionSimulation.findFirst({ where: { versionId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select });
  if (!row) return null;
  return {
    id: row.id,
    versionId: row.versionId,
    fromDay: formatDateOnly(row.fromDay),
    toDay: formatDateOnly(row.toDay),
    status: row.status,
    progress: row.progress,
    total: row.total,
    cancelRequested: row.cancelRequested,
    error: row.error,
    requestedBy: row.requestedBy.name,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    result: readSimulationResult(row.result),
  };
}

export interface SimulationProgress {
  status: BacktestStatus;
  progress: number;
  total: number;
  cancelRequested: boolean;
}

/** One primary-key read: what the polling client needs. */
export async function simulationProgress(db: Reader, id: string): Promise<SimulationProgress | null> {
  return db.promotionSimulation.findUnique({ where: { id }, select: { status: true, progress: true, total: true, cancelRequested: true } });
}
