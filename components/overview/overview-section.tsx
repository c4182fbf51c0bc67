import { Suspense, type ReactNode } from "react";
import { StatSkeleton } from "@/components/ui/skeleton";

/** One block of the overview: a heading and tiles that load on their own, behind a skeleton. */
export function OverviewSection({ title, tiles, children, testId }: { title: string; tiles: number; children: ReactNode; testId: string }) {
  return (
    <section aria-label={title} data-testid={testId} className="flex flex-col gap-2">
      <h2 className="text-sm font-semibold text-ink-muted">{title}</h2>
      <Suspense
        fallback={
          <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
            {Array.from({ length: tiles }, (_, i) => (
              <StatSkeleton key={i} />
            ))}
          </div>
        }
      >
        {children}
      </Suspense>
    </section>
  );
}

export function TileGrid({ children }: { children: ReactNode }) {
  return <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">{children}</div>;
}
