"use client";
// The native modal <dialog> driven by a parent's `open`: the browser traps focus, makes the page behind
// inert and turns Escape into a cancel; this hook keeps the element in step with `open`, lets the parent
// decide every close and hands focus back to where it was. Shared by Dialog and Drawer.
import { useEffect, useRef, type MouseEvent, type RefObject, type SyntheticEvent } from "react";

/** `ref` is the <dialog>'s; the returned handlers go on it as its onClose, onCancel and onClick. */
export function useNativeModal(ref: RefObject<HTMLDialogElement | null>, { open, onClose, dismissOnBackdrop }: { open: boolean; onClose: () => void; dismissOnBackdrop: boolean }) {
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const openRef = useRef(open);

  useEffect(() => {
    openRef.current = open;
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [ref, open]);

  useEffect(() => {
    const dialog = ref.current;
    // Unmounting while open (the page navigated): close without asking the parent, hand focus back.
    return () => {
      openRef.current = false;
      if (dialog?.open) dialog.close();
      const target = returnFocusTo.current;
      returnFocusTo.current = null;
      if (target?.isConnected) target.focus();
    };
  }, [ref]);

  return {
    // Fires for every close: ours (open became false) or the browser's (form method="dialog", forced Escape).
    onClose: () => {
      // A late event for a dialog that is open again (a remount in development) is not a close.
      if (ref.current?.open) return;
      // Return focus explicitly: not every browser restores it, and the trigger may have re-rendered.
      const target = returnFocusTo.current;
      returnFocusTo.current = null;
      if (target?.isConnected) target.focus();
      if (openRef.current) onClose();
    },
    onCancel: (event: SyntheticEvent<HTMLDialogElement>) => {
      // Let the parent own the state: Escape asks to close, the effect above then closes.
      event.preventDefault();
      onClose();
    },
    onClick: (event: MouseEvent<HTMLDialogElement>) => {
      if (dismissOnBackdrop && event.target === event.currentTarget) onClose();
    },
  };
}
