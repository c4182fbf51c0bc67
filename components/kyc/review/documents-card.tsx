// The four documents side by side, each in its own viewer; a missing one says so instead of a gap.
import { ImageOff } from "lucide-react";
import { Card, CardBody } from "@/components/ui/card";
import { DocumentViewer } from "@/components/kyc/review/document-viewer";
import { fill } from "@/components/kyc/review/messages";
import { getMessages } from "@/lib/i18n/server";
import { KYC_DOCUMENT_KINDS } from "@/lib/kyc/review/schemas";

/** The image route hides the personal data on the scans for every role; say so, and to a role with
 *  pii:reveal (`mayReveal`) how to see it whole: the audited reveal. */
export async function DocumentsCard({ submissionId, documents, mayReveal }: { submissionId: string; documents: { id: string; kind: string }[]; mayReveal: boolean }) {
  const m = (await getMessages()).kycReview;
  return (
    <Card title={m.documents.title} description={m.documents.description} data-testid="kyc-documents" data-redacted="true">
      <p className="px-4 pt-3 text-xs text-ink-muted" data-testid="kyc-documents-redacted">
        {mayReveal ? m.documents.redactedRevealable : m.documents.redacted}
      </p>
      <CardBody className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {KYC_DOCUMENT_KINDS.map((kind) => {
          const document = documents.find((d) => d.kind === kind);
          const label = m.documentKinds[kind];
          return (
            <figure key={kind} className="flex min-w-0 flex-col gap-1.5">
              <figcaption className="text-xs font-medium text-ink-muted">{label}</figcaption>
              {document ? (
                <DocumentViewer
                  src={`/api/kyc/documents/${encodeURIComponent(document.id)}`}
                  alt={fill(m.documents.alt, { kind: label, id: submissionId })}
                  kind={label}
                  testId={`kyc-document-${kind}`}
                />
              ) : (
                <div className="flex aspect-[4/3] flex-col items-center justify-center gap-2 rounded-md border border-dashed border-border-strong bg-surface-muted text-sm text-ink-subtle" data-testid={`kyc-document-${kind}-missing`}>
                  <ImageOff aria-hidden className="size-5" />
                  {m.documents.missing}
                </div>
              )}
            </figure>
          );
        })}
      </CardBody>
    </Card>
  );
}
