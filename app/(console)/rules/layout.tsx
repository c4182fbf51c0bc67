// Every page of this segment opens with the rules area's permission (lib/navigation.ts) and gets the
// area's strings for its client components; see areaLayout.
import { areaLayout } from "@/lib/auth/page-gate";

export default areaLayout("/rules", ["rules", "alerts"]);
