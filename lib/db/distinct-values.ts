// The distinct values of an indexed column by a loose index scan: one index probe per distinct value, where a
// plain DISTINCT would read the whole table (a million submissions' customers, an audit trail that only
// grows) to fill a filter's short list. Table and column come from the fixed list below, never from input.
import { Prisma } from "@/lib/generated/prisma/client";

const INDEXED_COLUMNS = {
  "customer.province": ["customer", "province"],
  "audit_event.action": ["audit_event", "action"],
  "audit_event.entity_type": ["audit_event", "entity_type"],
} as const;

export type IndexedColumn = keyof typeof INDEXED_COLUMNS;

export async function distinctValues(reader: Pick<Prisma.TransactionClient, "$queryRaw">, column: IndexedColumn): Promise<string[]> {
  const [table, name] = INDEXED_COLUMNS[column].map((identifier) => Prisma.raw(`"${identifier}"`));
  const rows = await reader.$queryRaw<{ value: string }[]>`
    WITH RECURSIVE found(value) AS (
      (SELECT ${name} FROM ${table} ORDER BY ${name} LIMIT 1)
      UNION ALL
      SELECT (SELECT ${name} FROM ${table} WHERE ${name} > found.value ORDER BY ${name} LIMIT 1) FROM found WHERE found.value IS NOT NULL
    )
    SELECT value FROM found WHERE value IS NOT NULL`;
  return rows.map((row) => row.value);
}
