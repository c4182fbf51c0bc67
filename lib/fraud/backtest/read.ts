// A backtest as the page shows it, with any Prisma client: the status and progress the page polls every
// second while it runs, and the comparison once it is done.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BacktestStatus } from "@/lib/generated/prisma/enums";
import { readResult, type BacktestResult } from "@/lib/fraud/backtest/result";
import { formatDateOnly } from "@/lib/time";

type Reader = Pick<Prisma.TransactionClient, "fraudBacktest">;

export interface BacktestView {
  id: string;
  ruleVersionId: string;
  baselineVersionId: string | null;
  fromDay: string;
  toDay: string;
  status: BacktestStatus;
  progress: number;
  total: number;
  cancelRequested: boolean;
  error: string | null;
  requestedBy: string;
  createdAt: Date;
  finishedAt: Date | null;
  result: BacktestResult | null;
}

const select = {
  id: true,
  ruleVersionId: true,
  baselineVersionId: true,
  fromDay: true,
  toDay: true,
  status: true,
  progress: true,
  total: true,
  cancelRequested: true,
  error: true,
  createdAt: true,
  finishedAt: true,
  result: true,
  requestedBy: { select: { name: true } },
} satisfies Prisma.FraudBacktestSelect;

function view(row: Prisma.FraudBacktestGetPayload<{ select: typeof select }>): BacktestView {
  return {
    id: row.id,
    ruleVersionId: row.ruleVersionId,
    baselineVersionId: row.baselineVersionId,
    fromDay: formatDateOnly(row.fromDay),
    toDay: formatDateOnly(row.toDay),
    status: row.status,
    progress: row.progress,
    total: row.total,
    cancelRequested: row.cancelRequested,
    error: row.error,
    requestedBy: row.requestedBy.name,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    result: readResult(row.result),
  };
}

export async function readBacktest(db: Reader, id: string): Promise<BacktestView | null> {
  const row = await db.fraudBacktest.findUnique({ where: { id }, select });
  return row ? view(row) : null;
}

/** The latest backtests of some versions, newest first. */
export async function backtestsOf(db: Reader, versionIds: string[], take = 10): Promise<BacktestView[]> {
  if (versionIds.length === 0) return [];
  const rows = await db.fraudBacktest.findMany({ where: { ruleVersionId: { in: versionIds } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, select });
  return rows.map(view);
}

/** What the polling client needs: small, so a poll every second costs one primary-key read. */
export async function backtestProgress(db: Reader, id: string): Promise<{ status: BacktestStatus; progress: number; total: number; cancelRequested: boolean } | null> {
  return db.fraudBacktest.findUnique({ where: { id }, select: { status: true, progress: true, total: true, cancelRequested: true } });
}
