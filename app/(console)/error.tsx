"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { useTranslate } from "@/lib/i18n/provider";

// An unexpected failure while rendering a console page: what happened, and a reference for support.
export default function ConsoleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslate();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="flex min-h-[60vh] items-center justify-center" data-testid="console-error">
      <ErrorState
        title={t("errors.serverTitle")}
        description={t("errors.serverBody")}
        reference={error.digest}
        referenceLabel={t("errors.reference")}
        action={<Button onClick={reset}>{t("errors.retry")}</Button>}
      />
    </div>
  );
}
