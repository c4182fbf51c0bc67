// GET /api/audit/export - streams the filtered audit events as CSV
import { Readable } from "node:stream";
import { currentActor } from "@/lib/actions/context";
import { recordAuditAccess } from "@/lib/audit/access";
import { auditCsvStream } from "@/lib/audit/csv";
import { readAuditFilters } from "@/lib/audit/schemas";
import { can } from "@/lib/auth/permissions";
import { getTranslator } from "@/lib/i18n/server";
import { DEFAULT_LOCALE, translator } from "@/lib/i18n/translate";
import { shanghaiIsoString } from "@/lib/time";

export async function GET(request: Request): Promise<Response> {
  // currentActor(): getStaffSession() and the caller's address (runAsStaff supplies both in the matrix test).
  const { staff, request: meta } = await currentActor();
  if (!staff) return Response.json({ error: "unauthenticated" }, { status: 401 });
  const { filters, invalid } = readAuditFilters(new URL(request.url).searchParams);
  if (!can(staff.roles, "audit:view")) {
    // A refused attempt at the audit trail is itself worth a record (PCI DSS v4 10.2.1.4).
    await recordAuditAccess(staff, { action: "audit.export", outcome: "FAILURE", reason: "forbidden", after: { filters } }, meta);
    return Response.json({ error: "forbidden" }, { status: 403 });
  }
  // Never export "everything" because a filter could not be read.
  if (invalid.length > 0) return Response.json({ error: "invalid", fields: invalid }, { status: 400 });

  // Outside a Next.js request (the matrix test) there is no locale cookie: the default language.
  const t = await getTranslator().then(({ t }) => t, () => translator(DEFAULT_LOCALE));
  await recordAuditAccess(staff, { action: "audit.export", after: { filters } }, meta);
  const csv = auditCsvStream({ filters, t });
  // 2026-11-11T14:30:05.123+08:00 -> 20261111-1430, the export's time in Beijing.
  const stamp = shanghaiIsoString(new Date()).slice(0, 16).replace(/-/g, "").replace("T", "-").replace(":", "");
  return new Response(Readable.toWeb(csv) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-trail-${stamp}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
