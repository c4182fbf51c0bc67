"use client";
// The three limits of a wallet, in yuan, each with its tier's policy maximum beside it.
import { useId } from "react";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { fill } from "@/lib/i18n/fill";
import { useMessages } from "@/lib/i18n/provider";

export interface LimitValues {
  singleLimit: string;
  dailyLimit: string;
  annualLimit: string;
}

const FIELDS = ["singleLimit", "dailyLimit", "annualLimit"] as const;

export function LimitFields({ current, maxima, errors }: { current: LimitValues; maxima: LimitValues; errors: Record<string, string> }) {
  const m = useMessages("wallets");
  const base = useId();
  const labels = { singleLimit: m.limitsForm.single, dailyLimit: m.limitsForm.daily, annualLimit: m.limitsForm.annual };
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
      {FIELDS.map((field) => {
        const id = `${base}-${field}`;
        const hint = fill(m.limitsForm.maximum, { amount: maxima[field] });
        return (
          <Field key={field} label={labels[field]} htmlFor={id} hint={hint} error={errors[field]} required>
            <Input
              id={id}
              name={field}
              inputMode="decimal"
              autoComplete="off"
              required
              defaultValue={current[field]}
              className="num text-right"
              aria-invalid={errors[field] ? true : undefined}
              aria-describedby={fieldDescribedBy(id, errors[field], hint)}
            />
          </Field>
        );
      })}
    </div>
  );
}
