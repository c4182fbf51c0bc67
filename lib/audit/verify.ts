// Walks the audit trail in order and recomputes every hash. The first event whose stored hash or link to
// its predecessor does not match is where someone changed the table.
import type { Db } from "@/lib/db/client";
import { chainHash, GENESIS_HASH } from "@/lib/audit/hash";

export type ChainVerdict =
  | { ok: true; checked: number; lastId: string | null }
  | { ok: false; checked: number; brokenId: string; problem: "hash-mismatch" | "link-mismatch" | "head-mismatch" };

const PAGE = 2_000;

export async function verifyAuditChain(db: Db): Promise<ChainVerdict> {
  // Read the head first and verify up to it: events written while the walk runs belong to the next check.
  const head = await db.auditChainHead.findUnique({ where: { id: 1 } });
  const lastId = head?.lastEventId ?? null;
  let previousHash = GENESIS_HASH;
  let cursor: bigint | null = null;
  let checked = 0;
  for (;;) {
    const where: { id?: { gt?: bigint; lte?: bigint } } = {
      id: { ...(cursor === null ? {} : { gt: cursor }), ...(lastId === null ? {} : { lte: lastId }) },
    };
    const rows = await db.auditEvent.findMany({
      where,
      orderBy: { id: "asc" },
      take: PAGE,
    });
    for (const row of rows) {
      if (row.prevHash !== previousHash) return { ok: false, checked, brokenId: row.id.toString(), problem: "link-mismatch" };
      const expected = chainHash(previousHash, {
        createdAt: row.createdAt,
        actorId: row.actorId,
        actorEmail: row.actorEmail,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        before: row.before,
        after: row.after,
        reason: row.reason,
        ip: row.ip,
        userAgent: row.userAgent,
        outcome: row.outcome,
      });
      if (expected !== row.hash) return { ok: false, checked, brokenId: row.id.toString(), problem: "hash-mismatch" };
      previousHash = row.hash;
      checked++;
      cursor = row.id;
    }
    if (rows.length < PAGE) break;
  }
  // Deleting the newest events would leave a shorter chain that still verifies; the head remembers.
  if (head && head.lastHash !== previousHash) return { ok: false, checked, brokenId: (head.lastEventId ?? 0n).toString(), problem: "head-mismatch" };
  return { ok: true, checked, lastId: cursor?.toString() ?? null };
}
