// The report list's SQL, built from a view (kind, filters, keyset cursor). A plain module taking no database:
// the page (through list/queries.ts) and the tests run these statements.
//
// Order: the reports still the bank's to file (UNFILED_STATUSES) by due day, so the overdue ones lead, then
// the filed ones with the most recent due day first; ties by reference. Both halves fold into one integer
// sort key, so a cursor is (key, reference) and a page deep in the list reads what page 1 reads: the rows
// of the kind (and status) through the (kind, status, due_day, id) index, never an OFFSET.
import { Prisma } from "@/lib/generated/prisma/client";
import type { RegulatoryReportKind } from "@/lib/generated/prisma/enums";
import { prefixUpperBound, type CustomerSearch } from "@/lib/customers/search/classify";
import { REPORT_KINDS, REPORT_STATUSES, UNFILED_STATUSES } from "@/lib/reports/fields";
import type { ReportListCursor, ReportListFilters } from "@/lib/reports/list/view";

function literal(value: string, allowed: readonly string[]): Prisma.Sql {
  if (!allowed.includes(value)) throw new Error(`not a report literal: ${value}`);
  return Prisma.raw(`'${value}'`);
}

const UNFILED = Prisma.raw(`r.status IN (${UNFILED_STATUSES.map((s) => `'${s}'`).join(", ")})`);

/** Unfiled: days since 2000-01-01 of the due day (ascending = most overdue first); filed: 1,000,000 minus it. */
export const SORT_KEY = Prisma.sql`(CASE WHEN ${UNFILED} THEN (r.due_day - DATE '2000-01-01') ELSE 1000000 - (r.due_day - DATE '2000-01-01') END)`;

function overdue(today: string): Prisma.Sql {
  return Prisma.sql`(${UNFILED} AND r.due_day < ${today}::date)`;
}

function dueToday(today: string): Prisma.Sql {
  return Prisma.sql`(${UNFILED} AND r.due_day = ${today}::date)`;
}

function prefixRange(column: "phone" | "id_number" | "email" | "name" | "pinyin_key", prefix: string): Prisma.Sql {
  const col = Prisma.raw(`c.${column}`);
  return Prisma.sql`${col} ~>=~ ${prefix} AND ${col} ~<~ ${prefixUpperBound(prefix)}`;
}

/** The customer condition for a classified query; a whole ID number is matched as its masked form (first six, last four). */
export function customerCondition(search: CustomerSearch): Prisma.Sql {
  switch (search.kind) {
    case "customerId":
      return Prisma.sql`c.id = ${search.value}`;
    case "walletId":
      return Prisma.sql`c.id = (SELECT customer_id FROM wallet WHERE id = ${search.value})`;
    case "idNumber":
      return Prisma.sql`${prefixRange("id_number", search.value.slice(0, 6))} AND right(c.id_number, 4) = ${search.value.slice(-4)}`;
    case "maskedIdNumber":
      return Prisma.sql`${prefixRange("id_number", search.prefix)} AND right(c.id_number, 4) = ${search.last4}`;
    case "phone":
      return search.exact ? Prisma.sql`c.phone = ${search.value}` : prefixRange("phone", search.value);
    case "email":
      return search.exact ? Prisma.sql`c.email = ${search.value}` : prefixRange("email", search.value);
    case "name":
      return prefixRange("name", search.value);
    case "pinyin":
      return prefixRange("pinyin_key", search.value);
  }
}

export interface ListSqlInput {
  kind: RegulatoryReportKind;
  filters: ReportListFilters;
  /** The classified customer query when the view has one. */
  customer: CustomerSearch | null;
  /** The Shanghai day "overdue" and "due today" are measured against. */
  today: string;
  /** Whose approval "mine" and the awaiting-me count mean. */
  viewerId?: string;
}

/** Awaiting this viewer's approval: submitted, and neither drafted nor submitted by them (four eyes). */
function awaitingViewer(viewerId: string): Prisma.Sql {
  return Prisma.sql`(r.status = 'SUBMITTED_FOR_REVIEW' AND r.submitted_by_id IS DISTINCT FROM ${viewerId} AND r.drafted_by_id IS DISTINCT FROM ${viewerId})`;
}

/** Everything but the status chip and the deadline chip: the counts are taken under these. */
function baseConditions({ kind, filters, customer }: ListSqlInput): Prisma.Sql[] {
  const where: Prisma.Sql[] = [Prisma.sql`r.kind = ${literal(kind, REPORT_KINDS)}`];
  if (filters.dueBefore) where.push(Prisma.sql`r.due_day <= ${filters.dueBefore}::date`);
  if (filters.from) where.push(Prisma.sql`r.basis_day >= ${filters.from}::date`);
  if (filters.to) where.push(Prisma.sql`r.basis_day <= ${filters.to}::date`);
  if (customer) where.push(customerCondition(customer));
  return where;
}

function conditions(input: ListSqlInput): Prisma.Sql[] {
  const where = baseConditions(input);
  if (input.filters.status) where.push(Prisma.sql`r.status = ${literal(input.filters.status, REPORT_STATUSES)}`);
  if (input.filters.mine) where.push(awaitingViewer(input.viewerId ?? ""));
  if (input.filters.due === "overdue") where.push(overdue(input.today));
  if (input.filters.due === "today") where.push(dueToday(input.today));
  return where;
}

export function reportPageSql(input: ListSqlInput, cursor: ReportListCursor | null, limit: number): Prisma.Sql {
  const backwards = cursor?.direction === "before";
  const direction = backwards ? "DESC" : "ASC";
  const where = conditions(input);
  if (cursor) {
    const op = Prisma.raw(backwards ? "<" : ">");
    where.push(Prisma.sql`(${SORT_KEY}, r.reference) ${op} (${cursor.key}::int, ${cursor.reference})`);
  }
  return Prisma.sql`
    SELECT r.id, r.reference, r.kind::text AS kind, r.status::text AS status, r.customer_id, c.name AS customer_name,
           to_char(r.basis_day, 'YYYY-MM-DD') AS basis_day, to_char(r.due_day, 'YYYY-MM-DD') AS due_day,
           r.threshold_code, r.direction, r.total_fen, r.total_usd_cents, r.transaction_count,
           r.trigger, r.crime_type, r.urgent, r.case_id, r.alert_id, r.corrects_report_id,
           COALESCE(r.alert_id, (SELECT a.id FROM fraud_alert a WHERE a.case_id = r.case_id ORDER BY a.created_at, a.id LIMIT 1)) AS source_alert_id,
           s.name AS drafted_by_name, ${SORT_KEY} AS sort_key
    FROM regulatory_report r
    JOIN customer c ON c.id = r.customer_id
    LEFT JOIN staff_user s ON s.id = r.drafted_by_id
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${SORT_KEY} ${Prisma.raw(direction)}, r.reference ${Prisma.raw(direction)}
    LIMIT ${limit}`;
}

/**
 * Reports of the kind per status, overdue, due today, all, and awaiting the viewer's approval (submitted
 * by and drafted by someone else), under the view's other filters.
 */
export function reportCountsSql(input: ListSqlInput, viewerId = input.viewerId ?? ""): Prisma.Sql {
  const where = baseConditions(input);
  const perStatus = REPORT_STATUSES.map((status) => Prisma.sql`count(*) FILTER (WHERE r.status = ${literal(status, REPORT_STATUSES)})::int AS ${Prisma.raw(`"${status}"`)}`);
  return Prisma.sql`
    SELECT count(*)::int AS "all", ${Prisma.join(perStatus, ", ")},
           count(*) FILTER (WHERE ${overdue(input.today)})::int AS "overdue",
           count(*) FILTER (WHERE ${dueToday(input.today)})::int AS "dueToday",
           count(*) FILTER (WHERE ${awaitingViewer(viewerId)})::int AS "awaitingMe"
    FROM regulatory_report r
    JOIN customer c ON c.id = r.customer_id
    WHERE ${Prisma.join(where, " AND ")}`;
}
