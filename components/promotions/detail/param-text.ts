// A promotion parameter as the promotion page shows it. The labels, the values in words and the diff are
// lib/promotions/diff.ts's (the editor's summary and the approval screen read the same ones); this file
// adds what only the page needs: the messages it passes around and how audit records name the fields.
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import { PARAM_FIELDS, type ParamDifference, type ParamField } from "@/lib/promotions/diff";

export type { ParamField };
export type ParamChange = ParamDifference;
export type ParamMessages = { review: Messages["promotionReview"]; promotions: Messages["promotions"]; transactions: Messages["transactions"] };

/** The audit trail writes the name as promotionName (the writer masks every "name" as a person's). */
export function fieldOfAuditKey(key: string): ParamField | null {
  if (key === "promotionName") return "name";
  return (PARAM_FIELDS as readonly string[]).includes(key) ? (key as ParamField) : null;
}

/** Data typed by people (name, description, MCC codes) is shown as data, untranslated. */
export const DATA_FIELDS: readonly ParamField[] = ["name", "description", "mccs"];
