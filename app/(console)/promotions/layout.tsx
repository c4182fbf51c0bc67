// Every page of this segment opens with the promotions area's permission (lib/navigation.ts) and gets the
// strings its client components read (the list, the editor and its summary, the detail page with its
// lifecycle and diff, the simulation, the performance page, the held rewards, MCC names); see areaLayout.
import { areaLayout } from "@/lib/auth/page-gate";

export default areaLayout("/promotions", [
  "promotions",
  "promotionReview",
  "promotionSimulation",
  "promotionPerformance",
  "rewards",
  "transactions",
]);
