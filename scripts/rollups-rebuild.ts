// npm run rollups:rebuild [-- --from YYYY-MM-DD --to YYYY-MM-DD] - deletes and recomputes every analytics
// rollup (daily and hourly cubes, hour-of-day, wallet activity, daily wallets, the onboarding funnel) for a
// range of Shanghai days from the raw tables, one transaction per day so a running console never reads a
// half-counted day. Without arguments: every day that has data. Against DATABASE_URL or the embedded database.
import { parseArgs } from "node:util";
import { dataDayRange, rebuildRollups } from "@/lib/analytics/rollups/rebuild";
import { createPrismaClient } from "@/lib/db/client";
import { openScriptDatabase } from "@/lib/db/script-database";

const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" } } });
const DAY = /^\d{4}-\d{2}-\d{2}$/;
for (const [name, value] of Object.entries(values)) {
  if (value !== undefined && (!DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))) {
    console.error(`--${name} must be a day (YYYY-MM-DD), not ${value}`);
    process.exit(2);
  }
}

const database = await openScriptDatabase();
const db = createPrismaClient(database.url);
try {
  const all = values.from && values.to ? null : await dataDayRange(db);
  const from = values.from ?? all?.from;
  const to = values.to ?? all?.to;
  if (!from || !to) {
    console.log("no data: nothing to rebuild");
  } else if (from > to) {
    console.error(`--from ${from} is after --to ${to}`);
    process.exitCode = 2;
  } else {
    console.log(`rebuilding the analytics rollups for ${from} to ${to}…`);
    const result = await rebuildRollups(db, {
      from,
      to,
      onDay: (day, index, total, ms) => console.log(`  ${day}  ${index + 1}/${total}  ${Math.round(ms)} ms`),
    });
    console.log(`done: ${result.days} days in ${(result.milliseconds / 1000).toFixed(1)} s`);
  }
} finally {
  await db.$disconnect();
  await database.stop();
}
