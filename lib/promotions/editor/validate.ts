// The form's check as you type. zod runs an object's cross-field checks (end after start, per-customer
// budget within the total, ...) only once every field has parsed, so while one field is still unfinished
// (an empty name, "abc" in a count) a second pass stands safe values in for the broken fields and adds the
// combinations it finds among the others. Client-safe: zod/mini and the params schema only.
import { MONEY_MAX_FEN, PRIORITY_MIN } from "@/lib/promotions/fields";
import { promotionParamsSchema, type PromotionParams } from "@/lib/promotions/params";

export type FormIssue = NonNullable<ReturnType<typeof promotionParamsSchema.safeParse>["error"]>["issues"][number];
type Field = keyof PromotionParams;

const SAFE: Partial<Record<Field, unknown>> = {
  name: "--",
  description: "",
  budgetFen: MONEY_MAX_FEN,
  priority: PRIORITY_MIN,
  fraudShareLimitPercent: 10,
  stackable: false,
  channels: [],
  mccs: [],
  tiers: [],
  provinces: [],
};
const SAFE_WINDOW = { startsAt: "2026-01-01T00:00:00.000Z", endsAt: "2026-01-02T00:00:00.000Z" };

export function formIssues(params: PromotionParams): FormIssue[] {
  const first = promotionParamsSchema.safeParse(params);
  if (first.success) return [];
  const issues = [...first.error.issues];
  const broken = new Set(issues.filter((issue) => issue.code !== "custom").map((issue) => issue.path[0] as Field));
  if (broken.size === 0) return issues;
  const repaired: Record<string, unknown> = { ...params };
  for (const field of broken) repaired[field] = field in SAFE ? SAFE[field] : null;
  if (broken.has("startsAt") || broken.has("endsAt")) {
    Object.assign(repaired, SAFE_WINDOW);
    broken.add("startsAt").add("endsAt");
  }
  const second = promotionParamsSchema.safeParse(repaired);
  if (!second.success) {
    for (const issue of second.error.issues) {
      if (issue.code === "custom" && !broken.has(issue.path[0] as Field)) issues.push(issue);
    }
  }
  return issues;
}
