// The transaction search as a URL: filters and keyset cursor. One schema serves the page, the customer's
// tab, the CSV export and the links between them, so an export holds exactly the rows that were on
// screen. No server imports: the filter form uses it too.
import { z } from "zod";
import { parseYuanText } from "@/lib/money";
import { parseShanghaiLocal } from "@/lib/time";
import { REFERENCE_ID } from "@/lib/validation/ids";
import { parseTransactionReference } from "@/lib/transactions/reference-number";
import { TRANSACTION_TYPES, TRANSACTION_CHANNELS, TRANSACTION_STATUSES } from "@/lib/transactions/fields";
export { TRANSACTION_TYPES, TRANSACTION_CHANNELS, TRANSACTION_STATUSES, TRANSACTION_PAGE_SIZE } from "@/lib/transactions/fields";
export type { TransactionTypeCode, TransactionChannelCode, TransactionStatusCode } from "@/lib/transactions/fields";

/** Trimmed text; an empty field of the GET form counts as "no filter". */
const blank = (value: unknown) => (typeof value === "string" ? value.trim() || undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());
const shanghaiLocal = optional(z.string().max(19).refine((value) => parseShanghaiLocal(value) !== null));
/** Yuan as typed ("5000", "5,000.5"), read exactly by lib/money.ts. */
const yuan = optional(z.string().max(20).refine((value) => parseYuanText(value) !== null));

export const transactionFiltersSchema = z
  .object({
    /** Shanghai wall-clock time, "YYYY-MM-DDTHH:mm", as the datetime-local input sends it. */
    from: shanghaiLocal,
    to: shanghaiLocal,
    type: optional(z.enum(TRANSACTION_TYPES)),
    channel: optional(z.enum(TRANSACTION_CHANNELS)),
    status: optional(z.enum(TRANSACTION_STATUSES)),
    /** CNY amount bounds in yuan, inclusive. */
    min: yuan,
    max: yuan,
    mcc: optional(z.string().regex(/^\d{4}$/)),
    country: optional(z.string().regex(/^[A-Za-z]{2}$/).transform((value) => value.toUpperCase())),
    crossBorder: z.preprocess((value) => (value === "1" || value === "true" ? "1" : undefined), z.literal("1").optional()),
    wallet: optional(z.string().regex(REFERENCE_ID)),
    /** A 交易流水号 as quoted by a customer or a bank; a mistyped one is named as invalid, never "no results". */
    ref: optional(z.string().max(40).refine((value) => parseTransactionReference(value) !== null)),
  })
  .refine((f) => !f.from || !f.to || parseShanghaiLocal(f.from)! <= parseShanghaiLocal(f.to)!, { path: ["to"] })
  .refine((f) => !f.min || !f.max || parseYuanText(f.min)! <= parseYuanText(f.max)!, { path: ["max"] });

export type TransactionFilters = z.infer<typeof transactionFiltersSchema>;
export type TransactionFilterKey = keyof TransactionFilters;
export const TRANSACTION_FILTER_KEYS = ["ref", "from", "to", "type", "channel", "status", "min", "max", "mcc", "country", "crossBorder", "wallet"] as const satisfies readonly TransactionFilterKey[];

type SearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

function param(params: SearchParams, key: string): string | undefined {
  const value = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The filters in a URL. Invalid ones are named, never silently dropped: an export that quietly ignored
 * "to" would hold more than was asked for while its reader believed it held less.
 */
export function readTransactionFilters(params: SearchParams): {
  filters: TransactionFilters;
  invalid: TransactionFilterKey[];
  values: Partial<Record<TransactionFilterKey, string>>;
} {
  const values: Partial<Record<TransactionFilterKey, string>> = {};
  for (const key of TRANSACTION_FILTER_KEYS) {
    const value = param(params, key)?.trim();
    if (value) values[key] = value;
  }
  const parsed = transactionFiltersSchema.safeParse(values);
  if (parsed.success) return { filters: parsed.data, invalid: [], values };
  const invalid = [...new Set(parsed.error.issues.map((issue) => issue.path[0] as TransactionFilterKey))];
  return { filters: {}, invalid, values };
}

/** The filters as database bounds: [from, to] as instants ("to" includes the minute it names), amounts in fen. */
export interface TransactionBounds {
  from?: Date;
  toExclusive?: Date;
  minFen?: bigint;
  maxFen?: bigint;
}

export function transactionBounds(filters: TransactionFilters): TransactionBounds {
  const from = filters.from ? parseShanghaiLocal(filters.from) : null;
  const to = filters.to ? parseShanghaiLocal(filters.to) : null;
  const step = filters.to && filters.to.length > 16 ? 1_000 : 60_000;
  return {
    ...(from ? { from } : {}),
    ...(to ? { toExclusive: new Date(to.getTime() + step) } : {}),
    ...(filters.min ? { minFen: parseYuanText(filters.min)! } : {}),
    ...(filters.max ? { maxFen: parseYuanText(filters.max)! } : {}),
  };
}

/** Any filter beyond the wallet scope: for "clear filters" and empty states. */
export function hasTransactionFilters(filters: TransactionFilters): boolean {
  return TRANSACTION_FILTER_KEYS.some((key) => key !== "wallet" && filters[key] !== undefined);
}
