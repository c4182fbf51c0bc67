// The integrity card with the chain's latest signed checkpoint, read on the server from the checkpoint file.
import { IntegrityCheck } from "@/components/audit/integrity-check";
import { currentCheckpoint } from "@/lib/audit/checkpoint-view";
import { env } from "@/lib/env";

export async function IntegrityCheckCard() {
  const checkpoint = await currentCheckpoint();
  return <IntegrityCheck checkpoint={checkpoint} checkpointMinutes={env.AUDIT_CHECKPOINT_MINUTES} />;
}
