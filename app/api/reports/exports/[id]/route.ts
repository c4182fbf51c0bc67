// POST /api/reports/exports/[id] - one stored regulatory report file as an XML attachment, after the reason
// for downloading it (JSON or form body: { reason }) is recorded. The file carries whole ID numbers, so
// besides report:file it needs pii:reveal; every refusal is recorded like the wrapper's own.
import { z } from "zod";
import { recordRefusal } from "@/lib/audit/refusal";
import { recordAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { defineRoute, PRIVATE_HEADERS, RouteNotFoundError } from "@/lib/http/define-route";
import { downloadExport } from "@/lib/reports/export/download";
import { downloadExportSchema } from "@/lib/reports/export/schemas";
import { EXPORT_ENTITY, REPORT_AUDIT } from "@/lib/reports/fields";
import { referenceIdSchema } from "@/lib/validation/ids";

const ACTION = REPORT_AUDIT.download;

async function readBody(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.includes("application/json")) return await request.json();
    if (type.includes("form")) return Object.fromEntries(await request.formData());
  } catch {
    // An unreadable body is a body without a reason.
  }
  return {};
}

export const POST = defineRoute({
  name: ACTION,
  access: "report:file",
  params: z.object({ id: referenceIdSchema }),
  run: async ({ params, request, staff, meta }) => {
    if (!can(staff.roles, "pii:reveal")) {
      await recordRefusal(staff, { action: ACTION, permission: "pii:reveal", after: { exportId: params.id } }, meta);
      return Response.json({ error: "forbidden" }, { status: 403, headers: PRIVATE_HEADERS });
    }
    const body = downloadExportSchema.safeParse(await readBody(request));
    if (!body.success) {
      await db.$transaction((tx) =>
        recordAudit(tx, { actor: staff, action: ACTION, entityType: EXPORT_ENTITY, entityId: params.id, outcome: "FAILURE", reason: "invalid-request", after: { fields: ["reason"] }, request: meta }),
      );
      return Response.json({ error: "invalid", fields: ["reason"] }, { status: 400, headers: PRIVATE_HEADERS });
    }
    const file = await downloadExport(db, { exportId: params.id, reason: body.data.reason }, { staff, request: meta });
    if (!file) throw new RouteNotFoundError(EXPORT_ENTITY, params.id);
    return new Response(file.content, {
      status: 200,
      headers: {
        ...PRIVATE_HEADERS,
        "Content-Type": "application/xml; charset=utf-8",
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
      },
    });
  },
});
