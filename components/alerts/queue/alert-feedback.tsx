"use client";
// The outcome of the last "take" on this page: done (with a way into the investigation), or refused in
// the officer's language, with "reload" when someone else got there first.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { X } from "lucide-react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button, buttonClassName } from "@/components/ui/button";
import { useMessages } from "@/lib/i18n/provider";

export interface Feedback {
  tone: "success" | "warning" | "danger";
  message: string;
  /** An investigation to open. */
  href?: string;
  reload?: boolean;
}

export function AlertFeedback({ feedback, onDismiss }: { feedback: Feedback; onDismiss: () => void }) {
  const m = useMessages("alerts");
  const router = useRouter();
  return (
    <AlertBanner
      tone={feedback.tone}
      testId="alert-queue-feedback"
      action={
        <span className="flex items-center gap-2">
          {feedback.href ? (
            <Link href={feedback.href} className={buttonClassName("secondary", "sm")}>
              {m.assign.open}
            </Link>
          ) : null}
          {feedback.reload ? (
            <Button size="sm" onClick={() => { onDismiss(); router.refresh(); }}>
              {m.reload}
            </Button>
          ) : null}
          <Button size="sm" variant="ghost" onClick={onDismiss} aria-label={m.dismiss} className="px-1.5">
            <X aria-hidden />
          </Button>
        </span>
      }
    >
      {feedback.message}
    </AlertBanner>
  );
}
