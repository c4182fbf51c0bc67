// The alert queue's SQL, built from a view (filters, sort, keyset cursor). A plain module taking no
// database: the page (through queue/queries.ts), "next alert", the tests and the benchmark run these very
// statements.
//
// As in the KYC queue (lib/kyc/queue/sql.ts): an index (status, key…, id) returns rows in key order for ONE
// status, and the "active" tab shows three, so each status gets its own branch reading at most one page from
// its index range starting at the cursor, and the outer query merges the branches. Every sort runs one way
// (newest, most severe, largest first, ties by id), so the keyset condition is a single row comparison that
// the index answers as a range. No OFFSET anywhere: page 10,000 reads what page 1 reads.
import { Prisma } from "@/lib/generated/prisma/client";
import { ALERT_SEVERITIES, ALERT_STATUSES, tabStatuses, type AlertCursor, type AlertFilters, type AlertSort } from "@/lib/fraud/queue/view";

export interface AlertViewer {
  /** Who "me" is in the assignee filter. */
  viewerId: string;
}

interface SortKey {
  column: "created_at" | "severity" | "amount_fen" | "id";
  cast: "timestamptz" | '"AlertSeverity"' | "bigint" | "text";
}

const ID_KEY: SortKey = { column: "id", cast: "text" };
const CREATED: SortKey = { column: "created_at", cast: "timestamptz" };

/** Each sort runs descending and ends in the id, so the order is total and a cursor names one position. */
export const ALERT_SORT_KEYS: Readonly<Record<AlertSort, readonly SortKey[]>> = {
  newest: [CREATED, ID_KEY],
  severity: [{ column: "severity", cast: '"AlertSeverity"' }, CREATED, ID_KEY],
  amount: [{ column: "amount_fen", cast: "bigint" }, ID_KEY],
};

const ROW_COLUMNS = Prisma.raw(
  // severity stays the enum, so that ORDER BY severity (which would otherwise name the text output column)
  // sorts by the enum's order and reads the index; severity_name is its text for the reader.
  `id, version, rule_id, customer_id, transaction_id, amount_fen, score, severity, severity::text AS severity_name, status::text AS status,
   assignee_id, case_id, created_at`,
);

// Statuses and severities come from fixed lists, so they are written as literals: the planner then sees
// the exact value, as it would for a hand-written query.
function literal(value: string): Prisma.Sql {
  if (!(ALERT_STATUSES as readonly string[]).includes(value) && !(ALERT_SEVERITIES as readonly string[]).includes(value)) throw new Error(`not an alert literal: ${value}`);
  return Prisma.raw(`'${value}'`);
}

/** The rule's id from its code (FraudRule.id = "rule_" + code in lower case, common.md). */
export function ruleIdOf(code: string): string {
  return `rule_${code.toLowerCase()}`;
}

/** Every condition of the view except the status, which each branch fixes. */
function filterConditions(filters: AlertFilters, viewer: AlertViewer, options: { assignee: boolean } = { assignee: true }): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (filters.severity) where.push(Prisma.sql`severity = ${literal(filters.severity)}`);
  if (filters.rule) where.push(Prisma.sql`rule_id = ${ruleIdOf(filters.rule)}`);
  if (filters.customer) where.push(Prisma.sql`customer_id = ${filters.customer}`);
  if (options.assignee && filters.assignee) {
    if (filters.assignee === "none") where.push(Prisma.sql`assignee_id IS NULL`);
    else where.push(Prisma.sql`assignee_id = ${filters.assignee === "me" ? viewer.viewerId : filters.assignee}`);
  }
  return where;
}

const and = (parts: Prisma.Sql[]) => Prisma.join(parts, " AND ");

function keysetCondition(keys: readonly SortKey[], cursor: AlertCursor | null): Prisma.Sql | null {
  if (!cursor) return null;
  const values = [...cursor.values, cursor.id];
  const columns = Prisma.raw(keys.map((key) => key.column).join(", "));
  const bounds = Prisma.join(keys.map((key, i) => Prisma.sql`${values[i]!}::${Prisma.raw(key.cast)}`), ", ");
  // Descending sorts: "after" is smaller, "before" is larger.
  const operator = Prisma.raw(cursor.direction === "after" ? "<" : ">");
  return Prisma.sql`(${columns}) ${operator} (${bounds})`;
}

function orderBy(keys: readonly SortKey[], reversed: boolean, prefix = ""): Prisma.Sql {
  return Prisma.raw(keys.map((key) => `${prefix}${key.column} ${reversed ? "ASC" : "DESC"}`).join(", "));
}

/**
 * One page of the queue (limit rows, usually a page and one more) in the reading direction: rows after an
 * "after" cursor in sort order, rows before a "before" cursor in reverse order (the caller turns them round).
 */
export function alertPageSql(filters: AlertFilters, sort: AlertSort, cursor: AlertCursor | null, viewer: AlertViewer, limit: number): Prisma.Sql {
  const keys = ALERT_SORT_KEYS[sort];
  const reversed = cursor?.direction === "before";
  const common = filterConditions(filters, viewer);
  const keyset = keysetCondition(keys, cursor);
  const branches = tabStatuses(filters.status).map((status) => {
    const where = and([Prisma.sql`status = ${literal(status)}`, ...common, ...(keyset ? [keyset] : [])]);
    return Prisma.sql`(SELECT ${ROW_COLUMNS} FROM fraud_alert WHERE ${where} ORDER BY ${orderBy(keys, reversed)} LIMIT ${limit})`;
  });
  // The page is cut from the merged branches first, and only its rows are joined to their customer and
  // assignee: a plan that reads every branch whole then looks up one page of names, not three.
  return Prisma.sql`
    SELECT p.*, c.name AS customer_name, a.name AS assignee_name
    FROM (SELECT * FROM (${Prisma.join(branches, " UNION ALL ")}) AS u ORDER BY ${orderBy(keys, reversed, "u.")} LIMIT ${limit}) AS p
    JOIN customer c ON c.id = p.customer_id
    LEFT JOIN staff_user a ON a.id = p.assignee_id
    ORDER BY ${orderBy(keys, reversed, "p.")}`;
}

/**
 * How many alerts of each status match the view's other filters, each counted up to cap + 1 only: a tab
 * showing "10,000+" costs a bounded index scan, where an exact count would read every resolved alert.
 */
export function alertCountsSql(filters: AlertFilters, viewer: AlertViewer, cap: number): Prisma.Sql {
  const common = filterConditions(filters, viewer);
  const columns = ALERT_STATUSES.map((status) => {
    const where = and([Prisma.sql`status = ${literal(status)}`, ...common]);
    return Prisma.sql`(SELECT count(*)::int FROM (SELECT 1 FROM fraud_alert WHERE ${where} LIMIT ${cap + 1}) AS c) AS ${Prisma.raw(`"${status}"`)}`;
  });
  return Prisma.sql`SELECT ${Prisma.join(columns, ", ")}`;
}

/**
 * "Next alert", one severity at a time from the most severe: the oldest unassigned OPEN alert of that
 * severity matching the view's filters (status tab and assignee aside), locked for this transaction. SKIP
 * LOCKED lets two officers asking at the same moment each get a different one instead of queueing on the
 * same row. One statement per severity keeps each an index range (status, severity, created_at, id).
 */
export function takeNextSql(filters: AlertFilters, viewer: AlertViewer, severity: (typeof ALERT_SEVERITIES)[number]): Prisma.Sql {
  const where = and([Prisma.sql`status = 'OPEN'`, Prisma.sql`severity = ${literal(severity)}`, Prisma.sql`assignee_id IS NULL`, ...filterConditions({ ...filters, severity: undefined }, viewer, { assignee: false })]);
  return Prisma.sql`
    SELECT id, version, status::text AS status FROM fraud_alert
    WHERE ${where}
    ORDER BY created_at ASC, id ASC
    LIMIT 1
    FOR UPDATE SKIP LOCKED`;
}

/** The view as one WHERE clause and ORDER BY, for tooling (the benchmark placing a cursor deep in it). */
export function alertViewWhere(filters: AlertFilters, viewer: AlertViewer): Prisma.Sql {
  return and([Prisma.sql`status IN (${Prisma.join(tabStatuses(filters.status).map(literal), ", ")})`, ...filterConditions(filters, viewer)]);
}

export function alertOrderBy(sort: AlertSort): Prisma.Sql {
  return orderBy(ALERT_SORT_KEYS[sort], false);
}
