// Turns zod issues into the messages shown beside a field. A schema's own message key wins when it is
// specific ("validation.passwordTooShort"); the generic keys schemas use as a catch-all ("此项为必填。")
// would answer a too-long note with "required", so for those, and for zod's English defaults, the
// message is built from the issue itself and names the limit: "最多 2000 个字符。" / "At most 2,000 characters."
import type { z } from "zod";
import type { Locale, MessageKey, Translate } from "@/lib/i18n/lookup";

type Issue = z.core.$ZodIssue;

/** Catch-all keys: they say "something is wrong", not what. */
const GENERIC: ReadonlySet<string> = new Set(["validation.required", "validation.reasonRequired"]);

export function fieldErrorsOf(error: z.ZodError, input: unknown, t: Translate, locale: Locale): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[issue.path.join(".") || "_"] ??= issueMessage(issue, input, t, locale);
  return fieldErrors;
}

export function issueMessage(issue: Issue, input: unknown, t: Translate, locale: Locale): string {
  const own = issue.message;
  const ownIsKey = t(own as MessageKey) !== own;
  if (ownIsKey && !GENERIC.has(own)) return t(own as MessageKey);
  if (isMissing(valueAt(input, issue.path))) return t("validation.required");
  const described = describe(issue, locale);
  if (described) return t(described.key, described.values);
  return ownIsKey ? t(own as MessageKey) : t("validation.invalid");
}

function describe(issue: Issue, locale: Locale): { key: MessageKey; values?: Record<string, string> } | null {
  const count = (n: number | bigint) => ({ limit: formatLimit(n, locale) });
  switch (issue.code) {
    case "too_big":
      if (issue.origin === "string") return { key: "validation.tooLong", values: count(issue.maximum) };
      if (issue.origin === "array" || issue.origin === "set") return { key: "validation.tooManyItems", values: count(issue.maximum) };
      return { key: issue.inclusive === false ? "validation.mustBeBelow" : "validation.tooLarge", values: count(issue.maximum) };
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? { key: "validation.required" } : { key: "validation.tooShort", values: count(issue.minimum) };
      if (issue.origin === "array" || issue.origin === "set") return Number(issue.minimum) <= 1 ? { key: "validation.chooseOne" } : { key: "validation.tooFewItems", values: count(issue.minimum) };
      return { key: issue.inclusive === false ? "validation.mustBeAbove" : "validation.tooSmall", values: count(issue.minimum) };
    case "invalid_type":
      if (issue.expected === "int") return { key: "validation.notWholeNumber" };
      if (issue.expected === "number" || issue.expected === "bigint") return { key: "validation.notNumber" };
      if (issue.expected === "string") return { key: "validation.notText" };
      if (issue.expected === "array") return { key: "validation.notList" };
      if (issue.expected === "date") return { key: "validation.dateTime" };
      return { key: "validation.wrongType" };
    case "invalid_format":
      if (issue.format === "email") return { key: "validation.email" };
      if (issue.format === "datetime" || issue.format === "date" || issue.format === "time") return { key: "validation.dateTime" };
      return { key: "validation.format" };
    case "invalid_value":
      return { key: "validation.choose" };
    default:
      return null;
  }
}

/** "2,000" in English; Chinese writes limits without grouping: "2000". */
function formatLimit(n: number | bigint, locale: Locale): string {
  return locale === "en" ? Number(n).toLocaleString("en-US") : String(n);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const part of path) node = node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[part] : undefined;
  return node;
}

/** Nothing entered: absent, null, or only whitespace (zod trims before checking the length). */
function isMissing(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}
