// Integration tests run against DATABASE_URL when it is set (CI's real Postgres), otherwise against an
// in-memory embedded Postgres served for the duration of the run. Either way the schema is migrated here.
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedDatabase({ dataDir: "memory://", port: 0 });
  const url = process.env.DATABASE_URL ?? embedded!.url;
  await migrate(url);
  process.env.DATABASE_URL = url;
  project.provide("databaseUrl", url);
  return async () => {
    await embedded?.stop();
  };
}
