// Benchmark: stream a simulated population of about 1,000,000 transactions into Postgres and record the
// time and the seeding process's memory as it goes. Flat memory means the simulator streams.
import { createPrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { truncateAll } from "@/lib/db/reset";
import { simOptions } from "@/lib/sim/options";
import { seedDatabase } from "@/lib/sim/seed";

export interface SeedBenchResult {
  customers: number;
  transactions: number;
  seconds: number;
  rowsPerSecond: number;
  rssMbAt: { percent: number; rssMb: number }[];
  peakRssMb: number;
}

export async function benchSeed(url: string, customers: number): Promise<SeedBenchResult> {
  await migrate(url);
  await truncateAll(url);
  const db = createPrismaClient(url);
  const samples: { customers: number; rssMb: number }[] = [];
  const summary = await seedDatabase(db, simOptions({ customers, days: 90, seed: 1, now: new Date("2026-11-27T04:00:00Z") }), (line) => {
    const done = Number(line.trim().split(" ")[0]);
    samples.push({ customers: done, rssMb: Math.round(process.memoryUsage().rss / 1_048_576) });
  });
  await db.$disconnect();
  const at = (percent: number) => samples.find((s) => s.customers >= (customers * percent) / 100) ?? samples[samples.length - 1]!;
  return {
    customers: summary.customers,
    transactions: summary.transactions,
    seconds: summary.milliseconds / 1000,
    rowsPerSecond: Math.round(summary.transactions / (summary.milliseconds / 1000)),
    rssMbAt: [10, 25, 50, 75, 100].map((percent) => ({ percent, rssMb: at(percent).rssMb })),
    peakRssMb: Math.max(...samples.map((s) => s.rssMb)),
  };
}
