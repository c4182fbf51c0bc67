"use client";
// Lets a person hide the columns a table marks as optional, so a wide table fits the screen instead of
// scrolling sideways. The state is TanStack Table's column visibility; the choice is kept per table in
// localStorage so it survives reloads and stays the same across pages with the same table.
import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { Columns3 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useMessages } from "@/lib/i18n/provider";
import { fill } from "@/lib/i18n/fill";

/** Which columns of a DataTable a person may hide, and which start hidden. */
export interface ColumnPickerConfig {
  /** Names the table in localStorage: one remembered choice per table. */
  storageKey: string;
  /** Column ids that may be hidden; every other column always shows. */
  hideable: string[];
  /** Hidden until the person chooses; may depend on the viewport width in px (null while rendering on the server). */
  defaultHidden?: string[] | ((viewportWidth: number | null) => string[]);
}

const storagePrefix = "wallet-console:columns:";
const storageEvent = "wallet-console:columns";

function subscribeStorage(notify: () => void) {
  window.addEventListener("storage", notify);
  window.addEventListener(storageEvent, notify);
  return () => {
    window.removeEventListener("storage", notify);
    window.removeEventListener(storageEvent, notify);
  };
}

function subscribeResize(notify: () => void) {
  window.addEventListener("resize", notify);
  return () => window.removeEventListener("resize", notify);
}

function readStored(raw: string | null, hideable: string[]): string[] | null {
  if (raw == null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === "string" && hideable.includes(id)) : null;
  } catch {
    return null;
  }
}

/**
 * The hidden columns of one table: the person's stored choice, else the defaults. The server and the first
 * client render use the defaults for an unknown viewport, so hydration matches; the stored choice follows.
 */
export function useColumnVisibility(config: ColumnPickerConfig | undefined) {
  const key = config ? storagePrefix + config.storageKey : null;
  const raw = useSyncExternalStore(subscribeStorage, () => (key ? window.localStorage.getItem(key) : null), () => null);
  const needsWidth = typeof config?.defaultHidden === "function";
  const width = useSyncExternalStore(subscribeResize, () => (needsWidth ? window.innerWidth : null), () => null);

  const hidden = useMemo(() => {
    if (!config) return [];
    const stored = readStored(raw, config.hideable);
    if (stored) return stored;
    const defaults = typeof config.defaultHidden === "function" ? config.defaultHidden(width) : (config.defaultHidden ?? []);
    return defaults.filter((id) => config.hideable.includes(id));
  }, [config, raw, width]);

  function store(next: string[] | null) {
    if (!key) return;
    if (next == null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(next));
    window.dispatchEvent(new Event(storageEvent));
  }

  return {
    hidden,
    setVisible: (id: string, visible: boolean) => store(visible ? hidden.filter((other) => other !== id) : [...new Set([...hidden, id])]),
    reset: () => store(null),
  };
}

export interface ColumnPickerOption {
  id: string;
  label: string;
  visible: boolean;
}

export function ColumnPicker({
  options,
  onToggle,
  onReset,
}: {
  options: ColumnPickerOption[];
  onToggle: (id: string, visible: boolean) => void;
  onReset: () => void;
}) {
  const m = useMessages("app");
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const hiddenCount = options.filter((option) => !option.visible).length;

  // A click or focus outside closes the panel, as any disclosure menu does.
  useEffect(() => {
    if (!open) return;
    function outside(event: Event) {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener("pointerdown", outside);
    document.addEventListener("focusin", outside);
    return () => {
      document.removeEventListener("pointerdown", outside);
      document.removeEventListener("focusin", outside);
    };
  }, [open]);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== "Escape" || !open) return;
    event.stopPropagation();
    setOpen(false);
    buttonRef.current?.focus();
  }

  return (
    <div ref={rootRef} className="relative" onKeyDown={handleKeyDown}>
      <Button
        ref={buttonRef}
        size="sm"
        variant="ghost"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        data-testid="column-picker"
      >
        <Columns3 aria-hidden />
        {m.columns}
        {hiddenCount > 0 ? <span className="text-ink-subtle">({fill(m.columnsHidden, { count: hiddenCount })})</span> : null}
      </Button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute right-0 z-30 mt-1 min-w-48 rounded-md border border-border bg-surface p-2 shadow-md"
      >
        <fieldset>
          <legend className="px-1 pb-1 text-xs font-medium text-ink-muted">{m.columnsLegend}</legend>
          {options.map((option) => (
            <label key={option.id} className="flex cursor-pointer items-center gap-2 rounded-sm px-1 py-1 text-sm hover:bg-surface-hover">
              <input type="checkbox" checked={option.visible} onChange={(event) => onToggle(option.id, event.target.checked)} />
              {option.label}
            </label>
          ))}
        </fieldset>
        <Button size="sm" variant="ghost" className="mt-1 w-full" onClick={onReset}>
          {m.columnsReset}
        </Button>
      </div>
    </div>
  );
}
