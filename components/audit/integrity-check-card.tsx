// The integrity card with the chain's latest signed checkpoint, read on the server from the checkpoint file.
import { IntegrityCheck } from "@/components/audit/integrity-check";
import { checkpointLabels, integrityCheckLabels } from "@/components/audit/integrity-check-labels";
import { currentCheckpoint } from "@/lib/audit/checkpoint-view";
import type { Translate } from "@/lib/i18n/translate";

export async function IntegrityCheckCard({ t, locale }: { t: Translate; locale: string }) {
  const checkpoint = await currentCheckpoint();
  return <IntegrityCheck labels={integrityCheckLabels(t)} checkpointLabels={checkpointLabels(t)} checkpoint={checkpoint} locale={locale} />;
}
