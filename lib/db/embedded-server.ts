// Serves one PGlite to many Postgres wire-protocol connections, ONE CONNECTION AT A TIME.
//
// PGlite is a single Postgres session. pglite-socket 0.2.17 (PGLiteSocketServer) queues single protocol
// messages from all connections and only keeps a connection's turn while the session is inside a
// transaction, so the Parse/Bind/Describe/Execute/Sync of two connections' unnamed statements interleave on
// the one session: "portal \"\" does not exist", "bind message supplies 1 parameters, but prepared
// statement \"\" requires 3", and rows handed to another connection's query (issue 9, item 12).
//
// Here a connection holds the session from its first message until PGlite answers a Sync or Query with
// ReadyForQuery in status 'I' (idle, outside any transaction). Meanwhile the other connections' messages
// wait, in the order their connections asked for the session, so a statement never runs inside another
// connection's transaction or between the messages of its extended-protocol exchange. That is how a real
// server looks from each client, except that sessions wait for each other instead of for row locks.
//
// A connection that goes away while holding the session (crash, kill, socket error) is cleaned up like a
// backend that lost its client: Sync to end any half-sent exchange, ROLLBACK of an open transaction, then
// the next connection gets the session. A connection that keeps a transaction open and sends nothing for
// `holdIdleTimeoutMs` while others wait is ended the way Postgres's idle_in_transaction_session_timeout
// ends it (FATAL 25P03) and rolled back. Prisma rolls its own transactions back after 15 s (lib/db/client.ts),
// so the bound only catches clients that forgot a transaction (a crashed script, a psql left in BEGIN).
//
// Session state that outlives a transaction (SET, named prepared statements, temporary tables,
// session-level advisory locks, LISTEN) is still shared by all connections, as it always was on the
// embedded database: the app uses none of them (adapter-pg sends unnamed statements only; the audit
// writer's pg_advisory_xact_lock ends with its transaction, and transactions no longer overlap).
//
// Every connection is a socket here, whichever process opened it: the console's pool, the scoring worker,
// seed and bench scripts all take their turn in the same line.
import { createServer, type Server, type Socket } from "node:net";
import type { PGlite } from "@electric-sql/pglite";

export interface EmbeddedServerOptions {
  db: PGlite;
  host: string;
  /** 0 picks a free port (see `port` after start). */
  port: number;
  /** Connections beyond this are refused with "too many clients" (SQLSTATE 53300), as Postgres does. */
  maxConnections: number;
  /** How long a connection may hold the session without sending anything while others wait. */
  holdIdleTimeoutMs?: number;
}

export const DEFAULT_HOLD_IDLE_TIMEOUT_MS = 30_000;

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;
const code = (c: string) => c.charCodeAt(0);
/** Client messages after which the backend answers ReadyForQuery (Sync, Query, FunctionCall, CopyDone, CopyFail). */
const ENDS_EXCHANGE = new Set(["S", "Q", "F", "c", "f"].map(code));
const TERMINATE = code("X");
const READY_FOR_QUERY = code("Z");
const IDLE = code("I");
const SYNC = Uint8Array.from([code("S"), 0, 0, 0, 4]);

interface Connection {
  socket: Socket;
  inbox: Buffer;
  started: boolean;
  /** Set once the socket is gone (or is being ended by us): nothing more is read from it. */
  closed: boolean;
  holdTimer?: NodeJS.Timeout;
  /** Held the session idle past the bound while nobody waited; ended as soon as someone does. */
  overdue: boolean;
}

export class EmbeddedServer {
  private server: Server | null = null;
  private readonly connections = new Set<Connection>();
  /** Connections with a complete message that wait for the session, first come first served. */
  private readonly waiting: Connection[] = [];
  private holder: Connection | null = null;
  private pumping: Promise<void> | null = null;
  private stopping = false;
  private readonly holdIdleTimeoutMs: number;
  port = 0;

  constructor(private readonly options: EmbeddedServerOptions) {
    this.holdIdleTimeoutMs = options.holdIdleTimeoutMs ?? DEFAULT_HOLD_IDLE_TIMEOUT_MS;
  }

  async start(): Promise<void> {
    await this.options.db.waitReady;
    const server = createServer((socket) => this.accept(socket));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.options.port, this.options.host, () => resolve());
    });
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("the embedded server has no TCP address");
    this.port = address.port;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const closed = new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    for (const connection of this.connections) connection.socket.destroy();
    await this.pumping;
    await closed;
  }

  private accept(socket: Socket) {
    if (this.stopping) return void socket.destroy();
    if (this.connections.size >= this.options.maxConnections) {
      // Closed once the refusal is flushed: a socket left half-open would keep stop() waiting.
      socket.end(errorResponse("53300", "sorry, too many clients already"), () => socket.destroy());
      return;
    }
    socket.setNoDelay(true);
    const connection: Connection = { socket, inbox: Buffer.alloc(0), started: false, closed: false, overdue: false };
    this.connections.add(connection);
    socket.on("data", (chunk) => this.received(connection, chunk));
    socket.on("error", () => socket.destroy());
    socket.on("close", () => this.gone(connection));
  }

  private received(connection: Connection, chunk: Buffer) {
    if (connection.closed) return;
    connection.inbox = connection.inbox.length ? Buffer.concat([connection.inbox, chunk]) : chunk;
    if (!connection.started && !this.answerPreStartup(connection)) return;
    if (this.holder === connection) {
      clearTimeout(connection.holdTimer);
      connection.overdue = false;
    } else if (nextMessageLength(connection) > 0 && !this.waiting.includes(connection)) {
      this.waiting.push(connection);
      if (this.holder?.overdue) this.endIdleHolder(this.holder);
    }
    this.pump();
  }

  /** SSL/GSS encryption and cancel requests come before the startup message and never touch the session. */
  private answerPreStartup(connection: Connection): boolean {
    while (connection.inbox.length >= 8) {
      const request = connection.inbox.readInt32BE(4);
      if (request === SSL_REQUEST || request === GSSENC_REQUEST) {
        connection.inbox = connection.inbox.subarray(8);
        connection.socket.write("N"); // not supported: the client goes on in plain text (loopback only)
      } else if (request === CANCEL_REQUEST) {
        // A cancel arrives on a connection of its own. PGlite cannot interrupt a running statement.
        this.close(connection);
        return false;
      } else {
        return true;
      }
    }
    return true;
  }

  private gone(connection: Connection) {
    connection.closed = true;
    clearTimeout(connection.holdTimer);
    this.connections.delete(connection);
    const index = this.waiting.indexOf(connection);
    if (index >= 0) this.waiting.splice(index, 1);
    this.pump(); // a holder that left is rolled back by the pump
  }

  private close(connection: Connection) {
    connection.closed = true;
    connection.socket.destroy();
  }

  /** Runs the session: one exchange at a time, for the holder while it holds, else for the next in line. */
  private pump() {
    if (this.pumping) return;
    this.pumping = (async () => {
      await Promise.resolve(); // let `pumping` be set before a loop with nothing to do clears it
      try {
        while (!this.stopping) {
          const holder = this.holder;
          if (holder?.closed) {
            await this.rollBackAbandoned().catch((error) => console.error("[embedded-db] rollback of a lost connection failed", error));
            this.holder = null;
          } else if (holder) {
            if (nextMessageLength(holder) === 0) break; // it is the holder's turn to speak: wait for it
            // PGlite reports SQL errors in the reply; a throw here is PGlite itself failing: drop that
            // connection (its transaction is rolled back above), keep serving the others.
            await this.serve(holder).catch((error) => {
              console.error("[embedded-db] PGlite failed on a connection's messages", error);
              this.close(holder);
            });
          } else {
            const next = this.waiting.shift();
            if (!next) break;
            if (next.closed) continue;
            this.holder = next;
          }
        }
      } finally {
        this.pumping = null;
      }
    })();
  }

  /** Sends the holder's complete messages to PGlite in one call and keeps or releases the session. */
  private async serve(connection: Connection) {
    const batch = takeMessages(connection);
    if (batch === "terminate") return this.close(connection);
    if (batch === "invalid") {
      connection.closed = true;
      connection.socket.end(errorResponse("08P01", "invalid message length"), () => connection.socket.destroy());
      return;
    }
    const reply = new ReplyScanner();
    await this.exec(batch.bytes, (chunk) => {
      reply.feed(chunk);
      if (!connection.closed) connection.socket.write(Buffer.from(chunk));
    });
    const released = batch.startup || (ENDS_EXCHANGE.has(batch.lastType) && reply.lastType === READY_FOR_QUERY && reply.status === IDLE);
    if (released) {
      this.holder = null;
      clearTimeout(connection.holdTimer);
      connection.overdue = false;
      if (nextMessageLength(connection) > 0 && !connection.closed) this.waiting.push(connection); // back of the line
    } else if (nextMessageLength(connection) === 0 && !connection.closed) {
      this.armHoldTimer(connection);
    }
  }

  /** The holder is gone mid-exchange or mid-transaction: end the exchange, roll back, free the session. */
  private async rollBackAbandoned() {
    const reply = new ReplyScanner();
    await this.exec(SYNC, (chunk) => reply.feed(chunk));
    if (reply.status !== IDLE) await this.exec(simpleQuery("ROLLBACK"), () => {});
  }

  private exec(bytes: Uint8Array, onRawData: (chunk: Uint8Array) => void): Promise<void> {
    const { db } = this.options;
    return db.runExclusive(() => db.execProtocolRawStream(bytes, { onRawData }));
  }

  private armHoldTimer(connection: Connection) {
    clearTimeout(connection.holdTimer);
    connection.holdTimer = setTimeout(() => {
      connection.overdue = true;
      if (this.waiting.length > 0) this.endIdleHolder(connection);
    }, this.holdIdleTimeoutMs);
    connection.holdTimer.unref();
  }

  private endIdleHolder(connection: Connection) {
    connection.closed = true;
    connection.socket.end(errorResponse("25P03", "terminating connection due to idle-in-transaction timeout (the embedded database serves one session)"));
    setTimeout(() => connection.socket.destroy(), 1000).unref();
    this.pump();
  }
}

/** Length of the first complete message in the inbox, or 0 when it is not all there yet. */
function nextMessageLength(connection: Connection): number {
  const inbox = connection.inbox;
  if (!connection.started) {
    if (inbox.length < 4) return 0;
    const length = inbox.readInt32BE(0);
    return inbox.length >= length ? length : 0;
  }
  if (inbox.length < 5) return 0;
  const length = 1 + inbox.readInt32BE(1);
  return inbox.length >= length ? length : 0;
}

type Batch = { bytes: Uint8Array; startup: boolean; lastType: number } | "terminate" | "invalid";

/** The startup message alone, or every complete typed message up to a Terminate: PGlite runs a buffer of
 *  several messages in one call, as a backend reads a client's pipelined messages. */
function takeMessages(connection: Connection): Batch {
  const inbox = connection.inbox;
  if (!connection.started) {
    const length = inbox.readInt32BE(0);
    if (length < 8 || inbox.readInt32BE(4) !== PROTOCOL_3) return "invalid";
    connection.started = true;
    connection.inbox = inbox.subarray(length);
    return { bytes: new Uint8Array(inbox.subarray(0, length)), startup: true, lastType: 0 };
  }
  let end = 0;
  let lastType = 0;
  while (inbox.length - end >= 5) {
    const type = inbox[end]!;
    const length = inbox.readInt32BE(end + 1);
    if (length < 4) return "invalid";
    if (type === TERMINATE) return end === 0 ? "terminate" : cut(connection, end, lastType);
    if (inbox.length - end < 1 + length) break;
    lastType = type;
    end += 1 + length;
  }
  return cut(connection, end, lastType);
}

function cut(connection: Connection, end: number, lastType: number): Batch {
  const bytes = new Uint8Array(connection.inbox.subarray(0, end));
  connection.inbox = connection.inbox.subarray(end);
  return { bytes, startup: false, lastType };
}

/** Follows PGlite's reply across chunks: the type of the last message and the status of the last ReadyForQuery. */
class ReplyScanner {
  lastType = 0;
  status = 0;
  private readonly header = Buffer.alloc(5);
  private headerBytes = 0;
  private bodyLeft = 0;
  private statusNext = false;

  feed(chunk: Uint8Array) {
    let i = 0;
    while (i < chunk.length) {
      if (this.bodyLeft > 0) {
        if (this.statusNext) {
          this.status = chunk[i]!;
          this.statusNext = false;
        }
        const take = Math.min(this.bodyLeft, chunk.length - i);
        this.bodyLeft -= take;
        i += take;
        continue;
      }
      this.header[this.headerBytes++] = chunk[i++]!;
      if (this.headerBytes === 5) {
        this.headerBytes = 0;
        this.lastType = this.header[0]!;
        this.bodyLeft = this.header.readInt32BE(1) - 4;
        this.statusNext = this.lastType === READY_FOR_QUERY && this.bodyLeft > 0;
      }
    }
  }
}

function simpleQuery(sql: string): Uint8Array {
  const text = Buffer.from(sql + "\0");
  const message = Buffer.alloc(5 + text.length);
  message.write("Q", 0);
  message.writeInt32BE(4 + text.length, 1);
  text.copy(message, 5);
  return message;
}

/** A FATAL ErrorResponse, which clients report as a server error with its SQLSTATE. */
function errorResponse(sqlstate: string, text: string): Buffer {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${sqlstate}\0M${text}\0\0`);
  const message = Buffer.alloc(5 + fields.length);
  message.write("E", 0);
  message.writeInt32BE(4 + fields.length, 1);
  fields.copy(message, 5);
  return message;
}
