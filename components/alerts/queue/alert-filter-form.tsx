"use client";
// The queue's filters as a GET form: every view is a URL an officer can bookmark or send to a colleague.
// With script, the URL is written without empty values and defaults; without it the form still works.
import type { FormEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button, buttonClassName } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { fill } from "@/components/alerts/queue/messages";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { useMessages } from "@/lib/i18n/provider";
import { ALERT_SEVERITIES, ALERT_SORTS, alertFiltersFrom, alertsHref, type AlertFilters, type AlertSort } from "@/lib/fraud/queue/view";

export interface AlertFilterFormProps {
  filters: AlertFilters;
  sort: AlertSort;
  rules: { code: string; name: string }[];
  officers: { id: string; name: string; active: boolean }[];
}

export function AlertFilterForm({ filters, sort, rules, officers }: AlertFilterFormProps) {
  const m = useMessages("alerts");
  const router = useRouter();
  const f = m.filters;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = Object.fromEntries([...form.entries()].map(([key, value]) => [key, typeof value === "string" ? value : ""]));
    router.push(alertsHref(alertFiltersFrom(values), ALERT_SORTS.find((s) => s === values.sort) ?? "newest"));
  }

  // A rule or officer from the URL that the lists do not hold still shows as selected.
  const ruleList = filters.rule && !rules.some((r) => r.code === filters.rule) ? [...rules, { code: filters.rule, name: filters.rule }] : rules;
  const named = filters.assignee && filters.assignee !== "me" && filters.assignee !== "none" && !officers.some((o) => o.id === filters.assignee);
  const officerOptions = named ? [...officers, { id: filters.assignee!, name: filters.assignee!, active: true }] : officers;

  return (
    <form method="get" action="/alerts" onSubmit={onSubmit} className="flex flex-wrap items-end gap-x-3 gap-y-3" data-testid="alert-queue-filters">
      {filters.status !== "active" ? <input type="hidden" name="status" value={filters.status} /> : null}
      {/* The sort is chosen on the table's column headers; filtering keeps it. */}
      {sort !== "newest" ? <input type="hidden" name="sort" value={sort} /> : null}
      {filters.customer ? <input type="hidden" name="customer" value={filters.customer} /> : null}
      <Field label={f.severity} htmlFor="alert-severity" className="w-36">
        <Select id="alert-severity" name="severity" defaultValue={filters.severity ?? ""}>
          <option value="">{f.severityAll}</option>
          {[...ALERT_SEVERITIES].reverse().map((severity) => (
            <option key={severity} value={severity}>
              {m.severity[severity]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={f.rule} htmlFor="alert-rule" className="w-56">
        <Select id="alert-rule" name="rule" defaultValue={filters.rule ?? ""}>
          <option value="">{f.ruleAll}</option>
          {ruleList.map((rule) => (
            <option key={rule.code} value={rule.code}>
              {rule.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={f.assignee} htmlFor="alert-assignee" className="w-36">
        <Select id="alert-assignee" name="assignee" defaultValue={filters.assignee ?? ""}>
          <option value="">{f.assigneeAll}</option>
          <option value="me">{f.assigneeMe}</option>
          <option value="none">{f.assigneeNone}</option>
          {officerOptions.map((officer) => (
            <option key={officer.id} value={officer.id} translate="no">
              {officer.active ? officer.name : fill(f.inactive, { name: officer.name })}
            </option>
          ))}
        </Select>
      </Field>
      {filters.customer ? (
        <p className="flex h-8 items-center gap-2 text-sm text-ink" data-testid="alert-customer-filter">
          {fillNodes(f.customer, { id: <DataValue className="font-mono">{filters.customer}</DataValue> })}
          <Link href={alertsHref({ ...filters, customer: undefined }, sort)} className="text-brand-700 hover:underline">
            {f.customerClear}
          </Link>
        </p>
      ) : null}
      <div className="ml-auto flex items-center gap-2">
        <Link href={alertsHref({ status: filters.status }, sort)} className={buttonClassName("ghost", "md")}>
          {f.clear}
        </Link>
        <Button type="submit" variant="primary">
          {f.apply}
        </Button>
      </div>
    </form>
  );
}
