import type { ReactNode } from "react";

export type PageShellProps = {
  sidebar: ReactNode;
  header: ReactNode;
  children: ReactNode;
};

/**
 * The signed-in frame: sidebar on the left, header on top, and `main` as the only scroll area,
 * so the sidebar and header never move.
 */
export function PageShell({ sidebar, header, children }: PageShellProps) {
  return (
    <div className="grid h-dvh grid-cols-[var(--spacing-sidebar)_minmax(0,1fr)] grid-rows-[var(--spacing-header)_minmax(0,1fr)] overflow-hidden">
      <div className="row-span-2 min-h-0">{sidebar}</div>
      {header}
      <main id="main" tabIndex={-1} className="min-h-0 overflow-y-auto px-6 py-5 focus:outline-none">
        {children}
      </main>
    </div>
  );
}
