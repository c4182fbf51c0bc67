// GET /api/audit/export - streams the filtered audit events as CSV
import { recordAuditAccess } from "@/lib/audit/access";
import { auditCsvStream } from "@/lib/audit/csv";
import { auditFiltersSchema } from "@/lib/audit/schemas";
import { csvAttachment } from "@/lib/csv/stream";
import { defineRoute } from "@/lib/http/define-route";
import { getTranslator } from "@/lib/i18n/server";
import { DEFAULT_LOCALE, translator } from "@/lib/i18n/translate";
import { shanghaiIsoString } from "@/lib/time";

export const GET = defineRoute({
  name: "audit.export",
  access: "audit:view",
  query: auditFiltersSchema,
  run: async ({ query: filters, staff, meta }) => {
    // Outside a Next.js request (the matrix test) there is no locale cookie: the default language.
    const t = await getTranslator().then(({ t }) => t, () => translator(DEFAULT_LOCALE));
    // Reading the trail is itself recorded (PCI DSS v4 10.2.1.3), before the first byte leaves.
    await recordAuditAccess(staff, { action: "audit.export", after: { filters } }, meta);
    const csv = auditCsvStream({ filters, t });
    // 2026-11-11T14:30:05.123+08:00 -> 20261111-1430, the export's time in Beijing.
    const stamp = shanghaiIsoString(new Date()).slice(0, 16).replace(/-/g, "").replace("T", "-").replace(":", "");
    return csvAttachment(csv, `audit-trail-${stamp}.csv`);
  },
});
