// npm run seed -- --customers N --days D --seed S [--reset] [--now ISO]
// Fills the database (DATABASE_URL, or the embedded one) with a simulated wallet population.
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { isEmpty, truncateAll } from "@/lib/db/reset";
import { openScriptDatabase } from "@/lib/db/script-database";
import { DEMO_OPTIONS, simOptions } from "@/lib/sim/options";
import { seedDatabase } from "@/lib/sim/seed";

const { values } = parseArgs({
  options: {
    customers: { type: "string", default: String(DEMO_OPTIONS.customers) },
    days: { type: "string", default: String(DEMO_OPTIONS.days) },
    seed: { type: "string", default: String(DEMO_OPTIONS.seed) },
    now: { type: "string" },
    reset: { type: "boolean", default: false },
  },
});

const options = simOptions({
  customers: Number(values.customers),
  days: Number(values.days),
  seed: Number(values.seed),
  reports: true,
  ...(values.now ? { now: new Date(values.now) } : {}),
});

const database = await openScriptDatabase();
try {
  await migrate(database.url);
  if (values.reset) await truncateAll(database.url);
  else if (!(await isEmpty(database.url))) {
    console.error("The database already has data. Run with --reset to replace it.");
    process.exitCode = 1;
  }
  if (process.exitCode !== 1) {
    const db = createPrismaClient(database.url);
    console.log(`seeding ${options.customers} customers over ${options.days} days (seed ${options.seed})`);
    const summary = await seedDatabase(db, options, (line) => process.stdout.write(`\r${line}`));
    await db.$disconnect();
    const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
    console.log(
      `\nseeded ${summary.customers} customers, ${summary.submissions} KYC submissions, ${summary.transactions} transactions in ${(summary.milliseconds / 1000).toFixed(1)} s; peak memory ${peakMb} MB`,
    );
  }
} finally {
  await database.stop();
}
