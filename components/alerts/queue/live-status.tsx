"use client";
// The page's live link: one EventSource on /api/alerts/stream (the server's single poller fans out the
// newest alert's position and the scoring lag). On the first page of a view a new alert refreshes the
// list in place (the table marks and announces the new rows); deeper pages, which a refresh would not
// change, say that new alerts arrived and offer the first page. The lag line updates as it changes.
import { useEffect, useRef, useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Activity, WifiOff } from "lucide-react";
import { buttonClassName } from "@/components/ui/button";
import { fill } from "@/components/alerts/queue/messages";
import { useMessages } from "@/lib/i18n/provider";
import type { LagView } from "@/lib/fraud/queue/live";

type Position = { id: string; createdAt: string } | null;

export interface LiveStatusProps {
  /** The newest alert when the page was rendered. */
  newest: Position;
  lag: LagView | null;
  /** The first page of the view: refresh in place on news. */
  refreshInPlace: boolean;
  firstPageHref: string;
}

const same = (a: Position, b: Position) => (a === null ? b === null : b !== null && a.id === b.id && a.createdAt === b.createdAt);

export function LiveStatus({ newest, lag: initialLag, refreshInPlace, firstPageHref }: LiveStatusProps) {
  const m = useMessages("alerts");
  const router = useRouter();
  const [lag, setLag] = useState(initialLag);
  const [offline, setOffline] = useState(false);
  const [behind, setBehind] = useState(false);
  const [, startTransition] = useTransition();
  const known = useRef(newest);
  const refreshing = useRef(false);
  const again = useRef(false);

  useEffect(() => {
    const source = new EventSource("/api/alerts/stream");
    const refresh = () => {
      if (refreshing.current) {
        again.current = true;
        return;
      }
      refreshing.current = true;
      startTransition(() => {
        router.refresh();
      });
      // A refresh is one server render; at most one more follows if news arrived meanwhile.
      setTimeout(() => {
        refreshing.current = false;
        if (again.current) {
          again.current = false;
          refresh();
        }
      }, 750);
    };
    source.addEventListener("newest", (event) => {
      const next = JSON.parse((event as MessageEvent<string>).data) as Position;
      if (same(next, known.current)) return;
      known.current = next;
      if (refreshInPlace) refresh();
      else setBehind(true);
    });
    source.addEventListener("lag", (event) => setLag(JSON.parse((event as MessageEvent<string>).data) as LagView));
    source.onopen = () => setOffline(false);
    source.onerror = () => setOffline(source.readyState !== EventSource.OPEN);
    return () => source.close();
  }, [refreshInPlace, router]);

  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-xs text-ink-muted" data-testid="alert-live">
      <span className="inline-flex items-center gap-1.5" data-testid="alert-lag" aria-live="off">
        <Activity aria-hidden className="size-3.5" />
        {lag ? fill(m.live.lag, { seconds: lag.lagSeconds.toLocaleString(), count: lag.pendingTransactions.toLocaleString() }) : m.live.lagUnknown}
      </span>
      {offline ? (
        <span className="inline-flex items-center gap-1.5 text-warning-fg" role="status" data-testid="alert-offline">
          <WifiOff aria-hidden className="size-3.5" />
          {m.live.offline}
        </span>
      ) : null}
      {behind ? (
        <span className="inline-flex items-center gap-2 text-ink" role="status" data-testid="alert-new-above">
          {m.live.newAbove}
          <Link href={firstPageHref} className={buttonClassName("secondary", "sm")}>
            {m.live.showNewest}
          </Link>
        </span>
      ) : null}
    </div>
  );
}
