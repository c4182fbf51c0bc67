"use client";
// The filters as a GET form, so every filtered view is a URL an auditor can share or cite. With script,
// empty fields are left out of the URL; without it the form still works.
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import Link from "next/link";
import { Button, buttonClassName } from "@/components/ui/button";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useMessages } from "@/lib/i18n/provider";

type Key = "actor" | "actorEmail" | "action" | "entityType" | "entityId" | "outcome" | "from" | "to";

export interface AuditFilterFormProps {
  values: Partial<Record<Key, string>>;
  invalid: Key[];
  options: {
    staff: { value: string; label: string }[];
    actions: { value: string; label: string }[];
    entityTypes: { value: string; label: string }[];
    outcomes: { value: string; label: string }[];
  };
}

export function AuditFilterForm({ values, invalid, options }: AuditFilterFormProps) {
  const router = useRouter();
  const labels = useMessages("audit").filters;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value.trim()) query.set(key, value.trim());
    }
    const text = query.toString();
    router.push(text ? `/audit?${text}` : "/audit");
  }

  const bad = (key: Key) => (invalid.includes(key) ? true : undefined);
  const error = (key: Key) => (invalid.includes(key) ? labels.invalidField : undefined);
  const described = (key: Key, hint?: string) => fieldDescribedBy(`filter-${key}`, error(key), hint);

  const select = (key: Key, label: string, all: string, items: { value: string; label: string }[]) => (
    <Field label={label} htmlFor={`filter-${key}`} error={error(key)}>
      <Select id={`filter-${key}`} name={key} defaultValue={values[key] ?? ""} aria-invalid={bad(key)} aria-describedby={described(key)}>
        <option value="">{all}</option>
        {items.map((item) => (
          <option key={item.value} value={item.value} translate={key === "actor" ? "no" : undefined}>
            {item.label}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <form method="get" action="/audit" onSubmit={onSubmit} className="grid grid-cols-1 gap-x-4 gap-y-3 sm:grid-cols-2 xl:grid-cols-4" data-testid="audit-filters">
      {select("actor", labels.actor, labels.actorAll, options.staff)}
      <Field label={labels.actorEmail} htmlFor="filter-actorEmail" error={error("actorEmail")}>
        <Input id="filter-actorEmail" name="actorEmail" type="search" defaultValue={values.actorEmail} placeholder={labels.actorEmailPlaceholder} aria-invalid={bad("actorEmail")} aria-describedby={described("actorEmail")} />
      </Field>
      {select("action", labels.action, labels.actionAll, options.actions)}
      {select("outcome", labels.outcome, labels.outcomeAll, options.outcomes)}
      {select("entityType", labels.entityType, labels.entityTypeAll, options.entityTypes)}
      <Field label={labels.entityId} htmlFor="filter-entityId" error={error("entityId")}>
        <Input id="filter-entityId" name="entityId" defaultValue={values.entityId} placeholder={labels.entityIdPlaceholder} aria-invalid={bad("entityId")} aria-describedby={described("entityId")} className="font-mono" />
      </Field>
      <Field label={labels.from} htmlFor="filter-from" error={error("from")}>
        <Input id="filter-from" name="from" type="datetime-local" defaultValue={values.from} aria-invalid={bad("from")} aria-describedby={described("from")} />
      </Field>
      <Field label={labels.to} htmlFor="filter-to" hint={labels.toHint} error={error("to")}>
        <Input id="filter-to" name="to" type="datetime-local" defaultValue={values.to} aria-invalid={bad("to")} aria-describedby={described("to", labels.toHint)} />
      </Field>
      {/* 应用筛选 last, on the right, as on every filter form (the KYC queue, transactions, alerts, promotions). */}
      <div className="flex items-center justify-end gap-2 sm:col-span-2 xl:col-span-4">
        <Link href="/audit" className={buttonClassName("ghost", "md")}>
          {labels.clear}
        </Link>
        <Button type="submit" variant="primary">
          {labels.apply}
        </Button>
      </div>
    </form>
  );
}
