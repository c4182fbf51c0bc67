"use client";

import { clsx } from "clsx";
import { fieldErrorId } from "@/components/ui/field";
import { STAFF_ROLES, type StaffRole } from "@/lib/staff/fields";

/** The six roles as checkboxes, each with what it lets a person do; a fieldset, so the group is labelled. */
export function RoleCheckboxes({
  idPrefix,
  legend,
  hint,
  names,
  hints,
  defaultRoles = [],
  error,
  disabled,
}: {
  idPrefix: string;
  legend: string;
  hint?: string;
  names: Record<StaffRole, string>;
  hints: Record<StaffRole, string>;
  defaultRoles?: readonly string[];
  error?: string;
  disabled?: boolean;
}) {
  const hintId = `${idPrefix}-roles-hint`;
  const errorId = fieldErrorId(`${idPrefix}-roles`);
  return (
    <fieldset className="flex flex-col gap-1.5" aria-describedby={[hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined} disabled={disabled}>
      <legend className="mb-1.5 text-sm font-medium text-ink">
        {legend}
        <span aria-hidden className="text-danger-fg">
          *
        </span>
      </legend>
      {hint ? (
        <p id={hintId} className="-mt-1 mb-1 text-xs text-ink-subtle">
          {hint}
        </p>
      ) : null}
      <div className="grid gap-2 sm:grid-cols-2">
        {STAFF_ROLES.map((role) => (
          <label
            key={role}
            className={clsx(
              "flex cursor-pointer items-start gap-2.5 rounded-md border px-3 py-2 hover:bg-surface-hover has-checked:border-brand-600 has-checked:bg-brand-50",
              error ? "border-danger-solid" : "border-border",
            )}
          >
            <input type="checkbox" name="roles" value={role} defaultChecked={defaultRoles.includes(role)} className="mt-0.5 size-4 shrink-0 accent-brand-600" />
            <span className="min-w-0">
              <span className="block text-sm font-medium text-ink">{names[role]}</span>
              <span className="block text-xs text-ink-subtle">{hints[role]}</span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="text-xs font-medium text-danger-fg">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
