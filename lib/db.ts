// The one Prisma client. It always speaks to Postgres over the wire: a real server, or the embedded
// PGlite that scripts/start.ts serves on a local port (see lib/db/embedded.ts).
import "server-only";
import { createPrismaClient, type Db } from "@/lib/db/client";

const globalForDb = globalThis as unknown as { walletDb?: Db };

export const db: Db = globalForDb.walletDb ?? createPrismaClient();

// Next's dev server reloads modules; keep one pool per process.
if (process.env.NODE_ENV !== "production") globalForDb.walletDb = db;
