// GET /api/alerts/stream - server-sent events for open alert queues: the newest alert's position and the
// scoring lag, from the process's one poller (lib/fraud/queue/live.ts), never a query per page.
import { defineRoute } from "@/lib/http/define-route";
import { feedStream } from "@/lib/fraud/queue/live";
import { alertFeed } from "@/lib/fraud/queue/queries";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  name: "alert.stream",
  access: "alert:view",
  run: async ({ request }) =>
    new Response(feedStream(alertFeed(), request.signal), {
      headers: {
        "Content-Type": "text/event-stream; charset=utf-8",
        "Cache-Control": "private, no-store, no-transform",
        Connection: "keep-alive",
        // Proxies that buffer responses (nginx) would hold events back.
        "X-Accel-Buffering": "no",
        "X-Content-Type-Options": "nosniff",
      },
    }),
});
