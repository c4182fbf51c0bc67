"use client";
// Shown only in print (and print preview): what the paper is — the report's title, its period and
// comparison, the filters in words, who printed it and when (Beijing time). The time is the moment the
// page was opened, refreshed when the print dialog opens (beforeprint, and the print button's own event).
import { useSyncExternalStore } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { readFilters } from "@/lib/analytics/filters";
import { readPeriod } from "@/lib/analytics/period";
import { activeAnalyticsTab } from "@/lib/analytics/tabs";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { fill } from "@/lib/i18n/fill";
import { useLocale, useMessages } from "@/lib/i18n/provider";
import { formatDateTime, shanghaiDay } from "@/lib/time";
import { describeFilters, describePeriod } from "./describe";

// When the report was printed: first read when the page is shown, renewed when the print dialog opens.
let printedAtValue: string | null = null;

function subscribePrint(onChange: () => void): () => void {
  const refresh = () => {
    printedAtValue = new Date().toISOString();
    onChange();
  };
  window.addEventListener("beforeprint", refresh);
  window.addEventListener("analytics:print", refresh);
  return () => {
    window.removeEventListener("beforeprint", refresh);
    window.removeEventListener("analytics:print", refresh);
  };
}

function printedAtSnapshot(): string {
  printedAtValue ??= new Date().toISOString();
  return printedAtValue;
}

export function PrintHeader({ staffName }: { staffName: string }) {
  const m = useMessages("analytics");
  const tx = useMessages("transactions");
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams();
  const printedAtIso = useSyncExternalStore(subscribePrint, printedAtSnapshot, () => null);
  const printedAt = printedAtIso ? new Date(printedAtIso) : null;

  const params = Object.fromEntries(search.entries());
  const period = readPeriod(params, shanghaiDay(printedAt ?? new Date()));
  const { filters } = readFilters(params);
  const words = describePeriod(period, m.period);
  const tab = activeAnalyticsTab(pathname);
  const title = tab ? `${m.title} · ${m.frame.tabs[tab]}` : m.title;
  // Only the transactions part has filters; the other parts print the period alone.
  const showFilters = tab === "transactions";

  return (
    <header className="analytics-print-header hidden border-b border-border-strong pb-2 print:block" data-testid="analytics-print-header">
      <p className="text-base font-semibold text-ink-strong" data-testid="print-title">
        {fill(m.print.heading, { title })}
      </p>
      <div className="mt-1 grid grid-cols-1 gap-0.5 text-xs text-ink">
        <div data-testid="print-period">{fill(m.print.period, { range: words.range })}</div>
        {/* The KYC tab reads the period alone (its toolbar offers no comparison). */}
        {tab !== "kyc" ? <div data-testid="print-comparison">{fill(m.print.comparison, { range: words.comparison })}</div> : null}
        {showFilters ? <div data-testid="print-filters">{fill(m.print.filters, { filters: describeFilters(filters, m.filters, tx, locale) })}</div> : null}
        <div data-testid="print-by">
          {fillNodes(m.print.printedBy, { name: <DataValue>{staffName}</DataValue>, time: printedAt ? formatDateTime(printedAt, locale) : "" })}
        </div>
      </div>
    </header>
  );
}
