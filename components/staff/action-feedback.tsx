"use client";

import { useRouter } from "next/navigation";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { useMessages } from "@/lib/i18n/provider";

interface Refusal {
  error: string;
  message: string;
  fieldErrors?: Record<string, string>;
}

/**
 * A refused change, in the reader's language; on a conflict, a way to load the latest version. A rule
 * about one field is shown beside that field only, not twice.
 */
export function ActionRefused({ result, testId }: { result: Refusal | null; testId: string }) {
  const m = useMessages("staff");
  const router = useRouter();
  if (!result || Object.values(result.fieldErrors ?? {}).includes(result.message)) return null;
  return (
    <AlertBanner
      tone={result.error === "conflict" || result.error === "state" ? "warning" : "danger"}
      testId={testId}
      action={
        result.error === "conflict" ? (
          <Button size="sm" onClick={() => router.refresh()}>
            {m.reload}
          </Button>
        ) : undefined
      }
    >
      {result.message}
    </AlertBanner>
  );
}
