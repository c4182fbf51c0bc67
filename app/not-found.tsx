import Link from "next/link";
import { FileQuestion } from "lucide-react";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { getTranslator } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <div className="flex min-h-[60vh] items-center justify-center">
      <EmptyState
        icon={<FileQuestion aria-hidden />}
        title={t("errors.notFoundTitle")}
        description={t("errors.notFoundBody")}
        action={
          <Link href="/" className={buttonClassName("secondary", "md")}>
            {t("errors.backHome")}
          </Link>
        }
      />
    </div>
  );
}
