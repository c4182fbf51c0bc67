// The live line under the page title: the scoring lag as the page opened (then live), and the link to the
// server's feed. The lag is read once here so it shows before the stream connects.
import { LiveStatus } from "@/components/alerts/queue/live-status";
import { alertLag, newestAlert } from "@/lib/fraud/queue/queries";
import { alertsHref, type AlertCursor, type AlertFilters, type AlertSort } from "@/lib/fraud/queue/schemas";

export async function LivePanel({ filters, sort, cursor }: { filters: AlertFilters; sort: AlertSort; cursor: AlertCursor | null }) {
  const [newest, lag] = await Promise.all([newestAlert(), alertLag().catch(() => null)]);
  return (
    <LiveStatus
      newest={newest ? { id: newest.id, createdAt: newest.createdAt.toISOString() } : null}
      lag={lag}
      refreshInPlace={cursor === null}
      firstPageHref={alertsHref(filters, sort)}
    />
  );
}
