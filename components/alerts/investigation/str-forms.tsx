"use client";
// Opening a suspicious-transaction report from the case (or the alert in no case): one button, then the
// report's page, where the pre-drafted report is checked and edited. A second STR is refused by the server
// with the existing one's reference.
import { useRouter } from "next/navigation";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { useVersionedAction } from "@/components/ui/use-versioned-action";
import { openSuspiciousReportAction } from "@/lib/reports/suspicious/actions";
import { useMessages } from "@/lib/i18n/provider";

export function OpenStrButton({ source }: { source: { caseId: string } | { alertId: string } }) {
  const m = useMessages("alertCase");
  const router = useRouter();
  const { error, pending, run } = useVersionedAction<{ reportId: string; reference: string }>();
  return (
    <div className="flex flex-col gap-2">
      {error ? (
        <AlertBanner tone="warning" testId="str-open-result" action={error.error === "conflict" ? <Button size="sm" onClick={() => router.refresh()}>{m.actions.reload}</Button> : undefined}>
          <span data-error={error.error}>{error.message}</span>
        </AlertBanner>
      ) : null}
      <div>
        <Button
          size="sm"
          data-testid="str-open"
          disabled={pending}
          title={m.str.openHelp}
          onClick={() => run(() => openSuspiciousReportAction(source), (next) => next.ok && router.push(`/reports/${next.data.reportId}`))}
        >
          {pending ? m.str.opening : m.str.open}
        </Button>
      </div>
    </div>
  );
}
