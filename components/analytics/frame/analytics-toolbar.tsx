"use client";
// The analytics pages' toolbar: the period (presets as a segmented control, or a custom range of two Beijing
// days), the comparison, and with showFilters the channel / merchant category / province / account class
// filters. Everything lives in the URL (router.replace, other parameters kept), so a view can be shared and
// bookmarked; the server pages read the same parameters with readPeriod / readFilters. A value in the link
// that cannot be read is named in a small banner instead of silently showing something else. The print
// button records the print (analytics.print) and then opens the browser's print dialog.
import { useId, useState, useTransition, type FormEvent } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { clsx } from "clsx";
import { Printer } from "lucide-react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ACCOUNT_TIERS, filterParams, readFilters, type AnalyticsFilters } from "@/lib/analytics/filters";
import { COMPARISONS, MAX_RANGE_DAYS, RANGE_PRESETS, dayCount, periodParams, readPeriod, type AnalyticsPeriod, type Comparison, type RangePreset } from "@/lib/analytics/period";
import { activeAnalyticsTab } from "@/lib/analytics/tabs";
import { recordAnalyticsPrintAction } from "@/lib/analytics/print/actions";
import { fill } from "@/lib/i18n/fill";
import { tierNumeral } from "@/lib/i18n/glossary";
import { useLocale, useMessages } from "@/lib/i18n/provider";
import { provinceName } from "@/lib/i18n/regions";
import { PROVINCES } from "@/lib/sim/data/regions";
import { KNOWN_MCCS } from "@/lib/transactions/reference";
import { TRANSACTION_CHANNELS } from "@/lib/transactions/fields";
import { shanghaiDay } from "@/lib/time";

const PERIOD_KEYS = ["range", "from", "to", "compare"] as const;
const FILTER_KEYS = ["channel", "mcc", "province", "tier"] as const;

type Params = Record<string, string>;

function paramsOf(search: URLSearchParams): Params {
  const out: Params = {};
  search.forEach((value, key) => {
    if (!(key in out)) out[key] = value;
  });
  return out;
}

/** The URL's parameters with `keys` replaced by `next` (absent = removed); everything else kept. */
export function replaceParams(current: URLSearchParams, keys: readonly string[], next: Params): string {
  const out = new URLSearchParams(current);
  for (const key of keys) out.delete(key);
  for (const [key, value] of Object.entries(next)) out.set(key, value);
  return out.toString();
}

export function AnalyticsToolbar({ showFilters = false, showComparison = true }: { showFilters?: boolean; /** false where the page compares nothing */ showComparison?: boolean }) {
  const m = useMessages("analytics");
  const tx = useMessages("transactions");
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const [pending, startTransition] = useTransition();
  const params = paramsOf(new URLSearchParams(search.toString()));
  const today = shanghaiDay(new Date());
  const period = readPeriod(params, today);
  const { filters, invalid: invalidFilters } = readFilters(params);
  const id = useId();

  const navigate = (keys: readonly string[], next: Params) => {
    const query = replaceParams(new URLSearchParams(search.toString()), keys, next);
    startTransition(() => router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false }));
  };

  const setPeriod = (next: Pick<AnalyticsPeriod, "preset" | "range" | "comparison">) => navigate(PERIOD_KEYS, periodParams(next));
  const setFilter = (key: keyof AnalyticsFilters, value: string) => {
    const next: AnalyticsFilters = { ...filters, [key]: value === "" ? null : key === "tier" ? Number(value) : value } as AnalyticsFilters;
    navigate(FILTER_KEYS, filterParams(next));
  };

  const invalidPeriod = period.invalid.some((k) => k !== "compare");
  const filterNames: Record<keyof AnalyticsFilters, string> = { channel: m.filters.channel, mcc: m.filters.mcc, provinceCode: m.filters.province, tier: m.filters.tier };

  return (
    <div className="flex flex-col gap-2 print:hidden" data-testid="analytics-toolbar" data-pending={pending || undefined}>
      <div role="group" aria-label={m.frame.toolbarLabel} className="flex flex-wrap items-end gap-x-4 gap-y-2 rounded-lg border border-border bg-surface px-3 py-2.5 shadow-xs">
        <PresetControl
          preset={period.preset}
          // Custom starts from the range on screen, so its two dates are filled in.
          onPick={(preset) => setPeriod({ preset, range: period.range, comparison: period.comparison })}
        />
        {period.preset === "custom" ? (
          <CustomRange key={`${period.range.from}/${period.range.to}`} period={period} today={today} onApply={(range) => setPeriod({ preset: "custom", range, comparison: period.comparison })} />
        ) : null}
        {showComparison ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-compare`} className="text-xs font-medium text-ink-muted">
            {m.period.comparison}
          </label>
          <Select
            id={`${id}-compare`}
            className="w-auto min-w-40"
            value={period.comparison}
            data-testid="analytics-compare"
            onChange={(event) => setPeriod({ preset: period.preset, range: period.range, comparison: event.target.value as Comparison })}
          >
            {COMPARISONS.map((c) => (
              <option key={c} value={c}>
                {m.period.comparisons[c]}
              </option>
            ))}
          </Select>
        </div>
        ) : null}
        {showFilters ? (
          <>
            <FilterSelect id={`${id}-channel`} label={m.filters.channel} value={filters.channel ?? ""} all={m.filters.channelAll} testId="filter-channel" onChange={(v) => setFilter("channel", v)}
              options={TRANSACTION_CHANNELS.map((c) => ({ value: c, label: tx.channel[c] }))} />
            <FilterSelect id={`${id}-mcc`} label={m.filters.mcc} value={filters.mcc ?? ""} all={m.filters.mccAll} testId="filter-mcc" onChange={(v) => setFilter("mcc", v)}
              options={KNOWN_MCCS.map((c) => ({ value: c, label: `${(tx.mcc as Record<string, string>)[c] ?? c} (${c})` }))} />
            <FilterSelect id={`${id}-province`} label={m.filters.province} value={filters.provinceCode ?? ""} all={m.filters.provinceAll} testId="filter-province" onChange={(v) => setFilter("provinceCode", v)}
              options={PROVINCES.map((p) => ({ value: p.code, label: provinceName(p.name, locale) }))} />
            <FilterSelect id={`${id}-tier`} label={m.filters.tier} value={filters.tier ? String(filters.tier) : ""} all={m.filters.tierAll} testId="filter-tier" onChange={(v) => setFilter("tier", v)}
              options={ACCOUNT_TIERS.map((t) => ({ value: String(t), label: fill(m.filters.tierOption, { tier: tierNumeral(t) }) }))} />
            {filters.channel || filters.mcc || filters.provinceCode || filters.tier ? (
              <Button variant="ghost" size="sm" className="mb-0.5" onClick={() => navigate(FILTER_KEYS, {})} data-testid="filter-clear">
                {m.filters.clear}
              </Button>
            ) : null}
          </>
        ) : null}
        <div className="ml-auto">
          <PrintButton params={params} />
        </div>
      </div>
      {invalidPeriod ? (
        <AlertBanner tone="warning" testId="analytics-invalid-period" className="py-1.5 text-xs">
          {m.frame.invalidPeriod}
        </AlertBanner>
      ) : null}
      {period.invalid.includes("compare") ? (
        <AlertBanner tone="warning" testId="analytics-invalid-compare" className="py-1.5 text-xs">
          {m.frame.invalidCompare}
        </AlertBanner>
      ) : null}
      {showFilters && invalidFilters.length > 0 ? (
        <AlertBanner tone="warning" testId="analytics-invalid-filters" className="py-1.5 text-xs">
          {fill(m.frame.invalidFilters, { names: invalidFilters.map((k) => filterNames[k]).join(locale.startsWith("zh") ? "、" : ", ") })}
        </AlertBanner>
      ) : null}
    </div>
  );
}

function PresetControl({ preset, onPick }: { preset: RangePreset; onPick: (preset: RangePreset) => void }) {
  const m = useMessages("analytics").period;
  const labelId = useId();
  return (
    <div className="flex flex-col gap-1">
      <span id={labelId} className="text-xs font-medium text-ink-muted">
        {m.label}
      </span>
      <div role="group" aria-labelledby={labelId} className="inline-flex h-8 overflow-hidden rounded-md border border-border-strong bg-surface shadow-xs" data-testid="analytics-presets">
        {RANGE_PRESETS.map((p, index) => (
          <button
            key={p}
            type="button"
            aria-pressed={p === preset}
            data-preset={p}
            onClick={() => onPick(p)}
            className={clsx(
              "px-2.5 text-xs font-medium whitespace-nowrap transition-colors focus-visible:z-10 focus-visible:outline-offset-[-2px]",
              index > 0 && "border-l border-border-strong",
              p === preset ? "bg-brand-600 text-ink-inverse" : "text-ink-muted hover:bg-surface-hover hover:text-ink",
            )}
          >
            {m.presets[p]}
          </button>
        ))}
      </div>
    </div>
  );
}

function CustomRange({ period, today, onApply }: { period: AnalyticsPeriod; today: string; onApply: (range: { from: string; to: string }) => void }) {
  const m = useMessages("analytics").period;
  const id = useId();
  const [from, setFrom] = useState(period.range.from);
  const [to, setTo] = useState(period.range.to);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to && to <= today && dayCount({ from, to }) <= MAX_RANGE_DAYS;
  const [tried, setTried] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (valid) onApply({ from, to });
  };
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-2" data-testid="analytics-custom-range" aria-describedby={`${id}-hint`}>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-from`} className="text-xs font-medium text-ink-muted">
          {m.from}
        </label>
        <Input id={`${id}-from`} type="date" className="w-36" value={from} max={today} onChange={(e) => setFrom(e.target.value)} aria-invalid={tried && !valid ? true : undefined} data-testid="analytics-from" />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-to`} className="text-xs font-medium text-ink-muted">
          {m.to}
        </label>
        <Input id={`${id}-to`} type="date" className="w-36" value={to} max={today} onChange={(e) => setTo(e.target.value)} aria-invalid={tried && !valid ? true : undefined} data-testid="analytics-to" />
      </div>
      <Button type="submit" size="md" data-testid="analytics-apply-range">
        {m.apply}
      </Button>
      <p id={`${id}-hint`} className={clsx("basis-full text-xs", tried && !valid ? "text-danger-fg" : "text-ink-subtle")} aria-live="polite">
        {tried && !valid ? m.customInvalid : m.customHint}
      </p>
    </form>
  );
}

function FilterSelect({ id, label, value, all, options, onChange, testId }: { id: string; label: string; value: string; all: string; options: { value: string; label: string }[]; onChange: (value: string) => void; testId: string }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-ink-muted">
        {label}
      </label>
      <Select id={id} className="w-auto max-w-52 min-w-32" value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </div>
  );
}

/** Records the print (the page and its URL parameters), then opens the print dialog. */
function PrintButton({ params }: { params: Params }) {
  const m = useMessages("analytics").print;
  const pathname = usePathname();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const onClick = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const result = await recordAnalyticsPrintAction({ page: activeAnalyticsTab(pathname) ?? "transactions", params });
      if (!result.ok) {
        setFailed(true);
        return;
      }
      window.dispatchEvent(new CustomEvent("analytics:print", { detail: result.data.printedAt }));
      window.print();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="flex items-center gap-2">
      {failed ? (
        <span className="text-xs text-danger-fg" role="status">
          {m.failed}
        </span>
      ) : null}
      <Button onClick={onClick} loading={busy} data-testid="analytics-print">
        {busy ? null : <Printer aria-hidden />}
        {m.button}
      </Button>
    </div>
  );
}
