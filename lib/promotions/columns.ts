// The promotion row's columns that mirror its parameters (for lists, sorting and SQL), derived in this one
// place so a list can never disagree with the parameters it summarises.
import type { PromotionParams } from "@/lib/promotions/params";

export function promotionColumns(params: PromotionParams) {
  return {
    name: params.name,
    type: params.type,
    budgetFen: BigInt(params.budgetFen),
    priority: params.priority,
    startsAt: new Date(params.startsAt),
    endsAt: new Date(params.endsAt),
  };
}
