"use client";
// The filters as a GET form, so every filtered view is a URL staff can share or cite. With script, empty
// fields are left out and the page's own parameters (a customer's tab) are kept; without it the form
// still works through its hidden fields.
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import Link from "next/link";
import { Button, buttonClassName } from "@/components/ui/button";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useMessages } from "@/lib/i18n/provider";
import { KNOWN_MCCS } from "@/lib/transactions/reference";
import { TRANSACTION_CHANNELS, TRANSACTION_STATUSES, TRANSACTION_TYPES } from "@/lib/transactions/fields";
import type { TransactionFilterKey } from "@/lib/transactions/schemas";

export type Option = { value: string; label: string };

export interface TransactionFilterFormProps {
  basePath: string;
  values: Partial<Record<TransactionFilterKey, string>>;
  invalid: TransactionFilterKey[];
  /** One wallet's view: no wallet field. */
  scoped: boolean;
  /**
   * The country choices, named on the server: Node's and the browser's Intl name some regions
   * differently, and a label that changes on hydration makes React throw the page's markup away.
   */
  countries: Option[];
}


/** A value from the URL that no option offers still shows as selected, instead of "all" while it filters. */
function withCurrent(options: Option[], current: string | undefined): Option[] {
  return current && !options.some((option) => option.value === current) ? [...options, { value: current, label: current }] : options;
}

export function TransactionFilterForm({ basePath, values, invalid, scoped, countries }: TransactionFilterFormProps) {
  const m = useMessages("transactions");
  const router = useRouter();
  const [path = "", baseQuery = ""] = basePath.split("?", 2);
  const kept = [...new URLSearchParams(baseQuery)];
  const f = m.filters;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value.trim()) query.set(key, value.trim());
    }
    const text = query.toString();
    router.push(text ? `${path}?${text}` : path, { scroll: false });
  }

  const bad = (key: TransactionFilterKey) => (invalid.includes(key) ? true : undefined);
  const error = (key: TransactionFilterKey) => (invalid.includes(key) ? f.invalidField : undefined);
  const described = (key: TransactionFilterKey, hint?: string) => fieldDescribedBy(`tx-filter-${key}`, error(key), hint);
  const select = (key: TransactionFilterKey, label: string, all: string, items: Option[]) => (
    <Field label={label} htmlFor={`tx-filter-${key}`} error={error(key)}>
      <Select id={`tx-filter-${key}`} name={key} defaultValue={values[key] ?? ""} aria-invalid={bad(key)} aria-describedby={described(key)}>
        <option value="">{all}</option>
        {withCurrent(items, values[key]).map((item) => (
          <option key={item.value} value={item.value}>
            {item.label}
          </option>
        ))}
      </Select>
    </Field>
  );
  const input = (key: TransactionFilterKey, label: string, props: { type?: string; placeholder?: string; inputMode?: "decimal"; hint?: string; className?: string }) => (
    <Field label={label} htmlFor={`tx-filter-${key}`} hint={props.hint} error={error(key)}>
      <Input id={`tx-filter-${key}`} name={key} type={props.type} defaultValue={values[key]} placeholder={props.placeholder} inputMode={props.inputMode} aria-invalid={bad(key)} aria-describedby={described(key, props.hint)} className={props.className} />
    </Field>
  );

  return (
    <form method="get" action={path} onSubmit={onSubmit} className="grid grid-cols-1 gap-x-4 gap-y-3 sm:grid-cols-2 xl:grid-cols-5" data-testid="transaction-filters">
      {kept.map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      {input("ref", f.ref, { placeholder: f.refPlaceholder, className: "font-mono" })}
      {input("from", f.from, { type: "datetime-local" })}
      {input("to", f.to, { type: "datetime-local", hint: f.toHint })}
      {select("type", f.type, f.typeAll, TRANSACTION_TYPES.map((value) => ({ value, label: m.type[value] })))}
      {select("channel", f.channel, f.channelAll, TRANSACTION_CHANNELS.map((value) => ({ value, label: m.channel[value] })))}
      {select("status", f.status, f.statusAll, TRANSACTION_STATUSES.map((value) => ({ value, label: m.status[value] })))}
      {input("min", f.min, { placeholder: f.amountPlaceholder, inputMode: "decimal", className: "num" })}
      {input("max", f.max, { placeholder: f.amountPlaceholder, inputMode: "decimal", className: "num" })}
      {select("mcc", f.mcc, f.mccAll, KNOWN_MCCS.map((code) => ({ value: code, label: `${code} · ${m.mcc[code]}` })))}
      {select("country", f.country, f.countryAll, countries)}
      {scoped ? null : input("wallet", f.wallet, { placeholder: f.walletPlaceholder, className: "font-mono" })}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 sm:col-span-2 xl:col-span-5">
        <label className="inline-flex items-center gap-2 text-sm text-ink">
          <input type="checkbox" name="crossBorder" value="1" defaultChecked={values.crossBorder === "1" || values.crossBorder === "true"} className="size-4 accent-brand-600" />
          {f.crossBorder}
        </label>
        <div className="ml-auto flex items-center gap-2">
          <Link href={basePath} scroll={false} className={buttonClassName("ghost", "md")}>
            {f.clear}
          </Link>
          <Button type="submit" variant="primary">
            {f.apply}
          </Button>
        </div>
      </div>
    </form>
  );
}
