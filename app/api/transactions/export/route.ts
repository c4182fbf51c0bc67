// GET /api/transactions/export - streams the filtered transactions as CSV
import { Readable } from "node:stream";
import { currentActor } from "@/lib/actions/context";
import { recordAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { requireDatabaseUrl } from "@/lib/env";
import { getTranslator } from "@/lib/i18n/server";
import { DEFAULT_LOCALE, translator } from "@/lib/i18n/translate";
import { transactionCsvFilename, transactionCsvStream } from "@/lib/transactions/csv";
import { readTransactionFilters } from "@/lib/transactions/schemas";

export async function GET(request: Request): Promise<Response> {
  // currentActor(): getStaffSession() and the caller's address (runAsStaff supplies both in the matrix test).
  const { staff, request: meta } = await currentActor();
  if (!staff) return Response.json({ error: "unauthenticated" }, { status: 401 });
  const { filters, invalid } = readTransactionFilters(new URL(request.url).searchParams);
  if (!can(staff.roles, "transaction:export")) {
    // A refused bulk export of customers' payments is worth a record, as a refused action is.
    await db.$transaction((tx) =>
      recordAudit(tx, { actor: staff, action: "transaction.export", entityType: "Transaction", outcome: "FAILURE", reason: "forbidden", after: { filters }, request: meta }),
    );
    return Response.json({ error: "forbidden" }, { status: 403 });
  }
  // Never export "everything" because a filter could not be read.
  if (invalid.length > 0) return Response.json({ error: "invalid", fields: invalid }, { status: 400 });

  // Outside a Next.js request (the matrix test) there is no locale cookie: the default language.
  const t = await getTranslator().then(({ t }) => t, () => translator(DEFAULT_LOCALE));
  // Recorded before the first byte leaves: if the record cannot be written, nothing is exported.
  await db.$transaction((tx) => recordAudit(tx, { actor: staff, action: "transaction.export", entityType: "Transaction", after: { filters }, request: meta }));
  const csv = transactionCsvStream({ connectionString: requireDatabaseUrl(), filters, t });
  return new Response(Readable.toWeb(csv) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${transactionCsvFilename(new Date())}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
