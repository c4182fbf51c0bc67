// Deterministic SVG stand-ins for the scans a KYC reviewer inspects: ID card (both sides), selfie and
// linked bank card. Same input, same bytes, so seeded runs reproduce their documents exactly.
export { renderIdCardBack, renderIdCardFront } from "./documents/id-card";
export type { IdCardBackData, IdCardFrontData } from "./documents/id-card";
export { renderSelfie } from "./documents/selfie";
export type { SelfieData } from "./documents/selfie";
export { maskedCardNumber, renderBankCard } from "./documents/bank-card";
export type { BankCardData } from "./documents/bank-card";
export { escapeXml } from "./documents/svg";
