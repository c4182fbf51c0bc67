// npm run sim:live [-- --rate N --fraud-every S --near-miss-every S --duration S --seed N --url postgres://... --patterns A,B]
// Keeps writing realistic everyday transactions for the active wallets in the database (N a second,
// default 3) and plants one labelled fraud incident every S seconds (default 20), printing each one, so
// that the scoring worker raises alerts while someone watches /alerts; with --near-miss-every, also ordinary
// behaviour just inside one rule's threshold (unlabelled, raising none of that rule's alerts). Runs until --duration seconds have
// passed or it is stopped (Ctrl-C, SIGTERM). The database: --url, else DATABASE_URL, else the embedded one
// (joining the server `npm start` runs through .data/pglite.lock.json).
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/client";
import { openScriptDatabase } from "@/lib/db/script-database";
import { FRAUD_PATTERNS } from "@/lib/sim/fraud";
import { runLive } from "@/lib/sim/live";
import { DEMO_OPTIONS } from "@/lib/sim/options";
import type { FraudPattern } from "@/lib/generated/prisma/enums";

const { values } = parseArgs({
  options: {
    rate: { type: "string", default: "3" },
    "fraud-every": { type: "string", default: "20" },
    "near-miss-every": { type: "string", default: "0" },
    duration: { type: "string" },
    seed: { type: "string", default: String(DEMO_OPTIONS.seed) },
    url: { type: "string" },
    patterns: { type: "string" },
  },
});

const number = (name: string, text: string | undefined, min: number): number => {
  const value = Number(text);
  if (!Number.isFinite(value) || value < min) {
    console.error(`--${name} must be a number of at least ${min} (got ${text})`);
    process.exit(2);
  }
  return value;
};

const patterns = values.patterns?.split(",").map((p) => p.trim().toUpperCase()).filter(Boolean) as FraudPattern[] | undefined;
const unknown = patterns?.filter((p) => !FRAUD_PATTERNS.includes(p));
if (unknown?.length) {
  console.error(`unknown pattern(s): ${unknown.join(", ")}; known: ${FRAUD_PATTERNS.join(", ")}`);
  process.exit(2);
}

const options = {
  seed: number("seed", values.seed, 0),
  rate: number("rate", values.rate, 0),
  fraudEverySeconds: number("fraud-every", values["fraud-every"], 0),
  nearMissEverySeconds: number("near-miss-every", values["near-miss-every"], 0),
  durationSeconds: values.duration === undefined ? null : number("duration", values.duration, 0),
  patterns: patterns?.length ? patterns : undefined,
};

const database = values.url ? { url: values.url, stop: async () => {} } : await openScriptDatabase();
const db = createPrismaClient(database.url);
const controller = new AbortController();
const stop = () => controller.abort();
process.once("SIGINT", stop);
process.once("SIGTERM", stop);

const stamp = () => new Date().toISOString().slice(11, 19);
try {
  const summary = await runLive(db, { ...options, signal: controller.signal, log: (line) => console.log(`[sim:live ${stamp()}] ${line}`) });
  console.log(`[sim:live ${stamp()}] stopped: ${summary.transactions} everyday transactions, ${summary.incidents.length} planted incidents, ${summary.nearMisses} near-misses`);
} catch (error) {
  console.error(`[sim:live] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await database.stop();
}
