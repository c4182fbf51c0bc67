// Runs the automated KYC checks (lib/kyc/checks/evaluate.ts) against the database: reads what they need beyond the
// submission (other customers with the same ID number, watchlist candidates, the card's issuer) and
// stores the results, score and level on the submission. Usable from scripts and tests: no "server-only".
import { isDeepStrictEqual } from "node:util";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DuplicateIdUse, KycAssessmentContext, KycRiskAssessment, WatchlistCandidate } from "@/lib/kyc/checks/types";
import { assessSubmission } from "@/lib/kyc/checks/evaluate";
import { WatchlistIndex } from "@/lib/kyc/checks/name-match";
import { parseDocumentData, parseEnteredData } from "@/lib/kyc/submission-data";

/** A client or a transaction: callers may run the assessment inside their own transaction. */
export type AssessmentDb = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw" | "kycSubmission" | "watchlistEntry" | "cardBin">;

type CardIssuer = NonNullable<KycAssessmentContext["cardBin"]>;

const submissionSelect = {
  id: true,
  checkResults: true,
  riskScore: true,
  riskLevel: true,
  customerId: true,
  tierRequested: true,
  enteredData: true,
  documentData: true,
  idNumber: true,
  submittedAt: true,
} as const satisfies Prisma.KycSubmissionSelect;

type SubmissionRow = Prisma.KycSubmissionGetPayload<{ select: typeof submissionSelect }>;

interface Reference {
  watchlist: WatchlistIndex;
  issuer: (bin: string) => CardIssuer | null;
}

/**
 * Assesses one submission and stores the result: what runs when a submission arrives. The watchlist is
 * read fresh each time (a screening must see today's list; it is a few hundred rows) and matched in
 * memory, because fuzzy pinyin matching is not something portable SQL can do. Null if there is no such
 * submission. Does not change `version`: the results are derived from the submission, not an edit of it.
 */
export async function assessSubmissionById(db: AssessmentDb, submissionId: string): Promise<KycRiskAssessment | null> {
  const row = await db.kycSubmission.findUnique({ where: { id: submissionId }, select: submissionSelect });
  if (!row) return null;
  const bin = cardBinOf(row);
  const issuers = await db.cardBin.findMany({ where: { bin: { in: [...new Set([bin, bin.slice(0, 6)])] } }, select: { bin: true, bankName: true, cardType: true } });
  const reference: Reference = { watchlist: new WatchlistIndex(await loadWatchlist(db)), issuer: issuerLookup(issuers) };
  const [assessed] = assessRows(await duplicatesOf(db, [row]), [row], reference);
  await store(db, [assessed!]);
  return assessed!.assessment;
}

export interface BulkAssessmentSummary {
  submissions: number;
  /** Submissions whose stored results changed and were written. */
  updated: number;
  byLevel: Record<KycRiskAssessment["level"], number>;
  milliseconds: number;
}

/**
 * Assesses every submission, for the simulator and after a change to the checks or the watchlist. Keyset
 * batches by id; results written by UPDATE ... FROM unnest, only where they changed. The watchlist, the
 * BIN table and the set of shared ID numbers are read once, and only submissions with a shared number get
 * a duplicate query. Memory stays flat (the shared numbers are a small fraction) and the time grows
 * linearly with the number of submissions.
 */
export async function assessAllSubmissions(db: AssessmentDb, options: { batchSize?: number } = {}): Promise<BulkAssessmentSummary> {
  const started = Date.now();
  const batchSize = options.batchSize ?? 2_000;
  const issuers = await db.cardBin.findMany({ select: { bin: true, bankName: true, cardType: true } });
  const reference: Reference = { watchlist: new WatchlistIndex(await loadWatchlist(db)), issuer: issuerLookup(issuers) };
  const shared = await sharedIdNumbers(db);
  const summary: BulkAssessmentSummary = { submissions: 0, updated: 0, byLevel: { LOW: 0, MEDIUM: 0, HIGH: 0 }, milliseconds: 0 };
  let after: string | undefined;
  for (;;) {
    const rows = await db.kycSubmission.findMany({
      where: after === undefined ? {} : { id: { gt: after } },
      orderBy: { id: "asc" },
      take: batchSize,
      select: submissionSelect,
    });
    if (rows.length === 0) break;
    const suspects = rows.filter((r) => shared.has(r.idNumber));
    const assessed = assessRows(suspects.length ? await duplicatesOf(db, suspects) : new Map(), rows, reference);
    for (const { assessment } of assessed) summary.byLevel[assessment.level] += 1;
    // Sending results is what costs (on the embedded database most of all): a re-run writes only changes.
    const changed = assessed.filter(({ row, assessment }) => !unchanged(row, assessment));
    await store(db, changed);
    summary.submissions += rows.length;
    summary.updated += changed.length;
    after = rows[rows.length - 1]!.id;
    if (rows.length < batchSize) break;
  }
  summary.milliseconds = Date.now() - started;
  return summary;
}

type Assessed = { row: SubmissionRow; assessment: KycRiskAssessment };

/** The shared path of both entry points, so that one submission and a bulk pass cannot disagree. */
function assessRows(duplicates: Map<string, DuplicateIdUse[]>, rows: SubmissionRow[], reference: Reference): Assessed[] {
  return rows.map((row) => {
    const entered = parseEnteredData(row.enteredData);
    const read = parseDocumentData(row.documentData);
    const context: KycAssessmentContext = {
      duplicates: duplicates.get(row.id) ?? [],
      watchlist: reference.watchlist.candidates([entered.name, read.name]),
      cardBin: reference.issuer(entered.cardBin || read.cardBin),
    };
    const tier = row.tierRequested === 3 ? 3 : row.tierRequested === 1 ? 1 : 2;
    return { row, assessment: assessSubmission({ entered, read, tierRequested: tier, submittedAt: row.submittedAt }, context) };
  });
}

function unchanged(row: SubmissionRow, assessment: KycRiskAssessment): boolean {
  return row.riskScore === assessment.score && row.riskLevel === assessment.level && isDeepStrictEqual(row.checkResults, assessment.results);
}

/**
 * Rows per UPDATE. Prisma's debug module keeps the arguments of its last 100 debug calls even when
 * debugging is off, and a raw query's parameters are among them (several copies): smaller statements keep
 * what it retains to tens of megabytes instead of hundreds.
 */
const ROWS_PER_UPDATE = 250;

/** One UPDATE ... FROM unnest(...) per ROWS_PER_UPDATE rows. */
async function store(db: AssessmentDb, assessed: Assessed[]): Promise<void> {
  for (let start = 0; start < assessed.length; start += ROWS_PER_UPDATE) await storeChunk(db, assessed.slice(start, start + ROWS_PER_UPDATE));
}

async function storeChunk(db: AssessmentDb, assessed: Assessed[]): Promise<void> {
  await db.$executeRaw`
    UPDATE kyc_submission AS k
    SET check_results = u.results::jsonb, risk_score = u.score::smallint, risk_level = u.level::"RiskLevel"
    FROM unnest(
      ${assessed.map((a) => a.row.id)}::text[],
      ${assessed.map((a) => JSON.stringify(a.assessment.results))}::text[],
      ${assessed.map((a) => a.assessment.score)}::int[],
      ${assessed.map((a) => a.assessment.level)}::text[]
    ) AS u(id, results, score, level)
    WHERE k.id = u.id`;
}

/**
 * Other customers using each submission's ID number, from their submissions (the latest one named) and
 * their customer record, in one query for the batch. All time, not only earlier customers: a reviewer must
 * know about the other use whichever came first.
 */
async function duplicatesOf(db: AssessmentDb, rows: SubmissionRow[]): Promise<Map<string, DuplicateIdUse[]>> {
  const found = await db.$queryRaw<{ forId: string; customerId: string; submissionId: string | null; name: string }[]>`
    SELECT b.id AS "forId", o.customer_id AS "customerId", o.submission_id AS "submissionId", c.name
    FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.customerId)}::text[], ${rows.map((r) => r.idNumber)}::text[])
      AS b(id, customer_id, id_number)
    CROSS JOIN LATERAL (
      SELECT s.customer_id, (array_agg(s.id ORDER BY s.submitted_at DESC, s.id DESC))[1] AS submission_id
      FROM kyc_submission s
      WHERE s.id_number = b.id_number AND s.customer_id <> b.customer_id
      GROUP BY s.customer_id
      UNION ALL
      SELECT other.id, NULL
      FROM customer other
      WHERE other.id_number = b.id_number AND other.id <> b.customer_id
        AND NOT EXISTS (SELECT 1 FROM kyc_submission s2 WHERE s2.customer_id = other.id AND s2.id_number = b.id_number)
    ) o
    JOIN customer c ON c.id = o.customer_id
    ORDER BY b.id, o.customer_id`;
  const byId = new Map<string, DuplicateIdUse[]>();
  for (const d of found) {
    const use: DuplicateIdUse = { customerId: d.customerId, name: d.name, ...(d.submissionId ? { submissionId: d.submissionId } : {}) };
    byId.set(d.forId, [...(byId.get(d.forId) ?? []), use]);
  }
  return byId;
}

/** ID numbers used by more than one customer: one pass over both tables, so that batches whose numbers
 *  are all unique (nearly all) need no duplicate query. Holds only the shared numbers. */
async function sharedIdNumbers(db: AssessmentDb): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ idNumber: string }[]>`
    SELECT id_number AS "idNumber"
    FROM (SELECT id_number, customer_id FROM kyc_submission UNION SELECT id_number, id FROM customer) AS used
    GROUP BY id_number
    HAVING count(*) > 1`;
  return new Set(rows.map((r) => r.idNumber));
}

async function loadWatchlist(db: AssessmentDb): Promise<WatchlistCandidate[]> {
  const rows = await db.watchlistEntry.findMany({
    select: { id: true, kind: true, name: true, namePinyin: true, birthDate: true, source: true },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => ({ ...r, birthDate: r.birthDate ? r.birthDate.toISOString().slice(0, 10) : null }));
}

function cardBinOf(row: SubmissionRow): string {
  return parseEnteredData(row.enteredData).cardBin || parseDocumentData(row.documentData).cardBin;
}

/** BINs are stored with 6 or 8 digits; an 8-digit entry wins over its 6-digit range. */
function issuerLookup(rows: { bin: string; bankName: string; cardType: string }[]): (bin: string) => CardIssuer | null {
  const byBin = new Map(rows.map((r) => [r.bin, { bankName: r.bankName, cardType: r.cardType }]));
  return (bin) => (bin ? (byBin.get(bin) ?? byBin.get(bin.slice(0, 6)) ?? null) : null);
}
