// The console's scheduled jobs, started once per server process by instrumentation.ts.
import "server-only";
import { auditCheckpointJob } from "@/lib/audit/checkpoint-job";
import { schedule, type ScheduledJob } from "@/lib/jobs/scheduler";
import { dormantAccountsJob } from "@/lib/staff/dormant-job";

const JOBS: ScheduledJob[] = [dormantAccountsJob, auditCheckpointJob];

export function startJobs(): void {
  for (const job of JOBS) schedule(job);
}
