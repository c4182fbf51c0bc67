// Where the event sits in the hash chain: its own hash, the one it links to, and its neighbours.
import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { buttonClassName } from "@/components/ui/button";
import { Card, CardBody, CardFooter } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";

interface AuditHashChainProps {
  prevHash: string;
  hash: string;
  previousId: bigint | null;
  nextId: bigint | null;
}

export async function AuditHashChain({ prevHash, hash, previousId, nextId }: AuditHashChainProps) {
  const { t } = await getTranslator();
  const hashClass = "mt-0.5 block rounded-md border border-border bg-surface-muted px-2 py-1.5 font-mono text-xs break-all text-ink select-all";
  return (
    <Card title={t("audit.detail.chain")} description={t("audit.detail.chainHelp")} data-testid="audit-hash-chain">
      <CardBody>
        <dl className="flex flex-col gap-3">
          <div>
            <dt className="text-xs font-medium text-ink-subtle">{t("audit.detail.prevHash")}</dt>
            <dd>
              <code className={hashClass}>{prevHash}</code>
              {previousId === null ? <p className="mt-1 text-xs text-ink-subtle">{t("audit.detail.genesis")}</p> : null}
            </dd>
          </div>
          <div>
            <dt className="text-xs font-medium text-ink-subtle">{t("audit.detail.hash")}</dt>
            <dd>
              <code className={hashClass} data-testid="audit-event-hash">{hash}</code>
            </dd>
          </div>
        </dl>
      </CardBody>
      <CardFooter>
        {previousId !== null ? (
          <Link href={`/audit/${previousId}`} className={buttonClassName("secondary", "sm")}>
            <ChevronLeft aria-hidden />
            {t("audit.detail.previous")} <span className="font-mono">#{previousId.toString()}</span>
          </Link>
        ) : <span />}
        {nextId !== null ? (
          <Link href={`/audit/${nextId}`} className={buttonClassName("secondary", "sm")}>
            {t("audit.detail.next")} <span className="font-mono">#{nextId.toString()}</span>
            <ChevronRight aria-hidden />
          </Link>
        ) : null}
      </CardFooter>
    </Card>
  );
}
