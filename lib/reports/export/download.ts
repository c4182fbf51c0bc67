// Handing out a stored report file: it carries whole ID numbers, so the download is recorded with its reason
// (in the same transaction that reads the file) before a byte leaves. The bytes are the stored ones, exactly
// as validated when the file was generated (the SHA-256 in the record says so).
import "server-only";
import type { ActionContext } from "@/lib/actions/context";
import { recordAudit } from "@/lib/audit/write";
import type { Db } from "@/lib/db/client";
import type { DownloadExport } from "@/lib/reports/export/schemas";
import { EXPORT_ENTITY, REPORT_AUDIT } from "@/lib/reports/fields";

export interface ExportFile {
  fileName: string;
  content: string;
}

/** The file, or null when there is no such file (nothing recorded here: the route records the miss). */
export function downloadExport(db: Db, input: DownloadExport & { exportId: string }, actor: ActionContext): Promise<ExportFile | null> {
  return db.$transaction(async (tx) => {
    const file = await tx.regulatoryExport.findUnique({
      where: { id: input.exportId },
      select: { id: true, kind: true, fileName: true, sha256: true, reportCount: true, content: true },
    });
    if (!file) return null;
    await recordAudit(tx, {
      actor: actor.staff,
      action: REPORT_AUDIT.download,
      entityType: EXPORT_ENTITY,
      entityId: file.id,
      after: { kind: file.kind, fileName: file.fileName, sha256: file.sha256, reportCount: file.reportCount },
      reason: input.reason,
      request: actor.request,
    });
    return { fileName: file.fileName, content: file.content };
  });
}
