// npm run worker [-- --id NAME --batch-size N --once --lease-ms MS]
// The fraud scoring worker: cuts newly committed transactions into batches, scores them with every active
// rule version and writes the alerts (lib/fraud/worker/). Several may run at once, against PostgreSQL
// (DATABASE_URL) or the embedded database `npm start` serves. When there is nothing to score it runs
// the promotions' chores and guard, pending rule backtests and promotion simulations. Each batch also pays the
// promotions' rewards (lib/promotions/rewards), in its own transaction. SIGTERM/SIGINT finish the current batch
// and stop; a kill at any moment loses nothing (the batch is scored again by the next worker).
import { parseArgs } from "node:util";
import { rollupChore } from "@/lib/analytics/rollups/rebuild";
import { createPrismaClient } from "@/lib/db/client";
import { openScriptDatabase } from "@/lib/db/script-database";
import { runPendingBacktests } from "@/lib/fraud/backtest/runner";
import { DEFAULT_BATCH_SIZE } from "@/lib/fraud/worker/cursor";
import { defaultWorkerId, runWorker } from "@/lib/fraud/worker/run";
import { runPromotionGuards } from "@/lib/promotions/performance/guard";
import { promotionsIdleWork } from "@/lib/promotions/rewards/idle";
import { largeValueChore } from "@/lib/reports/large-value/scan";
import { runPendingSimulations } from "@/lib/promotions/simulation/runner";

const { values } = parseArgs({
  options: {
    id: { type: "string" },
    "batch-size": { type: "string", default: String(DEFAULT_BATCH_SIZE) },
    "lease-ms": { type: "string" },
    once: { type: "boolean", default: false },
    quiet: { type: "boolean", default: false },
  },
});

const workerId = values.id ?? defaultWorkerId();
const batchSize = Number(values["batch-size"]);
if (!Number.isInteger(batchSize) || batchSize < 1) {
  console.error(`--batch-size must be a positive integer, not ${values["batch-size"]}`);
  process.exit(2);
}
const log = (line: string) => console.log(`[worker ${workerId}] ${line}`);

const database = await openScriptDatabase();
const db = createPrismaClient(database.url);
const stop = new AbortController();
const onSignal = () => {
  if (stop.signal.aborted) process.exit(1);
  log("stopping after the current batch");
  stop.abort();
};
process.on("SIGTERM", onSignal);
process.on("SIGINT", onSignal);

// batches/s over each reporting interval, printed only when something was scored.
let window = { batches: 0, scored: 0, alerts: 0, since: performance.now() };
const report = setInterval(() => {
  if (window.batches === 0) return;
  const seconds = (performance.now() - window.since) / 1000;
  if (!values.quiet) {
    log(`${(window.batches / seconds).toFixed(1)} batches/s, ${Math.round(window.scored / seconds)} transactions/s, ${window.alerts} new alerts`);
  }
  window = { batches: 0, scored: 0, alerts: 0, since: performance.now() };
}, 5_000);

const promotionChores = promotionsIdleWork(db);
const GUARD_EVERY_MS = 60_000;
let lastGuardRun = 0;

log(`scoring in batches of ${batchSize}${values.once ? " until nothing is left" : ""}`);
try {
  const totals = await runWorker(db, {
    workerId,
    batchSize,
    leaseMs: values["lease-ms"] ? Number(values["lease-ms"]) : undefined,
    once: values.once,
    signal: stop.signal,
    // When there is nothing to score: the promotions' chores (their clock and the activation and card-link
    // bonuses, every 5 s; the budget and fraud-share guard, every minute), then rule backtests and promotion
    // simulations, a second of one at a time, so new transactions are scored between slices.
    idleWork: async (signal) => {
      let done = await promotionChores();
      if (Date.now() - lastGuardRun >= GUARD_EVERY_MS) {
        lastGuardRun = Date.now();
        done += (await runPromotionGuards(db, new Date())).paused.length;
      }
      done += await runPendingBacktests(db, { signal, maxRuns: 1, sliceMs: 1_000 });
      done += await runPendingSimulations(db, { signal, maxRuns: 1, sliceMs: 1_000, connectionString: database.url });
      done += await rollupChore(db);
      done += await largeValueChore(db);
      return done;
    },
    onBatch: (result) => {
      window.batches += 1;
      window.scored += result.scored;
      window.alerts += result.alerts;
    },
    onError: (error) => log(`error: ${error instanceof Error ? error.message : String(error)}`),
  });
  const seconds = totals.milliseconds / 1000;
  log(
    `stopped: ${totals.batches} batches, ${totals.scored} transactions, ${totals.alerts} new alerts in ${seconds.toFixed(1)} s` +
      (totals.batches ? ` (${(totals.batches / seconds).toFixed(1)} batches/s)` : ""),
  );
} catch (error) {
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
} finally {
  clearInterval(report);
  await db.$disconnect();
  await database.stop();
}
