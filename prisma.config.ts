// Configuration for the Prisma CLI (client generation). The app itself builds its client in lib/db.ts.
// Migrations are applied by scripts/db-migrate.ts (see docs/architecture.md, "Migrations").
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgres://localhost:5432/wallet" },
});
