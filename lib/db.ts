// The one Prisma client. It always speaks to Postgres over the wire: a real server, or the embedded
// PGlite that scripts/start.ts serves on a local port (see lib/db/embedded.ts).
import "server-only";
import { createPrismaClient, type Db } from "@/lib/db/client";

const globalForDb = globalThis as unknown as { walletDb?: Db };

function client(): Db {
  // Created on first use, not at import: `next build` loads modules without a database to talk to.
  globalForDb.walletDb ??= createPrismaClient();
  return globalForDb.walletDb;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const value = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});
