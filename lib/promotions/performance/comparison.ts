// Did the promotion make participants spend more? Difference in differences against a matched comparison
// group: each customer's payments in the campaign so far against the same length of time just before it,
// participants' change minus the change of customers who did not participate. The comparison group is
// matched by strata (account tier x province x prior-spend band, the bands being quintiles of everyone's
// prior spend) and weighted by how many participants each stratum holds, so a campaign aimed at class III
// accounts in Guangdong is compared with class III accounts in Guangdong that spent alike before. Pure.

export const SPEND_BANDS = 5;

export interface CustomerSpend {
  customerId: string;
  tier: number;
  province: string;
  /** Successful payments in the window before the start, and in the campaign so far (fen). */
  beforeFen: bigint;
  duringFen: bigint;
  participant: boolean;
  /** The net cost of the customer's rewards (participants only). */
  costFen: bigint;
}

export interface SpendComparison {
  participants: number;
  /** Participants in a stratum that also holds non-participants: the ones measured. */
  matched: number;
  comparisonCustomers: number;
  strata: number;
  /** Upper edges of the prior-spend bands below the top one (fen). */
  bandEdgesFen: number[];
  /** Average per customer (fen); the comparison's averages weighted by participants per stratum. */
  participantsBeforeFen: number;
  participantsDuringFen: number;
  comparisonBeforeFen: number;
  comparisonDuringFen: number;
  participantsChangeFen: number;
  comparisonChangeFen: number;
  incrementalPerParticipantFen: number;
  /** incrementalPerParticipant x matched participants. */
  incrementalFen: number;
  /** The matched participants' reward cost. */
  matchedCostFen: number;
  /** Reward cost per yuan of incremental spend; null when there is no positive lift to divide by. */
  costPerIncrementalYuan: number | null;
}

/** Quintile edges of prior spend: band(v) = how many edges v is above. Ties (many zeros) share a band. */
export function bandEdges(values: readonly bigint[], bands = SPEND_BANDS): number[] {
  if (values.length === 0) return [];
  const sorted = values.map(Number).sort((a, b) => a - b);
  const edges: number[] = [];
  for (let i = 1; i < bands; i++) edges.push(sorted[Math.min(sorted.length - 1, Math.floor((i * sorted.length) / bands))] ?? 0);
  return [...new Set(edges)];
}

export function bandOf(value: bigint, edges: readonly number[]): number {
  const v = Number(value);
  return edges.filter((e) => v > e).length;
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

export function compareSpend(rows: readonly CustomerSpend[]): SpendComparison {
  const edges = bandEdges(rows.map((r) => r.beforeFen));
  const strata = new Map<string, { p: CustomerSpend[]; c: CustomerSpend[] }>();
  for (const row of rows) {
    const key = `${row.tier}|${row.province}|${bandOf(row.beforeFen, edges)}`;
    const s = strata.get(key) ?? { p: [], c: [] };
    (row.participant ? s.p : s.c).push(row);
    strata.set(key, s);
  }
  const participants = rows.filter((r) => r.participant).length;
  const used = [...strata.values()].filter((s) => s.p.length > 0 && s.c.length > 0);
  const matched = used.reduce((n, s) => n + s.p.length, 0);
  const weighted = (pick: (r: CustomerSpend) => bigint) =>
    matched === 0 ? 0 : used.reduce((sum, s) => sum + (s.p.length / matched) * mean(s.c.map((r) => Number(pick(r)))), 0);
  const matchedRows = used.flatMap((s) => s.p);
  const participantsBeforeFen = mean(matchedRows.map((r) => Number(r.beforeFen)));
  const participantsDuringFen = mean(matchedRows.map((r) => Number(r.duringFen)));
  const comparisonBeforeFen = weighted((r) => r.beforeFen);
  const comparisonDuringFen = weighted((r) => r.duringFen);
  const participantsChangeFen = participantsDuringFen - participantsBeforeFen;
  const comparisonChangeFen = comparisonDuringFen - comparisonBeforeFen;
  const incrementalPerParticipantFen = participantsChangeFen - comparisonChangeFen;
  const incrementalFen = incrementalPerParticipantFen * matched;
  const matchedCostFen = matchedRows.reduce((sum, r) => sum + Number(r.costFen), 0);
  return {
    participants,
    matched,
    comparisonCustomers: used.reduce((n, s) => n + s.c.length, 0),
    strata: used.length,
    bandEdgesFen: edges,
    participantsBeforeFen,
    participantsDuringFen,
    comparisonBeforeFen,
    comparisonDuringFen,
    participantsChangeFen,
    comparisonChangeFen,
    incrementalPerParticipantFen,
    incrementalFen,
    matchedCostFen,
    costPerIncrementalYuan: incrementalFen > 0 ? matchedCostFen / incrementalFen : null,
  };
}
