// Every page of this segment opens with the alerts area's permission (lib/navigation.ts) and gets the
// area's strings for its client components: the queue's and the investigation's; see areaLayout.
import { areaLayout } from "@/lib/auth/page-gate";

export default areaLayout("/alerts", ["alerts", "alertCase", "pii", "customers"]);
