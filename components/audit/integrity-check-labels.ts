// The integrity check's strings, resolved on the server for the client component.
import type { IntegrityCheckLabels } from "@/components/audit/integrity-check";
import type { Translate } from "@/lib/i18n/translate";

export function integrityCheckLabels(t: Translate): IntegrityCheckLabels {
  return {
    title: t("audit.verify.title"),
    description: t("audit.verify.description"),
    run: t("audit.verify.run"),
    running: t("audit.verify.running"),
    okTitle: t("audit.verify.okTitle"),
    ok: t("audit.verify.ok"),
    brokenTitle: t("audit.verify.brokenTitle"),
    broken: t("audit.verify.broken"),
    brokenAction: t("audit.verify.brokenAction"),
    open: t("audit.verify.open"),
    problems: {
      "hash-mismatch": t("audit.verify.problems.hash-mismatch"),
      "link-mismatch": t("audit.verify.problems.link-mismatch"),
      "head-mismatch": t("audit.verify.problems.head-mismatch"),
    },
    failedTitle: t("audit.verify.failedTitle"),
  };
}
