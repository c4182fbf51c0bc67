// The files generated so far, newest first: name, kind, day, reports, who and when, the start of the
// SHA-256, and the download (with a reason) for those who may see whole ID numbers.
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { cellClassName, PlainTable } from "@/components/ui/plain-table";
import { DownloadFileButton } from "@/components/reports/export/download-file-button";
import { DataValue } from "@/lib/i18n/data-value";
import { getTranslator } from "@/lib/i18n/server";
import { listExports } from "@/lib/reports/export/queries";
import { formatDateTime } from "@/lib/time";

export async function ExportFiles({ canDownload }: { canDownload: boolean }) {
  const { t } = await getTranslator();
  const files = await listExports();
  const headers = ["fileName", "kind", "day", "count", "createdBy", "createdAt", "sha256", "actions"] as const;
  return (
    <Card title={t("reportsExport.files.title")}>
      {files.length === 0 ? (
        <EmptyState title={t("reportsExport.files.empty")} />
      ) : (
        <PlainTable caption={t("reportsExport.files.caption")} headers={headers.map((key) => ({ label: t(`reportsExport.files.${key}`), align: key === "count" ? ("end" as const) : undefined }))} testId="export-files">
          {files.map((file) => (
            <tr key={file.id} className="group/row" data-testid="export-file-row">
              <td className={`${cellClassName} font-mono text-xs`}>
                <DataValue>{file.fileName}</DataValue>
              </td>
              <td className={cellClassName}>{t(`reportsExport.kinds.${file.kind}`)}</td>
              <td className={`${cellClassName} whitespace-nowrap tabular-nums`}>{file.reportDay}</td>
              <td className={`${cellClassName} text-right tabular-nums`}>{file.reportCount}</td>
              <td className={cellClassName}>
                <DataValue>{file.createdByName}</DataValue>
              </td>
              <td className={`${cellClassName} whitespace-nowrap tabular-nums`}>{formatDateTime(file.createdAt)}</td>
              <td className={`${cellClassName} font-mono text-xs`} title={file.sha256}>
                <DataValue>{file.sha256.slice(0, 12)}…</DataValue>
              </td>
              <td className={cellClassName}>
                {canDownload ? <DownloadFileButton exportId={file.id} fileName={file.fileName} /> : <span className="text-xs text-ink-subtle">{t("reportsExport.download.noPermission")}</span>}
              </td>
            </tr>
          ))}
        </PlainTable>
      )}
    </Card>
  );
}
