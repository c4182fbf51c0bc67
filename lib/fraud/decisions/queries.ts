// Reads of the API-client page: every client with its state, newest first (a bank has a handful).
import "server-only";
import { db } from "@/lib/db";

export interface ApiClientRow {
  id: string;
  name: string;
  keyId: string;
  rateLimitPerMinute: number;
  active: boolean;
  createdAt: Date;
  createdBy: string;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  revokeReason: string | null;
  version: number;
}

export async function listApiClients(): Promise<ApiClientRow[]> {
  const rows = await db.apiClient.findMany({
    orderBy: [{ active: "desc" }, { createdAt: "desc" }],
    take: 500,
    select: {
      id: true,
      name: true,
      keyId: true,
      rateLimitPerMinute: true,
      active: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      revokeReason: true,
      version: true,
      createdBy: { select: { name: true } },
    },
  });
  return rows.map(({ createdBy, ...row }) => ({ ...row, createdBy: createdBy.name }));
}
