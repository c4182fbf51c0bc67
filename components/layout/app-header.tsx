import type { ReactNode } from "react";

export type AppHeaderProps = {
  /** Left side: environment label, global search, or the current area. */
  title?: ReactNode;
  /** Right side: locale switch, user menu, sign-out. */
  right: ReactNode;
};

export function AppHeader({ title, right }: AppHeaderProps) {
  return (
    <header className="flex h-header shrink-0 items-center justify-between gap-4 border-b border-border bg-surface px-6">
      <div className="flex min-w-0 items-center gap-3 text-sm text-ink-muted">{title}</div>
      <div className="flex shrink-0 items-center gap-2">{right}</div>
    </header>
  );
}
