// The performance page's reads, bound to the app's database client (read.ts holds them for any client).
import "server-only";
import { db } from "@/lib/db";
import { readPerformance, type PromotionPerformance } from "@/lib/promotions/performance/read";

export function getPromotionPerformance(id: string, now = new Date()): Promise<PromotionPerformance | null> {
  return readPerformance(db, id, now);
}
