"use client";
// The timeline's switch for page views: off by default, so decisions, notes, assignments and reveals are
// what a reviewer reads first. The entries are rendered on the server; page views carry
// `group-data-[page-views=hidden]:hidden` (timeline-card.tsx), so the switch only flips one attribute and
// the entries keep their order.
import { useState, type ReactNode } from "react";
import { fill } from "@/lib/i18n/fill";
import { useMessages } from "@/lib/i18n/provider";

export function PageViewToggle({ count, children }: { count: number; children: ReactNode }) {
  const m = useMessages("kycReview").timeline;
  const [shown, setShown] = useState(false);
  return (
    <div className="group" data-page-views={shown ? "shown" : "hidden"}>
      {count > 0 ? (
        <label className="flex items-center gap-2 border-b border-border px-4 py-2 text-sm text-ink-muted">
          <input type="checkbox" checked={shown} onChange={(event) => setShown(event.target.checked)} className="size-4 accent-brand-600" data-testid="kyc-timeline-page-views" />
          {fill(m.showPageViews, { count })}
        </label>
      ) : null}
      {children}
    </div>
  );
}
