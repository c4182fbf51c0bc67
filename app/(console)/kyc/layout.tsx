// Every page of this segment opens with the kyc area's permission (lib/navigation.ts); see areaLayout.
import { areaLayout } from "@/lib/auth/page-gate";

export default areaLayout("/kyc");
