// Onboarding funnel and review team: the same keys as zh-CN/analytics-kyc.ts.
import type { Messages } from "../zh-CN";

export const analyticsKyc: Messages["analyticsKyc"] = {
  title: "Onboarding funnel and review team",
};
