// Report references: LVR-20261201-0042, STR-20261203-0007 — the kind, a Shanghai day, then a number counting
// up within that kind and day. Taken under a transaction-scoped advisory lock per kind and day, so two
// writers in one instant get consecutive numbers, and the unique index on reference catches anything else.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RegulatoryReportKind } from "@/lib/generated/prisma/enums";
import { REFERENCE_PREFIX } from "@/lib/reports/fields";

type Tx = Pick<Prisma.TransactionClient, "$queryRaw">;

/** `day` is a Shanghai day (YYYY-MM-DD): the large-value report's business day, the STR's drafting day. */
export async function nextReference(tx: Tx, kind: RegulatoryReportKind, day: string): Promise<string> {
  const stem = `${REFERENCE_PREFIX[kind]}-${day.replaceAll("-", "")}-`;
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext(${stem})::bigint)`;
  const [row] = await tx.$queryRaw<{ last: string | null }[]>`
    SELECT max(reference) AS last FROM regulatory_report WHERE reference LIKE ${stem + "%"}`;
  const next = row?.last ? Number(row.last.slice(stem.length)) + 1 : 1;
  return stem + String(next).padStart(4, "0");
}
