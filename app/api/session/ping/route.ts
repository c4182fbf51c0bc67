// POST /api/session/ping - "keep working" from the idle warning: proxy.ts has already renewed the idle
// clock of a live session; this answers whether the session is still good.
import { currentActor } from "@/lib/actions/context";

export async function POST() {
  const { staff } = await currentActor();
  return new Response(null, { status: staff ? 204 : 401 });
}
