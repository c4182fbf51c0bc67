// What integration tests use to reach the run's database and to give themselves fresh data.
import { inject } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { truncateAll } from "@/lib/db/reset";
import { simOptions, type SimOptions } from "@/lib/sim/options";
import { seedDatabase } from "@/lib/sim/seed";

export const databaseUrl = () => inject("databaseUrl");

export function testDb(): Db {
  return createPrismaClient(databaseUrl());
}

/** Empties the database and seeds a small, fixed population. */
export async function freshPopulation(db: Db, options: Partial<SimOptions> = {}): Promise<SimOptions> {
  await truncateAll(databaseUrl());
  const full = simOptions({ customers: 150, days: 20, seed: 7, now: new Date("2026-11-11T06:30:00Z"), ...options });
  await seedDatabase(db, full);
  return full;
}
