import Link from "next/link";
import { ShieldX } from "lucide-react";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { getTranslator } from "@/lib/i18n/server";

// Rendered with HTTP 403 by forbidden() when a role opens a page it may not.
export default async function Forbidden() {
  const { t } = await getTranslator();
  return (
    <div className="flex min-h-[60vh] items-center justify-center" data-testid="forbidden">
      <EmptyState
        icon={<ShieldX aria-hidden />}
        title={t("errors.forbiddenTitle")}
        description={t("errors.forbiddenBody")}
        action={
          <Link href="/" className={buttonClassName("secondary", "md")}>
            {t("errors.backHome")}
          </Link>
        }
      />
    </div>
  );
}
