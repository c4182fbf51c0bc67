// Builds a Prisma client on the pg driver adapter. Shared by the app (lib/db.ts) and by scripts and tests,
// which cannot import "server-only" modules.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env, isEmbeddedDatabase, requireDatabaseUrl } from "@/lib/env";

export type Db = PrismaClient;

export function createPrismaClient(connectionString = requireDatabaseUrl()): Db {
  // The embedded server runs one connection at a time on its one session (lib/db/embedded-server.ts), so
  // more connections only move the queue from this pool to the server: one and four measured the same
  // under ten concurrent page loads (docs/bench-embedded-concurrency.md), and one is the simpler queue.
  const max = env.DATABASE_POOL_SIZE ?? (isEmbeddedDatabase ? 1 : 10);
  const adapter = new PrismaPg({ connectionString, max });
  return new PrismaClient({
    adapter,
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
}
