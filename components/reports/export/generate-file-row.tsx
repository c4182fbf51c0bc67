"use client";
// "生成报送文件" for one kind: the server builds, validates and stores the file (or refuses it naming the
// element and the report); the outcome stays beside the button until the next try.
import { useState, useTransition, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { FileCog } from "lucide-react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import type { RegulatoryReportKind } from "@/lib/generated/prisma/enums";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { useMessages } from "@/lib/i18n/provider";
import { createExportAction } from "@/lib/reports/export/actions";

type Outcome = { ok: true; fileName: string; count: number } | { ok: false; message: string; tone: "danger" | "warning" };

/** One kind's row on the page: what waits (rendered by the server), the button, and the last outcome below. */
export function GenerateFileRow({ kind, summary, canGenerate }: { kind: RegulatoryReportKind; summary: ReactNode; canGenerate: boolean }) {
  const m = useMessages("reportsExport");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const generate = () =>
    startTransition(async () => {
      const result = await createExportAction({ kind });
      if (result.ok) {
        setOutcome({ ok: true, fileName: result.data.fileName, count: result.data.reportCount });
        router.refresh();
      } else {
        setOutcome({ ok: false, message: result.message, tone: result.error === "conflict" ? "warning" : "danger" });
      }
    });

  return (
    <li className="flex flex-col gap-2 px-4 py-3" data-testid={`export-waiting-${kind}`}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">{summary}</div>
        {canGenerate ? (
          <Button variant="primary" size="sm" loading={pending} onClick={generate} data-testid={`export-generate-${kind}`}>
            <FileCog aria-hidden />
            {m.waiting.generate}
          </Button>
        ) : null}
      </div>
      {outcome?.ok ? (
        <AlertBanner tone="success" testId={`export-generated-${kind}`}>
          {fillNodes(m.waiting.generated, { fileName: <DataValue>{outcome.fileName}</DataValue>, count: outcome.count })}
        </AlertBanner>
      ) : null}
      {outcome && !outcome.ok ? (
        <AlertBanner tone={outcome.tone} testId={`export-refusal-${kind}`}>
          {outcome.message}
        </AlertBanner>
      ) : null}
    </li>
  );
}
