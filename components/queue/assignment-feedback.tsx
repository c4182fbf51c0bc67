"use client";
// The outcome of the last assignment on a work queue: done (with a way into the item), or refused in the
// officer's language, with "reload" when someone else got there first. The KYC and alert queues share it.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { X } from "lucide-react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button, buttonClassName } from "@/components/ui/button";

export interface Feedback {
  tone: "success" | "warning" | "danger";
  message: string;
  /** The item to open (a review, an investigation). */
  href?: string;
  reload?: boolean;
}

export interface FeedbackLabels {
  open: string;
  reload: string;
  dismiss: string;
}

export function AssignmentFeedback({ feedback, onDismiss, labels, testId }: { feedback: Feedback; onDismiss: () => void; labels: FeedbackLabels; testId: string }) {
  const router = useRouter();
  return (
    <AlertBanner
      tone={feedback.tone}
      testId={testId}
      action={
        <span className="flex items-center gap-2">
          {feedback.href ? (
            <Link href={feedback.href} className={buttonClassName("secondary", "sm")}>
              {labels.open}
            </Link>
          ) : null}
          {feedback.reload ? (
            <Button size="sm" onClick={() => { onDismiss(); router.refresh(); }}>
              {labels.reload}
            </Button>
          ) : null}
          <Button size="sm" variant="ghost" onClick={onDismiss} aria-label={labels.dismiss} className="px-1.5">
            <X aria-hidden />
          </Button>
        </span>
      }
    >
      {feedback.message}
    </AlertBanner>
  );
}
