"use client";

import { useId, useRef, type ReactNode } from "react";
import { clsx } from "clsx";
import { X } from "lucide-react";
import { useNativeModal } from "@/components/ui/use-native-modal";

export type DialogProps = {
  open: boolean;
  /** Called on Escape, the close button, or (if enabled) a backdrop click; the parent sets open=false. */
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Action row at the bottom, usually Cancel + the primary action. */
  footer?: ReactNode;
  /** Accessible name of the corner close button; the button is only shown when this is given. */
  closeLabel?: string;
  /** Off by default so a half-filled decision form is not lost to a stray click. */
  dismissOnBackdrop?: boolean;
  size?: "sm" | "md" | "lg";
  className?: string;
};

const widths = { sm: "max-w-sm", md: "max-w-lg", lg: "max-w-2xl" } as const;

/** Modal on the native <dialog>: the browser provides the focus trap, inert background and Escape. */
export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  footer,
  closeLabel,
  dismissOnBackdrop = false,
  size = "md",
  className,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const modal = useNativeModal(ref, { open, onClose, dismissOnBackdrop });
  const titleId = useId();
  const descriptionId = useId();

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={modal.onClose}
      onCancel={modal.onCancel}
      onClick={modal.onClick}
      className={clsx(
        "m-auto w-[calc(100%-2rem)] rounded-lg border border-border bg-surface p-0 text-ink shadow-overlay",
        "backdrop:bg-ink-strong/40",
        widths[size],
        className,
      )}
    >
      <div className="flex max-h-[85dvh] flex-col">
        <div className="flex items-start justify-between gap-4 border-b border-border px-5 py-4">
          <div className="min-w-0">
            <h2 id={titleId} className="text-base font-semibold text-ink-strong">
              {title}
            </h2>
            {description ? (
              <p id={descriptionId} className="mt-1 text-sm text-ink-subtle">
                {description}
              </p>
            ) : null}
          </div>
          {closeLabel ? (
            <button
              type="button"
              aria-label={closeLabel}
              onClick={onClose}
              className="-m-1 inline-flex size-7 shrink-0 items-center justify-center rounded-md text-ink-subtle hover:bg-surface-hover hover:text-ink"
            >
              <X aria-hidden className="size-4" />
            </button>
          ) : null}
        </div>
        {children ? <div className="min-h-0 flex-1 overflow-y-auto px-5 py-4">{children}</div> : null}
        {footer ? (
          <div className="flex items-center justify-end gap-2 border-t border-border bg-surface-muted px-5 py-3">
            {footer}
          </div>
        ) : null}
      </div>
    </dialog>
  );
}
