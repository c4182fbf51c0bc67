// GET /api/v1/openapi.json - the decision API's OpenAPI 3.1 description, public like any API reference.
import { definePublicRoute } from "@/lib/http/define-route";
import { decisionApiDocument } from "@/lib/fraud/decisions/openapi";

export const GET = definePublicRoute({
  name: "api.openapi",
  run: async () => Response.json(decisionApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } }),
});
