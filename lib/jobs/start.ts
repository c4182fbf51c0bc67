// The console's scheduled jobs, started once per server process by instrumentation.ts.
import "server-only";
import { schedule, type ScheduledJob } from "@/lib/jobs/scheduler";
import { dormantAccountsJob } from "@/lib/staff/dormant-job";

const JOBS: ScheduledJob[] = [dormantAccountsJob];

export function startJobs(): void {
  for (const job of JOBS) schedule(job);
}
