// How the review UI names and colours the automated checks' results: i18n keys and badge tones. Pure, so
// server and client components can both use it.
import type { CheckOutcome, KycCheckCode, KycCheckResult, KycRiskAssessment } from "@/lib/kyc/checks/types";
import { kycChecks } from "@/lib/i18n/messages/zh-CN/kyc-checks";
import type { MessageKey } from "@/lib/i18n/translate";

type DetailKey = `kycChecks.detail.${keyof typeof kycChecks.detail}`;

const DETAIL_PREFIX = "kycChecks.detail.";

function isDetailKey(key: string): key is DetailKey {
  return key.startsWith(DETAIL_PREFIX) && Object.hasOwn(kycChecks.detail, key.slice(DETAIL_PREFIX.length));
}

/** The explanation's key; results stored by an older version with a key since removed read "unknown". */
export function checkMessageKey(result: Pick<KycCheckResult, "detail">): MessageKey {
  return isDetailKey(result.detail) ? result.detail : "kycChecks.detail.unknown";
}

export function checkNameKey(code: KycCheckCode): MessageKey {
  return `kycChecks.names.${code}`;
}

export function checkOutcomeKey(outcome: CheckOutcome): MessageKey {
  return `kycChecks.outcome.${outcome}`;
}

export function riskLevelKey(level: KycRiskAssessment["level"]): MessageKey {
  return `kycChecks.level.${level}`;
}

/** Badge tones (components/ui/badge). */
export type CheckTone = "success" | "warning" | "danger";

export const OUTCOME_TONE: Readonly<Record<CheckOutcome, CheckTone>> = { pass: "success", warn: "warning", fail: "danger" };
export const RISK_LEVEL_TONE: Readonly<Record<KycRiskAssessment["level"], CheckTone>> = { LOW: "success", MEDIUM: "warning", HIGH: "danger" };
