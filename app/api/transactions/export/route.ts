// GET /api/transactions/export - streams the filtered transactions as CSV
import { recordAudit } from "@/lib/audit/write";
import { db } from "@/lib/db";
import { requireDatabaseUrl } from "@/lib/env";
import { csvAttachment } from "@/lib/csv/stream";
import { defineRoute } from "@/lib/http/define-route";
import { getTranslator } from "@/lib/i18n/server";
import { DEFAULT_LOCALE, translator } from "@/lib/i18n/translate";
import { transactionCsvFilename, transactionCsvStream } from "@/lib/transactions/csv";
import { transactionFiltersSchema } from "@/lib/transactions/schemas";

export const GET = defineRoute({
  name: "transaction.export",
  access: "transaction:export",
  query: transactionFiltersSchema,
  run: async ({ query: filters, staff, meta }) => {
    // Outside a Next.js request (the matrix test) there is no locale cookie: the default language.
    const { t, locale } = await getTranslator().catch(() => ({ t: translator(DEFAULT_LOCALE), locale: DEFAULT_LOCALE }));
    // Recorded before the first byte leaves: if the record cannot be written, nothing is exported.
    await db.$transaction((tx) => recordAudit(tx, { actor: staff, action: "transaction.export", entityType: "Transaction", after: { filters }, request: meta }));
    const csv = transactionCsvStream({ connectionString: requireDatabaseUrl(), filters, t, locale });
    return csvAttachment(csv, transactionCsvFilename(new Date()));
  },
});
