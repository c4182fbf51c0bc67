// The simulation of one promotion version, as the detail page and the approval panel show it: the window
// picker and start button for those who may simulate, the latest run's progress, and its result. Reads
// its own data (the version's latest run), so the page only says which version.
import { SimulationControls, type SimulationSummary } from "@/components/promotions/simulation/simulation-controls";
import { can } from "@/lib/auth/permissions";
import { getStaffSession } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { latestSimulation, versionRowVersion } from "@/lib/promotions/simulation/queries";
import { lastWholeDay, presetWindow } from "@/lib/promotions/simulation/window";
import { formatDateTime } from "@/lib/time";

export async function SimulationPanel({ promotionId, versionId, canStart }: { promotionId: string; versionId: string; canStart?: boolean }) {
  const [staff, latest, rowVersion, { t }] = await Promise.all([getStaffSession(), latestSimulation(versionId), versionRowVersion(versionId), getTranslator()]);
  const mayStart = (canStart ?? true) && can(staff?.roles, "promotion:simulate");
  const summary: SimulationSummary | null = latest
    ? {
        id: latest.id,
        status: latest.status,
        progress: latest.progress,
        total: latest.total,
        cancelRequested: latest.cancelRequested,
        error: latest.error,
        fromDay: latest.fromDay,
        toDay: latest.toDay,
        requestedBy: latest.requestedBy,
        requestedAt: formatDateTime(latest.createdAt),
        stale: latest.result !== null && rowVersion !== null && latest.result.versionRowVersion !== rowVersion,
        result: latest.result,
      }
    : null;
  // The default window: the 30 days up to yesterday, the last whole days there are.
  const yesterday = lastWholeDay();
  const window = presetWindow(yesterday, 30);
  return (
    <section className="flex flex-col gap-2" aria-label={t("promotionSimulation.title")} data-testid="simulation-panel" data-promotion={promotionId}>
      <p className="text-sm text-ink-muted">{t("promotionSimulation.description")}</p>
      <SimulationControls versionId={versionId} canStart={mayStart} latest={summary} defaultFrom={window.fromDay} defaultTo={window.toDay} lastDay={yesterday} />
    </section>
  );
}
