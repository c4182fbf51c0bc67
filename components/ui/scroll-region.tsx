"use client";
// A box that scrolls (a wide table, a long timeline) must be reachable by keyboard, or a keyboard user
// cannot see what is clipped (WCAG 2.1.1; axe "scrollable-region-focusable"). While its content overflows
// it is a named region in the tab order; while everything fits it is a plain box, so short tables add no
// tab stops and no landmarks.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { clsx } from "clsx";

export function ScrollRegion({ label, className, children, testId }: { label: string; className?: string; children: ReactNode; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    for (const child of box.children) observer.observe(child);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      role={scrolls ? "region" : undefined}
      aria-label={scrolls ? label : undefined}
      tabIndex={scrolls ? 0 : undefined}
      className={clsx("focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-brand-500", className)}
      data-testid={testId}
      data-scrolls={scrolls ? "" : undefined}
    >
      {children}
    </div>
  );
}
