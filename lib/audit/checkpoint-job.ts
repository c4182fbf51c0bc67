// The scheduled checkpoint: every AUDIT_CHECKPOINT_MINUTES, each console process verifies the trail since
// the last checkpoint and signs its head when it grew. A broken trail is logged loudly and not signed.
import "server-only";
import { writeCheckpoint } from "@/lib/audit/checkpoint";
import { findingText } from "@/lib/audit/finding-text";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { ScheduledJob } from "@/lib/jobs/scheduler";

export const auditCheckpointJob: ScheduledJob = {
  name: "audit-checkpoint",
  everyMs: env.AUDIT_CHECKPOINT_MINUTES * 60_000,
  run: async () => {
    const result = await writeCheckpoint(db, { onlyIfGrown: true });
    if (!result.written && result.reason === "broken") {
      console.error(`[audit] the audit trail is BROKEN, no checkpoint written: ${result.verdict.findings.map(findingText).join("; ")}`);
    }
  },
};
