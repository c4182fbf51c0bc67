// POST /api/session/ping - "keep working" from the idle warning: proxy.ts has already renewed the idle
// clock of a live session; this answers whether the session is still good.
import { defineRoute } from "@/lib/http/define-route";

export const POST = defineRoute({
  name: "session.ping",
  access: "signed-in",
  run: async () => new Response(null, { status: 204 }),
});
