// The transaction analytics' filters, read from the URL: channel, merchant category (MCC), province (its
// GB/T 2260 two-digit code in the URL, the stored Chinese name in queries) and account tier. One value each;
// absent = all. Pure and without zod, like period.ts, so the filter bar and the server read them the same way.
import { KNOWN_MCCS } from "@/lib/transactions/reference";
import { TRANSACTION_CHANNELS, type TransactionChannelCode } from "@/lib/transactions/fields";
import { PROVINCES } from "@/lib/sim/data/regions";

export const ACCOUNT_TIERS = [1, 2, 3] as const;

export interface AnalyticsFilters {
  channel: TransactionChannelCode | null;
  mcc: string | null;
  /** GB/T 2260 code, e.g. "31" for 上海市. */
  provinceCode: string | null;
  tier: 1 | 2 | 3 | null;
}

export const NO_FILTERS: AnalyticsFilters = { channel: null, mcc: null, provinceCode: null, tier: null };

type SearchParams = Record<string, string | string[] | undefined>;

function one(params: SearchParams, key: string): string | undefined {
  const value = params[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first === "" ? undefined : first;
}

export function readFilters(params: SearchParams): { filters: AnalyticsFilters; invalid: (keyof AnalyticsFilters)[] } {
  const invalid: (keyof AnalyticsFilters)[] = [];
  const filters: AnalyticsFilters = { ...NO_FILTERS };
  const channel = one(params, "channel");
  if (channel !== undefined) {
    if ((TRANSACTION_CHANNELS as readonly string[]).includes(channel)) filters.channel = channel as TransactionChannelCode;
    else invalid.push("channel");
  }
  const mcc = one(params, "mcc");
  if (mcc !== undefined) {
    if ((KNOWN_MCCS as readonly string[]).includes(mcc)) filters.mcc = mcc;
    else invalid.push("mcc");
  }
  const province = one(params, "province");
  if (province !== undefined) {
    if (PROVINCES.some((p) => p.code === province)) filters.provinceCode = province;
    else invalid.push("provinceCode");
  }
  const tier = one(params, "tier");
  if (tier !== undefined) {
    const n = Number(tier);
    if ((ACCOUNT_TIERS as readonly number[]).includes(n)) filters.tier = n as 1 | 2 | 3;
    else invalid.push("tier");
  }
  return { filters, invalid };
}

export function filterParams(filters: AnalyticsFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (filters.channel) out.channel = filters.channel;
  if (filters.mcc) out.mcc = filters.mcc;
  if (filters.provinceCode) out.province = filters.provinceCode;
  if (filters.tier) out.tier = String(filters.tier);
  return out;
}

/** The province name as stored on customers (and in the rollups). */
export function provinceStoredName(code: string): string | null {
  return PROVINCES.find((p) => p.code === code)?.name ?? null;
}
