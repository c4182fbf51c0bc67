// Builds a Prisma client on the pg driver adapter. Shared by the app (lib/db.ts) and by scripts and tests,
// which cannot import "server-only" modules.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env, isEmbeddedDatabase, requireDatabaseUrl } from "@/lib/env";

export type Db = PrismaClient;

export function createPrismaClient(connectionString = requireDatabaseUrl()): Db {
  // The embedded server multiplexes every connection onto one session, so keep the pool small.
  const max = env.DATABASE_POOL_SIZE ?? (isEmbeddedDatabase ? 4 : 10);
  const adapter = new PrismaPg({ connectionString, max });
  return new PrismaClient({
    adapter,
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
}
