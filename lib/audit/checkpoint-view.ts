// The latest signed checkpoint of the database's current chain, for the audit page to show.
import "server-only";
import { latestCheckpoint, type AuditCheckpoint } from "@/lib/audit/checkpoint";
import { db } from "@/lib/db";

export async function currentCheckpoint(): Promise<AuditCheckpoint | null> {
  const chain = await db.auditChain.findUnique({ where: { id: 1 }, select: { chainId: true } });
  return chain?.chainId ? latestCheckpoint(chain.chainId) : null;
}
