// The embedded database: a file-backed PGlite (real Postgres compiled to WASM) owned by one process and
// served over the Postgres wire protocol on 127.0.0.1, so the app, scripts and tests all use plain `pg`.
// Only one process may open the data folder; others find the running server through its lock file.
// The server hands PGlite's one session to one connection at a time (lib/db/embedded-server.ts).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { EmbeddedServer } from "@/lib/db/embedded-server";

export interface EmbeddedDatabase {
  url: string;
  /** False when another process owns the database and this one only connects to it. */
  owned: boolean;
  stop(): Promise<void>;
}

interface LockFile {
  pid: number;
  port: number;
}

/** `memory://` keeps nothing on disk (tests); anything else is a folder. `holdIdleTimeoutMs`: see
 *  lib/db/embedded-server.ts (tests shorten it). */
export async function startEmbeddedDatabase(options: { dataDir: string; port: number; holdIdleTimeoutMs?: number }): Promise<EmbeddedDatabase> {
  const inMemory = options.dataDir.startsWith("memory://");
  const lockPath = inMemory ? null : path.join(options.dataDir, "..", path.basename(options.dataDir) + ".lock.json");

  if (lockPath) {
    const running = await findRunningServer(lockPath);
    if (running) return { url: urlFor(running.port), owned: false, stop: async () => {} };
    mkdirSync(options.dataDir, { recursive: true });
  }

  const db = await PGlite.create(inMemory ? undefined : options.dataDir, { extensions: { pg_trgm } });
  // 24 connections: the console's pool, the worker, and a few scripts at once (docs/architecture.md).
  const server = new EmbeddedServer({
    db,
    host: "127.0.0.1",
    port: options.port,
    maxConnections: 24,
    holdIdleTimeoutMs: options.holdIdleTimeoutMs,
  });
  await server.start();
  const port = server.port;
  if (lockPath) writeFileSync(lockPath, JSON.stringify({ pid: process.pid, port } satisfies LockFile));

  let stopped = false;
  return {
    url: urlFor(port),
    owned: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      if (lockPath && existsSync(lockPath)) rmSync(lockPath);
    },
  };
}

function urlFor(port: number): string {
  // User, password and database are ignored by the embedded server; sslmode=disable keeps pg from asking.
  return `postgres://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

async function findRunningServer(lockPath: string): Promise<LockFile | null> {
  if (!existsSync(lockPath)) return null;
  try {
    const lock = JSON.parse(readFileSync(lockPath, "utf8")) as LockFile;
    process.kill(lock.pid, 0); // throws when that process is gone
    if (await portAnswers(lock.port)) return lock;
  } catch {
    // A stale lock from a process that died: the folder is free again.
  }
  rmSync(lockPath, { force: true });
  return null;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
