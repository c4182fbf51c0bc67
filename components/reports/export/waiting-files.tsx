// What waits to be filed: per kind, the approved reports and their earliest deadline, with the button that
// generates the kind's file for those who may file (report:file).
import { Card } from "@/components/ui/card";
import { GenerateFileRow } from "@/components/reports/export/generate-file-row";
import { getTranslator } from "@/lib/i18n/server";
import { waitingToFile } from "@/lib/reports/export/queries";

export async function WaitingFiles({ canGenerate }: { canGenerate: boolean }) {
  const { t } = await getTranslator();
  const waiting = await waitingToFile();
  return (
    <Card title={t("reportsExport.waiting.title")} description={canGenerate ? undefined : t("reportsExport.waiting.noPermission")}>
      <ul className="divide-y divide-border">
        {waiting.map((kind) => (
          <GenerateFileRow
            key={kind.kind}
            kind={kind.kind}
            canGenerate={canGenerate && kind.count > 0}
            summary={
              <>
                <p className="text-sm font-medium text-ink-strong">{t(`reportsExport.kinds.${kind.kind}`)}</p>
                <p className="text-xs text-ink-muted" data-testid={`export-waiting-count-${kind.kind}`}>
                  {kind.count > 0 ? t("reportsExport.waiting.count", { count: kind.count }) : t("reportsExport.waiting.none")}
                  {kind.oldestDue ? ` · ${t("reportsExport.waiting.oldestDue", { day: kind.oldestDue })}` : null}
                </p>
              </>
            }
          />
        ))}
      </ul>
    </Card>
  );
}
