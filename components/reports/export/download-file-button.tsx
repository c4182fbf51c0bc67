"use client";
// "下载" a report file: the file carries whole ID numbers, so a dialog asks why; the route records the reason
// before it answers the file, which the browser then saves under its own name.
import { useId, useState } from "react";
import { Download } from "lucide-react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { FormDialog } from "@/components/ui/form-dialog";
import { ReasonField } from "@/components/ui/reason-field";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { useMessages } from "@/lib/i18n/provider";
import { REVEAL_REASON_MAX, REVEAL_REASON_MIN } from "@/lib/privacy/reveal-fields";

type Problem = { field?: "reason"; message: string } | null;

/** Hands the bytes to the browser as a download named like the file. */
function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function DownloadFileButton({ exportId, fileName }: { exportId: string; fileName: string }) {
  const m = useMessages("reportsExport");
  const reasonId = useId();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);
  const [done, setDone] = useState(false);

  const close = () => {
    setOpen(false);
    setProblem(null);
  };
  const submit = async (form: FormData) => {
    const reason = String(form.get("reason") ?? "").trim();
    if (reason.length < REVEAL_REASON_MIN) return setProblem({ field: "reason", message: m.download.reasonRequired });
    setPending(true);
    try {
      const response = await fetch(`/api/reports/exports/${encodeURIComponent(exportId)}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ reason }),
      });
      if (response.ok) {
        save(await response.blob(), fileName);
        setDone(true);
        close();
      } else if (response.status === 400) setProblem({ field: "reason", message: m.download.reasonRequired });
      else if (response.status === 403) setProblem({ message: m.download.forbidden });
      else if (response.status === 404) setProblem({ message: m.download.notFound });
      else setProblem({ message: m.download.failed });
    } catch {
      setProblem({ message: m.download.failed });
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="flex flex-col items-start gap-1.5">
      <Button size="sm" onClick={() => setOpen(true)} data-testid="export-download-open">
        <Download aria-hidden />
        {m.files.download}
      </Button>
      {done ? (
        <AlertBanner tone="success" testId="export-download-done" className="py-1 text-xs">
          {fillNodes(m.download.done, { fileName: <DataValue>{fileName}</DataValue> })}
        </AlertBanner>
      ) : null}
      <FormDialog
        open={open}
        onClose={close}
        title={m.download.title}
        description={fillNodes(m.download.description, { fileName: <DataValue>{fileName}</DataValue> })}
        submitLabel={m.download.submit}
        cancelLabel={m.download.cancel}
        pending={pending}
        error={problem && !problem.field ? { message: problem.message } : null}
        onSubmit={(form) => void submit(form)}
        testId="export-download"
      >
        <ReasonField id={reasonId} label={m.download.reason} hint={m.download.reasonHint} error={problem?.field === "reason" ? problem.message : undefined} maxLength={REVEAL_REASON_MAX} />
      </FormDialog>
    </div>
  );
}
