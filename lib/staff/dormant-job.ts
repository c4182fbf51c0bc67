// The dormant-accounts run as a scheduled job of the console (lib/jobs/start.ts): every six hours, so an
// account is disabled within a few hours of reaching 90 days.
import "server-only";
import { db } from "@/lib/db";
import type { ScheduledJob } from "@/lib/jobs/scheduler";
import { disableDormantAccounts } from "@/lib/staff/dormant";

export const dormantAccountsJob: ScheduledJob = {
  name: "staff.disable-dormant",
  everyMs: 6 * 3_600_000,
  run: async () => {
    const { disabled } = await disableDormantAccounts(db);
    if (disabled.length) console.log(`[job staff.disable-dormant] disabled ${disabled.map((account) => account.email).join(", ")}`);
  },
};
