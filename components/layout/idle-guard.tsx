"use client";

import { signOut } from "next-auth/react";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { warningLeadSeconds } from "@/lib/auth/idle";
import { useMessages } from "@/lib/i18n/provider";

/** Warns before the idle limit and signs out when it is reached. The server enforces the same limit by
 *  itself (proxy.ts and the session reader, lib/auth/session.ts); this only makes it visible and lets the
 *  person keep working. Signing out goes through next-auth, whose sign-out event ends the server-side
 *  session and records it as an idle sign-out when the signed token says so (lib/auth/options.ts), never
 *  because this page said so. Activity here means what the server sees: navigation and form submissions. */
export function IdleGuard({ idleSeconds }: { idleSeconds: number }) {
  const labels = useMessages("session");
  const pathname = usePathname();
  // Set on mount and on every navigation: the server saw a request then.
  const lastActivity = useRef(0);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const lead = warningLeadSeconds(idleSeconds);

  const touch = useCallback(() => {
    lastActivity.current = Date.now();
    setSecondsLeft(null);
  }, []);

  useEffect(() => {
    lastActivity.current = Date.now();
  }, [pathname]);

  useEffect(() => {
    const onSubmit = () => touch();
    document.addEventListener("submit", onSubmit, true);
    const timer = window.setInterval(() => {
      const left = idleSeconds - Math.floor((Date.now() - lastActivity.current) / 1000);
      if (left <= 0) {
        window.clearInterval(timer);
        void signOut({ callbackUrl: "/login?reason=idle" });
      } else setSecondsLeft(left <= lead ? left : null);
    }, 1000);
    return () => {
      document.removeEventListener("submit", onSubmit, true);
      window.clearInterval(timer);
    };
  }, [idleSeconds, lead, touch]);

  async function stay() {
    const response = await fetch("/api/session/ping", { method: "POST" });
    if (response.ok) touch();
    else void signOut({ callbackUrl: "/login?reason=expired" });
  }

  return (
    <Dialog
      open={secondsLeft !== null}
      onClose={stay}
      title={labels.idleTitle}
      description={labels.idleBody.replace("{seconds}", String(secondsLeft ?? 0))}
      footer={
        <>
          <Button variant="secondary" onClick={() => signOut({ callbackUrl: "/login?signedOut=1" })}>
            {labels.signOutNow}
          </Button>
          <Button variant="primary" onClick={stay} autoFocus>
            {labels.stay}
          </Button>
        </>
      }
    />
  );
}
