// The review queue's SQL, built from a view (filters, sort, keyset cursor). A plain module taking no
// database: the page (through queue/queries.ts), "take next" and the benchmark run these very statements.
//
// Why it looks the way it does: an index (status, key…, id) returns rows in key order for ONE status, but
// the queue usually shows two (pending and in review), and Postgres cannot merge the ordered ranges of an
// IN list. So each status gets its own branch, each branch reads at most one page from its index range
// starting at the cursor, and the outer query merges the branches. A sort mixing directions (risk score
// high to low, then oldest first) is split the same way, into one branch per run of equal direction, so
// every branch is a single index range. No OFFSET anywhere: page 10,000 reads what page 1 reads.
import { Prisma } from "@/lib/generated/prisma/client";
import { KYC_STATUSES, OPEN_STATUSES, RISK_LEVELS, type KycStatusCode, type QueueCursor, type QueueFilters, type QueueSort } from "@/lib/kyc/queue/schemas";

export interface QueueViewer {
  /** Who "me" is in the assignee filter. */
  viewerId: string;
  /** The instant "overdue" is measured against. */
  now: Date;
}

interface SortKey {
  column: "submitted_at" | "due_at" | "risk_score" | "id";
  direction: "asc" | "desc";
  cast: "timestamptz" | "int" | "text";
}

const ID_KEY: SortKey = { column: "id", direction: "asc", cast: "text" };

/** Each sort ends in the id, so the order is total and a cursor names exactly one position. */
export const QUEUE_SORT_KEYS: Readonly<Record<QueueSort, readonly SortKey[]>> = {
  submitted: [{ column: "submitted_at", direction: "asc", cast: "timestamptz" }, ID_KEY],
  due: [{ column: "due_at", direction: "asc", cast: "timestamptz" }, ID_KEY],
  risk: [{ column: "risk_score", direction: "desc", cast: "int" }, { column: "submitted_at", direction: "asc", cast: "timestamptz" }, ID_KEY],
};

const ROW_COLUMNS = Prisma.raw(
  `id, version, entered_data->>'name' AS customer_name, id_number, province, tier_requested, risk_level::text AS risk_level, risk_score,
   status::text AS status, assignee_id, submitted_at, due_at, approval_pending`,
);

/** The statuses a view reads: its tab, narrowed to the open ones when only overdue submissions are wanted. */
export function queueStatuses(filters: Pick<QueueFilters, "status" | "overdue">): KycStatusCode[] {
  const tab: readonly KycStatusCode[] = filters.status === "open" ? OPEN_STATUSES : [filters.status];
  return filters.overdue ? tab.filter((status) => (OPEN_STATUSES as readonly string[]).includes(status)) : [...tab];
}

// Statuses and risk levels come from fixed lists (zod enums), so they are written as literals: the planner
// then sees the exact value, as it would for a hand-written query.
function literal(value: KycStatusCode | (typeof RISK_LEVELS)[number]): Prisma.Sql {
  if (!(KYC_STATUSES as readonly string[]).includes(value) && !(RISK_LEVELS as readonly string[]).includes(value)) throw new Error(`not a queue literal: ${value}`);
  return Prisma.raw(`'${value}'`);
}

/** Every condition of the view except the status, which each branch fixes. */
function filterConditions(filters: QueueFilters, viewer: QueueViewer, options: { assignee: boolean } = { assignee: true }): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (filters.risk) where.push(Prisma.sql`risk_level = ${literal(filters.risk)}`);
  if (filters.tier) where.push(Prisma.sql`tier_requested = ${filters.tier}::smallint`);
  if (filters.province) where.push(Prisma.sql`province = ${filters.province}`);
  if (options.assignee && filters.assignee) {
    if (filters.assignee === "none") where.push(Prisma.sql`assignee_id IS NULL`);
    else where.push(Prisma.sql`assignee_id = ${filters.assignee === "me" ? viewer.viewerId : filters.assignee}`);
  }
  if (filters.overdue) where.push(Prisma.sql`due_at < ${viewer.now.toISOString()}::timestamptz`);
  if (filters.awaitingLead) where.push(Prisma.sql`approval_pending`);
  return where;
}

const and = (parts: Prisma.Sql[]) => Prisma.join(parts, " AND ");

function value(key: SortKey, raw: string | number): Prisma.Sql {
  return Prisma.sql`${raw}::${Prisma.raw(key.cast)}`;
}

function flip(direction: "asc" | "desc"): "asc" | "desc" {
  return direction === "asc" ? "desc" : "asc";
}

/**
 * The keyset condition "after the cursor" in the reading direction, as one condition per run of keys that
 * share a direction: (a DESC, b ASC, id ASC) after (A, B, I) is `a = A AND (b, id) > (B, I)` or `a < A`.
 */
function keysetBranches(keys: readonly SortKey[], cursor: QueueCursor | null): (Prisma.Sql | null)[] {
  if (!cursor) return [null];
  const values = [...cursor.values, cursor.id];
  const direction = (key: SortKey) => (cursor.direction === "before" ? flip(key.direction) : key.direction);
  const branches: Prisma.Sql[] = [];
  for (let start = 0; start < keys.length; ) {
    let end = start + 1;
    while (end < keys.length && direction(keys[end]!) === direction(keys[start]!)) end++;
    const run = keys.slice(start, end);
    const operator = Prisma.raw(direction(keys[start]!) === "asc" ? ">" : "<");
    const columns = Prisma.raw(run.map((key) => key.column).join(", "));
    const bounds = Prisma.join(run.map((key, i) => value(key, values[start + i]!)), ", ");
    const range = run.length === 1 ? Prisma.sql`${columns} ${operator} ${bounds}` : Prisma.sql`(${columns}) ${operator} (${bounds})`;
    // "Equal" written as a closed range: btree reads it as equality all the same, but the planner then
    // still sees the branch ordered by the whole sort (a constant-equality key drops out of its order),
    // so the merge above reads each branch lazily instead of sorting it whole.
    const equal = keys.slice(0, start).map((key, i) => {
      const column = Prisma.raw(key.column);
      return Prisma.sql`${column} >= ${value(key, values[i]!)} AND ${column} <= ${value(key, values[i]!)}`;
    });
    branches.push(and([...equal, range]));
    start = end;
  }
  return branches;
}

function orderBy(keys: readonly SortKey[], reversed: boolean, prefix = ""): Prisma.Sql {
  return Prisma.raw(keys.map((key) => `${prefix}${key.column} ${(reversed ? flip(key.direction) : key.direction).toUpperCase()}`).join(", "));
}

/**
 * One page of the queue (limit rows, usually a page and one more to know whether another follows), in the
 * reading direction: rows after an "after" cursor in sort order, rows before a "before" cursor in reverse
 * sort order (the caller turns them around). Null when the view can match nothing (overdue and decided).
 */
export function queuePageSql(filters: QueueFilters, sort: QueueSort, cursor: QueueCursor | null, viewer: QueueViewer, limit: number): Prisma.Sql | null {
  const statuses = queueStatuses(filters);
  if (statuses.length === 0) return null;
  const keys = QUEUE_SORT_KEYS[sort];
  const reversed = cursor?.direction === "before";
  const common = filterConditions(filters, viewer);
  const branches = statuses.flatMap((status) =>
    keysetBranches(keys, cursor).map((keyset) => {
      const where = and([Prisma.sql`status = ${literal(status)}`, ...common, ...(keyset ? [keyset] : [])]);
      return Prisma.sql`(SELECT ${ROW_COLUMNS} FROM kyc_submission WHERE ${where} ORDER BY ${orderBy(keys, reversed)} LIMIT ${limit})`;
    }),
  );
  return Prisma.sql`
    SELECT p.*, a.name AS assignee_name
    FROM (${Prisma.join(branches, " UNION ALL ")}) AS p
    LEFT JOIN staff_user a ON a.id = p.assignee_id
    ORDER BY ${orderBy(keys, reversed, "p.")}
    LIMIT ${limit}`;
}

/**
 * How many submissions of each status match the view's other filters, each counted up to cap + 1 only: a
 * tab showing "10,000+" costs a bounded index scan, where an exact count would read every decided
 * submission since the platform began.
 */
export function queueCountsSql(filters: QueueFilters, viewer: QueueViewer, cap: number): Prisma.Sql {
  // Only open submissions can be overdue.
  const readable: readonly KycStatusCode[] = filters.overdue ? OPEN_STATUSES : KYC_STATUSES;
  const common = filterConditions(filters, viewer);
  const columns = KYC_STATUSES.map((status) => {
    const alias = Prisma.raw(`"${status}"`);
    if (!readable.includes(status)) return Prisma.sql`0 AS ${alias}`;
    const where = and([Prisma.sql`status = ${literal(status)}`, ...common]);
    return Prisma.sql`(SELECT count(*)::int FROM (SELECT 1 FROM kyc_submission WHERE ${where} LIMIT ${cap + 1}) AS c) AS ${alias}`;
  });
  return Prisma.sql`SELECT ${Prisma.join(columns, ", ")}`;
}

/**
 * "Take next": the oldest unassigned pending submission matching the view's filters (its status tab and
 * assignee filter aside), locked for this transaction. SKIP LOCKED lets two officers asking at the same
 * moment each get a different one instead of queueing on the same row.
 */
export function takeNextSql(filters: QueueFilters, viewer: QueueViewer): Prisma.Sql {
  const where = and([Prisma.sql`status = 'PENDING'`, Prisma.sql`assignee_id IS NULL`, ...filterConditions(filters, viewer, { assignee: false })]);
  return Prisma.sql`
    SELECT id, version FROM kyc_submission
    WHERE ${where}
    ORDER BY ${orderBy(QUEUE_SORT_KEYS.submitted, false)}
    LIMIT 1
    FOR UPDATE SKIP LOCKED`;
}

/**
 * The whole view as one WHERE clause (statuses included) and its ORDER BY: for tooling that needs the
 * plain form of the view, such as the benchmark placing a cursor deep in it. The queue itself never
 * reads this way.
 */
export function queueViewWhere(filters: QueueFilters, viewer: QueueViewer): Prisma.Sql {
  const statuses = queueStatuses(filters);
  const status = statuses.length === 0 ? Prisma.sql`false` : Prisma.sql`status IN (${Prisma.join(statuses.map(literal), ", ")})`;
  return and([status, ...filterConditions(filters, viewer)]);
}

export function queueOrderBy(sort: QueueSort): Prisma.Sql {
  return orderBy(QUEUE_SORT_KEYS[sort], false);
}
