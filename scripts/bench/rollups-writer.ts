// The transaction writer's cost per 1,000 rows (rows and every rollup), on the database at argv[2]:
// `node --import tsx scripts/bench/rollups-writer.ts <url> [batches] [other-record.ts]`. Empties that
// database and seeds a small population first. With a second writer module (e.g. the previous record.ts
// saved with `git show <rev>:lib/transactions/record.ts > /tmp/old.ts`), batches alternate between the two.
import { createPrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { truncateAll } from "@/lib/db/reset";
import { simOptions } from "@/lib/sim/options";
import { seedDatabase } from "@/lib/sim/seed";
import { recordTransactions, type NewTransaction } from "@/lib/transactions/record";
import { TRANSACTION_CHANNELS, TRANSACTION_STATUSES, TRANSACTION_TYPES } from "@/lib/transactions/fields";

const url = process.argv[2]!;
const batches = Number(process.argv[3] ?? 20);
// argv[4] = a module with another recordTransactions (e.g. the previous version): batches alternate between the two.
const other = process.argv[4] ? ((await import(process.argv[4])) as { recordTransactions: typeof recordTransactions }).recordTransactions : null;
await migrate(url);
await truncateAll(url);
const db = createPrismaClient(url);
await seedDatabase(db, simOptions({ customers: 60, days: 3, seed: 3, now: new Date("2026-11-27T04:00:00Z") }));
const wallets = (await db.wallet.findMany({ select: { id: true } })).map((w) => w.id);
let seed = 42;
const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
const mccs = ["5411", "5812", "5814", "4121", "5999", "5311"];
const times: number[] = [];
const otherTimes: number[] = [];
for (let b = 0; b < batches; b++) {
  const rows: NewTransaction[] = Array.from({ length: 1000 }, () => {
    const type = pick(TRANSACTION_TYPES);
    return {
      walletId: pick(wallets), type, status: rand() < 0.9 ? "SUCCEEDED" : pick(TRANSACTION_STATUSES), channel: pick(TRANSACTION_CHANNELS),
      amountFen: BigInt(Math.floor(rand() * 100_000)), mcc: type === "PAYMENT" ? pick(mccs) : null, merchantName: type === "PAYMENT" ? "bench" : null,
      crossBorder: rand() < 0.05, deviceId: "bench", ip: "10.0.0.1",
      createdAt: new Date(Date.parse("2026-11-20T00:00:00Z") + Math.floor(rand() * 7 * 86_400_000)),
    };
  });
  const useOther = other !== null && b % 2 === 1;
  const start = performance.now();
  await db.$transaction((tx) => (useOther ? other : recordTransactions)(tx, rows));
  (useOther ? otherTimes : times).push(performance.now() - start);
}
await db.$disconnect();
const report = (name: string, xs: number[]) => {
  xs.sort((a, b) => a - b);
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(`${name}: ${xs.length} batches of 1,000 rows: median ${xs[Math.floor(xs.length / 2)]!.toFixed(1)} ms, mean ${mean.toFixed(1)} ms, min ${xs[0]!.toFixed(1)} ms`);
};
report("lib/transactions/record.ts", times);
if (other) report(process.argv[4]!, otherTimes);
process.exit(0);
