"use client";
// The list's filters as a GET form: deadline (overdue / due today), due on or before, customer, business-day
// range. Every view is a URL; with script it is written without empty values, without it the form still
// works. The status chip stays as it is.
import type { FormEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button, buttonClassName } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { RegulatoryReportKind } from "@/lib/generated/prisma/enums";
import { useMessages } from "@/lib/i18n/provider";
import { CUSTOMER_QUERY_MAX, LIST_PATH, reportFiltersFrom, reportListHref, type ReportListFilters } from "@/lib/reports/list/view";

export function ReportFilters({ kind, filters }: { kind: RegulatoryReportKind; filters: ReportListFilters }) {
  const m = useMessages("reports").list;
  const f = m.filters;
  const router = useRouter();
  const id = (name: string) => `report-${name}-filter`;
  const narrowed = Boolean(filters.due || filters.dueBefore || filters.customer || filters.from || filters.to);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = Object.fromEntries([...form.entries()].map(([key, value]) => [key, typeof value === "string" ? value : ""]));
    router.push(reportListHref(kind, reportFiltersFrom(values)));
  }

  return (
    <form method="get" action={LIST_PATH[kind]} onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" data-testid="report-filters">
      {filters.status ? <input type="hidden" name="status" value={filters.status} /> : null}
      {filters.mine ? <input type="hidden" name="mine" value="1" /> : null}
      <Field label={f.due} htmlFor={id("due")} className="w-36">
        <Select id={id("due")} name="due" defaultValue={filters.due ?? ""}>
          <option value="">{f.dueAll}</option>
          <option value="overdue">{f.dueOverdue}</option>
          <option value="today">{f.dueToday}</option>
        </Select>
      </Field>
      <Field label={f.dueBefore} htmlFor={id("due-before")} className="w-40">
        <Input id={id("due-before")} name="dueBefore" type="date" defaultValue={filters.dueBefore ?? ""} />
      </Field>
      <Field label={f.customer} htmlFor={id("customer")} className="w-56">
        <Input id={id("customer")} name="customer" defaultValue={filters.customer ?? ""} maxLength={CUSTOMER_QUERY_MAX} title={f.customerHint} placeholder={f.customerHint} autoComplete="off" />
      </Field>
      <Field label={f.from} htmlFor={id("from")} className="w-40">
        <Input id={id("from")} name="from" type="date" defaultValue={filters.from ?? ""} />
      </Field>
      <Field label={f.to} htmlFor={id("to")} className="w-40">
        <Input id={id("to")} name="to" type="date" defaultValue={filters.to ?? ""} />
      </Field>
      <div className="ml-auto flex items-center gap-2">
        {narrowed ? (
          <Link href={reportListHref(kind, { status: filters.status, mine: filters.mine })} className={buttonClassName("ghost", "md")}>
            {f.clear}
          </Link>
        ) : null}
        <Button type="submit" variant="primary" data-testid="report-filters-apply">
          {f.apply}
        </Button>
      </div>
    </form>
  );
}
