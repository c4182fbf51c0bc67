"use client";
// The queue's filters as a GET form: every view is a URL an officer can bookmark or send to a colleague.
// With script, the URL is written without empty values and defaults; without it the form still works.
import type { FormEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button, buttonClassName } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { fill } from "@/components/kyc/queue/messages";
import { tierNumeral } from "@/lib/i18n/glossary";
import { useLocale, useMessages } from "@/lib/i18n/provider";
import { provinceName } from "@/lib/i18n/regions";
import { queueFiltersFrom, queueHref, QUEUE_SORTS, RISK_LEVELS, type QueueFilters, type QueueSort } from "@/lib/kyc/queue/view";

export interface QueueFilterFormProps {
  filters: QueueFilters;
  sort: QueueSort;
  provinces: string[];
  officers: { id: string; name: string; active: boolean }[];
}

export function QueueFilterForm({ filters, sort, provinces, officers }: QueueFilterFormProps) {
  const m = useMessages("kycQueue");
  const router = useRouter();
  const locale = useLocale();
  const f = m.filters;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = Object.fromEntries([...form.entries()].map(([key, value]) => [key, typeof value === "string" ? value : ""]));
    const next = queueFiltersFrom(values);
    router.push(queueHref(next, QUEUE_SORTS.find((s) => s === values.sort) ?? "submitted"));
  }

  // A province or officer from the URL that the lists do not hold still shows as selected.
  // Ordered as the reader reads their names: by pinyin in Chinese (the server's order), alphabetically in English.
  const provinceOptions = (filters.province && !provinces.includes(filters.province) ? [...provinces, filters.province] : provinces)
    .map((value) => ({ value, label: provinceName(value, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  const named = filters.assignee && filters.assignee !== "me" && filters.assignee !== "none" && !officers.some((o) => o.id === filters.assignee);
  const officerOptions = named ? [...officers, { id: filters.assignee!, name: filters.assignee!, active: true }] : officers;

  return (
    <form method="get" action="/kyc" onSubmit={onSubmit} className="flex flex-wrap items-end gap-x-3 gap-y-3" data-testid="kyc-queue-filters">
      {filters.status !== "open" ? <input type="hidden" name="status" value={filters.status} /> : null}
      {/* The sort is chosen on the table's column headers; filtering keeps it. */}
      {sort !== "submitted" ? <input type="hidden" name="sort" value={sort} /> : null}
      <Field label={f.risk} htmlFor="queue-risk" className="w-32">
        <Select id="queue-risk" name="risk" defaultValue={filters.risk ?? ""}>
          <option value="">{f.riskAll}</option>
          {RISK_LEVELS.map((level) => (
            <option key={level} value={level}>
              {m.risk[level]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={f.tier} htmlFor="queue-tier" className="w-28">
        <Select id="queue-tier" name="tier" defaultValue={filters.tier ? String(filters.tier) : ""}>
          <option value="">{f.tierAll}</option>
          {[1, 2, 3].map((tier) => (
            <option key={tier} value={tier}>
              {fill(f.tierOption, { tier: tierNumeral(tier) })}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={f.province} htmlFor="queue-province" className="w-32">
        <Select id="queue-province" name="province" defaultValue={filters.province ?? ""}>
          <option value="">{f.provinceAll}</option>
          {provinceOptions.map((province) => (
            <option key={province.value} value={province.value}>
              {province.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={f.assignee} htmlFor="queue-assignee" className="w-36">
        <Select id="queue-assignee" name="assignee" defaultValue={filters.assignee ?? ""}>
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
      <fieldset className="flex h-8 items-center gap-4">
        <legend className="sr-only">{f.title}</legend>
        <label className="inline-flex items-center gap-1.5 text-sm text-ink">
          <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} className="size-4 accent-brand-600" />
          {f.overdue}
        </label>
        <label className="inline-flex items-center gap-1.5 text-sm text-ink">
          <input type="checkbox" name="awaitingLead" value="1" defaultChecked={filters.awaitingLead} className="size-4 accent-brand-600" />
          {f.awaitingLead}
        </label>
      </fieldset>
      <div className="ml-auto flex items-center gap-2">
        <Link href={queueHref({ status: filters.status, overdue: false, awaitingLead: false }, sort)} className={buttonClassName("ghost", "md")}>
          {f.clear}
        </Link>
        <Button type="submit" variant="primary">
          {f.apply}
        </Button>
      </div>
    </form>
  );
}
