"use client";
// A multi-select of many named options (merchant categories, provinces): a search box over a short
// scrolling list of checkboxes, with the chosen ones as removable chips above it. Codes and names are
// the bank's own labels, so the list is plain UI text.
import { useId, useState } from "react";
import { X } from "lucide-react";
import { Input } from "@/components/ui/input";

export interface Choice {
  value: string;
  label: string;
  /** Extra text to search by (an MCC's code). */
  hint?: string;
}

export function ChoiceList({ id, choices, value, onChange, searchLabel, invalid, describedBy, removeLabel }: {
  id: string;
  choices: Choice[];
  value: string[];
  onChange: (next: string[]) => void;
  searchLabel: string;
  invalid?: boolean;
  describedBy?: string;
  removeLabel: (label: string) => string;
}) {
  const [query, setQuery] = useState("");
  const listId = useId();
  const q = query.trim().toLowerCase();
  const shown = q ? choices.filter((c) => c.label.toLowerCase().includes(q) || (c.hint ?? "").toLowerCase().includes(q) || c.value.toLowerCase().includes(q)) : choices;
  const chosen = new Set(value);
  const toggle = (v: string) => onChange(chosen.has(v) ? value.filter((x) => x !== v) : [...value, v]);
  const byValue = new Map(choices.map((c) => [c.value, c]));
  return (
    <div className="flex flex-col gap-1.5">
      {value.length > 0 ? (
        <ul className="flex flex-wrap gap-1" aria-label={searchLabel}>
          {value.map((v) => {
            const choice = byValue.get(v);
            const label = choice ? (choice.hint ? `${choice.hint} ${choice.label}` : choice.label) : v;
            return (
              <li key={v}>
                <button type="button" onClick={() => toggle(v)} className="inline-flex h-6 items-center gap-1 rounded-full border border-brand-border bg-brand-bg px-2 text-xs text-brand-fg hover:bg-brand-100" aria-label={removeLabel(label)}>
                  {label}
                  <X aria-hidden className="size-3" />
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <Input id={id} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={searchLabel} aria-controls={listId} aria-invalid={invalid || undefined} aria-describedby={describedBy} autoComplete="off" />
      <div id={listId} role="group" aria-label={searchLabel} className="max-h-36 overflow-y-auto rounded-md border border-border bg-surface px-2 py-1">
        {shown.map((c) => (
          <label key={c.value} className="flex items-center gap-2 py-0.5 text-sm text-ink">
            <input type="checkbox" className="size-4 accent-brand-600" checked={chosen.has(c.value)} onChange={() => toggle(c.value)} />
            {c.hint ? <span className="font-mono text-xs text-ink-muted">{c.hint}</span> : null}
            <span>{c.label}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
