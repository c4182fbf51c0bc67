// The shape of what a customer typed (enteredData) and what OCR read from the documents (documentData).
// Both are JSON columns written by the wallet app; the console reads them through this one type.
export interface KycIdentityData {
  name: string;
  idNumber: string;
  birthDate: string;
  gender: "M" | "F";
  /** YYYY-MM-DD, or "LONG_TERM" for cards valid without end (holders over 46). */
  idValidFrom: string;
  idValidTo: string;
  address: string;
  cardBin: string;
  cardLast4: string;
  cardHolderName: string;
}

export interface KycDocumentData extends KycIdentityData {
  ethnicity: string;
  issuingAuthority: string;
  cardBankName: string | null;
}

export interface KycInfoRequest {
  documents: ("ID_FRONT" | "ID_BACK" | "SELFIE" | "BANK_CARD")[];
  message: string;
}
