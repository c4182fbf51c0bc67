// POST /api/v1/decisions - scores one proposed transaction for a signed API client: allow, review or block, with the reasons.
import { db } from "@/lib/db";
import { answerDecisionRequest } from "@/lib/fraud/decisions/answer";
import { defineSignedRoute } from "@/lib/fraud/decisions/route";

export const POST = defineSignedRoute({
  name: "fraud.decision",
  run: (request, meta) => answerDecisionRequest(db, request, meta),
});
