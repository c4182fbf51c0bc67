import type { ReactNode } from "react";

export type PageShellProps = {
  /** The skip link's words ("Skip to main content"): the first thing Tab reaches on every page. */
  skipLabel: string;
  sidebar: ReactNode;
  header: ReactNode;
  children: ReactNode;
};

/**
 * The signed-in frame: sidebar on the left, header on top, and `main` as the only scroll area,
 * so the sidebar and header never move.
 */
export function PageShell({ skipLabel, sidebar, header, children }: PageShellProps) {
  return (
    <div className="grid h-dvh grid-cols-[var(--spacing-sidebar)_minmax(0,1fr)] grid-rows-[var(--spacing-header)_minmax(0,1fr)] overflow-hidden">
      {/* Hidden until focused; following it moves focus into main (tabIndex -1), past the sidebar and header. */}
      <a
        href="#main"
        data-testid="skip-to-main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-surface focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:text-brand-700 focus:shadow-overlay focus:outline-2 focus:outline-brand-600"
      >
        {skipLabel}
      </a>
      <div className="row-span-2 min-h-0">{sidebar}</div>
      {header}
      <main id="main" tabIndex={-1} className="min-h-0 overflow-y-auto px-6 py-5 focus:outline-none">
        {children}
      </main>
    </div>
  );
}
