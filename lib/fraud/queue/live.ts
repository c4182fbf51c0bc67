// The alert queue's live feed: ONE poller per server process reads the newest alert's position (an index
// probe) about once a second, and the scoring lag every few seconds, and fans both out to every open page's
// stream. A hundred open queues cost the database what one costs. The embedded database has no
// LISTEN/NOTIFY, and polling a single indexed row works the same on PostgreSQL. The poller runs only while
// someone listens. Client-agnostic (the route binds the app's database in queue/queries.ts; the benchmark
// and tests bind their own).
import type { NewestAlert } from "@/lib/fraud/queue/read";

/** The scoring worker's lag as the page shows it ("评分延迟 3 秒 · 待评分 12 笔"). */
export interface LagView {
  lagSeconds: number;
  pendingTransactions: number;
}

export type FeedEvent = { type: "newest"; newest: { id: string; createdAt: string } | null } | { type: "lag"; lag: LagView };

export interface AlertFeedSource {
  newest: () => Promise<NewestAlert | null>;
  lag?: () => Promise<LagView>;
}

export interface AlertFeedOptions {
  intervalMs?: number;
  lagIntervalMs?: number;
  /** Told about a failed read (the feed keeps going: a database blip must not end every stream). */
  onError?: (error: unknown) => void;
}

type Listener = (event: FeedEvent) => void;

export class AlertFeed {
  private readonly listeners = new Set<Listener>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private newest: FeedEvent | null = null;
  private lag: FeedEvent | null = null;
  private lastLagAt = 0;
  /** Reads of the database so far (for tests and the benchmark: one per tick, not one per listener). */
  reads = 0;

  constructor(
    private readonly source: AlertFeedSource,
    private readonly options: AlertFeedOptions = {},
  ) {}

  get listenerCount(): number {
    return this.listeners.size;
  }

  /** Starts listening; the listener first hears the latest known state. Returns the unsubscribe. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (this.newest) listener(this.newest);
    if (this.lag) listener(this.lag);
    if (!this.timer) this.schedule(0);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // Whoever subscribes next reads afresh rather than hearing a position that may be long gone.
    this.newest = null;
    this.lag = null;
    this.lastLagAt = 0;
  }

  private schedule(delay: number): void {
    this.timer = setTimeout(() => void this.tick(), delay);
    // A process with nothing else to do may exit while the feed sleeps.
    this.timer.unref?.();
  }

  private emit(event: FeedEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        this.options.onError?.(error);
      }
    }
  }

  private async tick(): Promise<void> {
    const started = Date.now();
    try {
      this.reads++;
      const newest = await this.source.newest();
      const event: FeedEvent = { type: "newest", newest: newest ? { id: newest.id, createdAt: newest.createdAt.toISOString() } : null };
      if (JSON.stringify(event) !== JSON.stringify(this.newest)) {
        this.newest = event;
        this.emit(event);
      }
      const lagEvery = this.options.lagIntervalMs ?? 3_000;
      if (this.source.lag && started - this.lastLagAt >= lagEvery) {
        this.lastLagAt = started;
        const lag: FeedEvent = { type: "lag", lag: await this.source.lag() };
        if (JSON.stringify(lag) !== JSON.stringify(this.lag)) {
          this.lag = lag;
          this.emit(lag);
        }
      }
    } catch (error) {
      this.options.onError?.(error);
    }
    if (this.listeners.size === 0) return this.stop();
    const interval = this.options.intervalMs ?? 1_000;
    this.schedule(Math.max(0, interval - (Date.now() - started)));
  }
}

/** One event as server-sent events frame it. */
export function sseFrame(event: FeedEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event.type === "newest" ? event.newest : event.lag)}\n\n`;
}

/**
 * A stream of the feed's events for one page, ended after `maxMs` (the browser's EventSource reconnects by
 * itself, and the reconnect passes the session check again, so a signed-out person's stream stops) or when
 * the request is aborted. It subscribes only once someone reads it.
 */
export function feedStream(feed: AlertFeed, signal: AbortSignal | undefined, maxMs = 5 * 60_000, heartbeatMs = 20_000): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cleanup: () => void = noop;
  let subscribed = false;
  return new ReadableStream<Uint8Array>(
    {
      start() {},
      pull(controller) {
        if (subscribed) return;
        subscribed = true;
        let closed = false;
        const close = () => {
          if (closed) return;
          closed = true;
          cleanup();
          try {
            controller.close();
          } catch {
            // already closed by the reader
          }
        };
        const send = (text: string) => {
          if (closed) return;
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            close();
          }
        };
        send("retry: 1000\n\n");
        const unsubscribe = feed.subscribe((event) => send(sseFrame(event)));
        const heartbeat = setInterval(() => send(": keep-alive\n\n"), heartbeatMs);
        const end = setTimeout(close, maxMs);
        heartbeat.unref?.();
        end.unref?.();
        const onAbort = () => close();
        signal?.addEventListener("abort", onAbort);
        cleanup = () => {
          unsubscribe();
          clearInterval(heartbeat);
          clearTimeout(end);
          signal?.removeEventListener("abort", onAbort);
        };
      },
      cancel() {
        cleanup();
      },
    },
    { highWaterMark: 0 },
  );
}

function noop() {}
