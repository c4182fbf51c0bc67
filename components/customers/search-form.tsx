"use client";
// The search box: a plain GET form (next/form navigates client-side), so every search is a URL staff can
// share, reload and go back to. The one exception is a whole ID number, which must not sit in a URL: it is
// traded for a sealed, short-lived token first (lib/customers/search/sealed-query.ts).
import { useState, useTransition, type FormEvent } from "react";
import Form from "next/form";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { Search } from "lucide-react";
import { Button, buttonClassName } from "@/components/ui/button";
import { fieldHintId } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { AlertBanner } from "@/components/ui/alert-banner";
import { isFullIdNumberQuery, MAX_QUERY_LENGTH } from "@/lib/customers/search/query-shape";
import { sealCustomerSearchAction } from "@/lib/customers/search/actions";
import { fill } from "@/lib/i18n/fill";
import { useMessages } from "@/lib/i18n/provider";


export function CustomerSearchForm({ query }: { query: string }) {
  const m = useMessages("customers");
  const id = "customer-search";
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const q = new FormData(event.currentTarget).get("q");
    if (typeof q !== "string" || !isFullIdNumberQuery(q)) return;
    event.preventDefault();
    startTransition(async () => {
      const result = await sealCustomerSearchAction({ q });
      if (result.ok) router.push(result.data.href);
      else setFailure(fill(m.search.failed, { message: result.message }));
    });
  };
  return (
    <Form action="/customers" role="search" onSubmit={onSubmit} className="rounded-lg border border-border bg-surface px-4 py-3 shadow-xs">
      <Label htmlFor={id}>{m.search.label}</Label>
      <div className="mt-1.5 flex flex-wrap items-center gap-2">
        <div className="relative min-w-64 flex-1">
          <Search aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-ink-subtle" />
          <Input
            id={id}
            name="q"
            type="search"
            defaultValue={query}
            placeholder={m.search.placeholder}
            maxLength={MAX_QUERY_LENGTH}
            autoComplete="off"
            spellCheck={false}
            autoFocus={!query}
            aria-describedby={fieldHintId(id)}
            className="pl-8"
            data-testid="customer-search-input"
          />
        </div>
        <Button type="submit" variant="primary" loading={pending} data-testid="customer-search-submit">
          {m.search.submit}
        </Button>
        {query ? (
          <Link href="/customers" className={buttonClassName("ghost")}>
            {m.search.clear}
          </Link>
        ) : null}
      </div>
      <p id={fieldHintId(id)} className="mt-1.5 text-xs text-ink-subtle">
        {m.search.hint}
      </p>
      {failure ? (
        <AlertBanner tone="danger" className="mt-2" testId="customer-search-failed">
          {failure}
        </AlertBanner>
      ) : null}
    </Form>
  );
}
