"use client";
// The list's type filter and sort as a GET form: every view is a URL. With script the URL is written
// without defaults; without it the form still works.
import type { FormEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button, buttonClassName } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { useMessages } from "@/lib/i18n/provider";
import { PROMOTION_TYPES } from "@/lib/promotions/fields";
import { LIST_SORTS, listFiltersFrom, listHref, type ListFilters, type ListSort } from "@/lib/promotions/list/view";

export function PromotionFilters({ filters, sort }: { filters: ListFilters; sort: ListSort }) {
  const m = useMessages("promotions");
  const f = m.list.filters;
  const router = useRouter();
  const sortLabel: Record<ListSort, string> = { starts: f.sortStarts, created: f.sortCreated, priority: f.sortPriority };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = Object.fromEntries([...form.entries()].map(([key, value]) => [key, typeof value === "string" ? value : ""]));
    router.push(listHref(listFiltersFrom(values), LIST_SORTS.find((s) => s === values.sort) ?? "starts"));
  }

  return (
    <form method="get" action="/promotions" onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" data-testid="promotion-filters">
      {filters.tab !== "all" ? <input type="hidden" name="status" value={filters.tab} /> : null}
      <Field label={f.type} htmlFor="promotion-type-filter" className="w-44">
        <Select id="promotion-type-filter" name="type" defaultValue={filters.type ?? ""}>
          <option value="">{f.typeAll}</option>
          {PROMOTION_TYPES.map((type) => (
            <option key={type} value={type}>{m.type[type]}</option>
          ))}
        </Select>
      </Field>
      <Field label={f.sort} htmlFor="promotion-sort" className="w-52">
        <Select id="promotion-sort" name="sort" defaultValue={sort}>
          {LIST_SORTS.map((s) => (
            <option key={s} value={s}>{sortLabel[s]}</option>
          ))}
        </Select>
      </Field>
      <div className="ml-auto flex items-center gap-2">
        {filters.type || sort !== "starts" ? (
          <Link href={listHref({ tab: filters.tab })} className={buttonClassName("ghost", "md")}>{f.clear}</Link>
        ) : null}
        <Button type="submit" variant="primary">{f.apply}</Button>
      </div>
    </form>
  );
}
