// What the rule backtests and the promotion simulations share: a run a person queues and the worker does
// in its idle time, which that person (or another) may cancel. Both tables keep status, cancel_requested
// and finished_at the same way, so cancelling is one piece of code.
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActionContext } from "@/lib/actions/context";
import { notFound, wrongState } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/write";
import type { MessageKey } from "@/lib/i18n/translate";

/** The tables that hold background runs, named here so no caller's string reaches the SQL. */
const RUN_TABLES = { backtest: "fraud_backtest", simulation: "promotion_simulation" } as const;

export interface CancelRun {
  kind: keyof typeof RUN_TABLES;
  id: string;
  entityType: string;
  action: string;
  errors: { notFound: MessageKey; finished: MessageKey };
}

/** A queued run ends at once; a running one is flagged and its runner stops at its next chunk. Audited. */
export async function cancelBackgroundRun(tx: Prisma.TransactionClient, run: CancelRun, actor: ActionContext): Promise<{ status: "CANCELLED" | "RUNNING" }> {
  const table = Prisma.raw(`"${RUN_TABLES[run.kind]}"`);
  const [row] = await tx.$queryRaw<{ status: string; cancel_requested: boolean }[]>`
    SELECT status::text AS status, cancel_requested FROM ${table} WHERE id = ${run.id} FOR UPDATE`;
  if (!row) throw notFound(run.errors.notFound);
  if (row.status !== "QUEUED" && row.status !== "RUNNING") throw wrongState(run.errors.finished);
  const status = row.status === "QUEUED" ? "CANCELLED" : "RUNNING";
  if (status === "CANCELLED") {
    await tx.$executeRaw`UPDATE ${table} SET status = 'CANCELLED', cancel_requested = true, finished_at = now() WHERE id = ${run.id}`;
  } else {
    await tx.$executeRaw`UPDATE ${table} SET cancel_requested = true WHERE id = ${run.id}`;
  }
  await recordAudit(tx, {
    actor: actor.staff,
    action: run.action,
    entityType: run.entityType,
    entityId: run.id,
    before: { status: row.status, cancelRequested: row.cancel_requested },
    after: { status, cancelRequested: true },
    request: actor.request,
  });
  return { status };
}
