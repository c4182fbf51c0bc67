// What a customer typed (entered_data), what OCR read from the documents (document_data) and what the
// console asked for (info_request): JSON columns, written by the wallet app or by us, read here with zod
// and nowhere cast (check_results has its reader beside the checks: parseCheckResults in checks/types.ts).
// A field that is missing or of the wrong type reads as "", never as undefined: the checks fail on
// it as on a wrong value instead of crashing. No server imports: pure, unit-tested beside it.
import { z } from "zod";
import { KYC_DOCUMENT_KINDS } from "@/lib/kyc/review/schemas";

const text = z.string().catch("");

const identityShape = {
  name: text,
  idNumber: text,
  birthDate: text,
  /** "" when the wallet app did not say (no check reads it). */
  gender: z.enum(["M", "F"]).or(z.literal("")).catch(""),
  /** YYYY-MM-DD, or "LONG_TERM" for cards valid without end (holders over 46). */
  idValidFrom: text,
  idValidTo: text,
  address: text,
  cardBin: text,
  cardLast4: text,
  cardHolderName: text,
};

const identitySchema = z.object(identityShape);
const documentSchema = z.object({ ...identityShape, ethnicity: text, issuingAuthority: text, cardBankName: z.string().nullable().catch(null) });

/** A submission's identity data as the console reads it: every field present, "" where nothing usable was sent. */
export type KycIdentityRead = z.infer<typeof identitySchema>;
export type KycDocumentRead = z.infer<typeof documentSchema>;

/** What the wallet app (and the simulator) writes: the same fields, whole. */
export type KycIdentityData = KycIdentityRead & { gender: "M" | "F" };
export type KycDocumentData = KycDocumentRead & { gender: "M" | "F" };

/** A column that is not an object at all reads as {}: its fields then fall back to "". */
const record = (json: unknown): object => (typeof json === "object" && json !== null && !Array.isArray(json) ? json : {});

const infoRequestSchema = z.object({ documents: z.array(z.enum(KYC_DOCUMENT_KINDS)), message: z.string() });
export type KycInfoRequest = z.infer<typeof infoRequestSchema>;


/** entered_data: the customer's own entries. */
export function parseEnteredData(json: unknown): KycIdentityRead {
  return identitySchema.parse(record(json));
}

/** document_data: what OCR read from the ID card and the bank card. */
export function parseDocumentData(json: unknown): KycDocumentRead {
  return documentSchema.parse(record(json));
}

/** info_request: what the customer was asked to send again; null when nothing was asked (or it is unreadable). */
export function parseInfoRequest(json: unknown): KycInfoRequest | null {
  const parsed = infoRequestSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
