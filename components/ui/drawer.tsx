"use client";

import { useId, useRef, type ReactNode } from "react";
import { clsx } from "clsx";
import { X } from "lucide-react";
import { useNativeModal } from "@/components/ui/use-native-modal";

export type DrawerProps = {
  open: boolean;
  /** Called on Escape, the close button or a backdrop click; the parent makes open false. */
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  /** Accessible name of the close button. */
  closeLabel: string;
  children?: ReactNode;
  /** Pinned to the bottom: links or actions on what the drawer shows. */
  footer?: ReactNode;
  size?: "md" | "lg";
  testId?: string;
};

const widths = { md: "sm:max-w-md", lg: "sm:max-w-xl" } as const;

/**
 * A side panel on the native modal <dialog>: the browser traps focus, makes the page behind inert and
 * turns Escape into a close request. For reading one record beside a list without losing one's place.
 */
export function Drawer({ open, onClose, title, description, closeLabel, children, footer, size = "lg", testId }: DrawerProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const modal = useNativeModal(ref, { open, onClose, dismissOnBackdrop: true });
  const titleId = useId();
  const descriptionId = useId();

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      data-testid={testId}
      onClose={modal.onClose}
      onCancel={modal.onCancel}
      onClick={modal.onClick}
      className={clsx(
        "fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-none w-full max-w-none border-l border-border bg-surface p-0 text-ink shadow-overlay",
        "backdrop:bg-ink-strong/30",
        widths[size],
      )}
    >
      <div className="flex h-full flex-col">
        <div className="flex items-start justify-between gap-4 border-b border-border px-5 py-4">
          <div className="min-w-0">
            <h2 id={titleId} className="text-base font-semibold text-ink-strong">
              {title}
            </h2>
            {description ? (
              <div id={descriptionId} className="mt-1 text-sm text-ink-subtle">
                {description}
              </div>
            ) : null}
          </div>
          <button
            type="button"
            aria-label={closeLabel}
            onClick={onClose}
            className="-m-1 inline-flex size-7 shrink-0 items-center justify-center rounded-md text-ink-subtle hover:bg-surface-hover hover:text-ink"
          >
            <X aria-hidden className="size-4" />
          </button>
        </div>
        <div className="min-h-0 flex-1 overflow-y-auto px-5 py-4">{children}</div>
        {footer ? <div className="flex items-center justify-end gap-2 border-t border-border bg-surface-muted px-5 py-3">{footer}</div> : null}
      </div>
    </dialog>
  );
}
