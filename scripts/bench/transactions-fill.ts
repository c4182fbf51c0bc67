// Benchmark setup: a transaction table of millions of rows, fast. Seeds a simulated population (the
// simulator's own code path, lib/transactions/record.ts) and grows the table with SQL clones of the
// seeded rows, each copy shifted one history span (90 days) further back, so every copy keeps the seeded
// mix of types, channels, amounts and cross-border payments. Secondary indexes are dropped for the load
// and rebuilt exactly as defined, then the table is analysed.
import { performance } from "node:perf_hooks";
import { createPrismaClient } from "@/lib/db/client";
import { benchSeed } from "@/scripts/bench/seed";

const SPAN_DAYS = 90;

export interface TransactionFill {
  seeded: number;
  rows: number;
  seedSeconds: number;
  fillSeconds: number;
}

async function countRows(url: string): Promise<number> {
  const db = createPrismaClient(url);
  try {
    const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "transaction"`;
    return Number(row?.n ?? 0);
  } catch {
    return 0;
  } finally {
    await db.$disconnect();
  }
}

/** Seeds `customers` and grows the table to `rows`; a table already that big is reused as it is. */
export async function fillTransactions(url: string, options: { customers: number; rows: number }): Promise<TransactionFill> {
  const existing = await countRows(url);
  if (existing >= options.rows) return { seeded: 0, rows: existing, seedSeconds: 0, fillSeconds: 0 };
  const seed = await benchSeed(url, options.customers);
  const db = createPrismaClient(url);
  const started = performance.now();
  try {
    const [{ max: template } = { max: 0n }] = await db.$queryRaw<{ max: bigint }[]>`SELECT max(id) AS max FROM "transaction"`;
    const indexes = await db.$queryRaw<{ name: string; definition: string }[]>`
      SELECT indexname AS name, indexdef AS definition FROM pg_indexes
      WHERE schemaname = current_schema() AND tablename = 'transaction' AND indexname <> 'transaction_pkey'`;
    for (const index of indexes) await db.$executeRawUnsafe(`DROP INDEX "${index.name}"`);
    try {
      let rows = seed.transactions;
      for (let copy = 1; rows < options.rows; copy++) {
        const take = BigInt(Math.min(Number(template), options.rows - rows));
        // The clones reuse the seeded wallets, so the wallet reference holds by construction: skip its trigger.
        await db.$transaction(
          async (tx) => {
            await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
            await tx.$executeRaw`
              INSERT INTO "transaction" (wallet_id, type, status, amount_fen, currency, original_amount_minor, fx_rate, channel,
                merchant_name, mcc, counterparty_wallet_id, counterparty_name, card_id, country, cross_border, device_id, ip,
                fraud_pattern, created_at)
              SELECT wallet_id, type, status, amount_fen, currency, original_amount_minor, fx_rate, channel, merchant_name, mcc,
                counterparty_wallet_id, counterparty_name, card_id, country, cross_border, device_id, ip, fraud_pattern,
                created_at - ${copy * SPAN_DAYS} * interval '1 day'
              FROM "transaction" WHERE id <= ${take}`;
          },
          { timeout: 1_800_000 },
        );
        rows += Number(take);
        if (copy % 10 === 0) console.log(`  ${rows.toLocaleString("en")} rows`);
      }
    } finally {
      for (const index of indexes) await db.$executeRawUnsafe(index.definition);
    }
    await db.$executeRawUnsafe(`VACUUM ANALYZE "transaction"`);
    return { seeded: seed.transactions, rows: await countRows(url), seedSeconds: seed.seconds, fillSeconds: (performance.now() - started) / 1000 };
  } finally {
    await db.$disconnect();
  }
}
