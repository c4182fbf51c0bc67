import type { ReactNode } from "react";
import { clsx } from "clsx";
import { CircleCheck, Info, OctagonAlert, TriangleAlert, type LucideIcon } from "lucide-react";
import { type Tone, toneSoftClassName } from "./tone";

const icons: Record<Tone, LucideIcon> = {
  neutral: Info,
  brand: Info,
  info: Info,
  success: CircleCheck,
  warning: TriangleAlert,
  danger: OctagonAlert,
  critical: OctagonAlert,
};

export type AlertBannerProps = {
  tone: Tone;
  title?: ReactNode;
  children?: ReactNode;
  /** Rendered as data-testid. */
  testId?: string;
  /** Trailing content such as a link or button. */
  action?: ReactNode;
  className?: string;
};

/**
 * Inline message box. Never role="alert": it collides with Next's route announcer in tests.
 * Non-danger tones are role="status"; all are polite live regions.
 */
export function AlertBanner({ tone, title, children, testId, action, className }: AlertBannerProps) {
  const Icon = icons[tone];
  const urgent = tone === "danger" || tone === "critical";
  return (
    <div
      role={urgent ? undefined : "status"}
      aria-live="polite"
      data-testid={testId}
      data-tone={tone}
      className={clsx("flex items-start gap-2.5 rounded-md border px-3 py-2.5 text-sm", toneSoftClassName[tone], className)}
    >
      <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 flex-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className={clsx(title ? "mt-0.5" : null, tone === "critical" ? null : "text-ink")}>{children}</div> : null}
      </div>
      {action ? <div className="shrink-0">{action}</div> : null}
    </div>
  );
}
