// How a document scan says which of its text is personal data. The simulator (playing the wallet app that
// captures the scans) marks each such element; lib/privacy/document-redaction.ts hides what it marks. No
// server imports: the simulator's renderers are pure.

/** The personal-data fields a scan can carry, each hidden from roles without pii:reveal. */
export const DOCUMENT_PII_FIELDS = ["idNumber", "address", "birthDate"] as const;
export type DocumentPiiField = (typeof DOCUMENT_PII_FIELDS)[number];

export const PII_ATTRIBUTE = "data-pii";

/** The attribute that marks a <text> element as holding one field, ready to put inside its start tag. */
export function piiMark(field: DocumentPiiField): string {
  return ` ${PII_ATTRIBUTE}="${field}"`;
}
