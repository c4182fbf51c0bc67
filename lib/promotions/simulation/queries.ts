// The simulation panel's reads through the app's client: the version's latest run and its version row.
import "server-only";
import { db } from "@/lib/db";
import { latestSimulationOf, type SimulationView } from "@/lib/promotions/simulation/read";

export async function latestSimulation(versionId: string): Promise<SimulationView | null> {
  return latestSimulationOf(db, versionId);
}

/** The version's rowVersion now: a result queued at another one is stale. */
export async function versionRowVersion(versionId: string): Promise<number | null> {
  const row = await db.promotionVersion.findUnique({ where: { id: versionId }, select: { rowVersion: true } });
  return row?.rowVersion ?? null;
}
