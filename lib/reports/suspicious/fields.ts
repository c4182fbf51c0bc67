// The STR draft form's limits and choices as plain constants (no zod, no server imports): the edit form and
// the server's schema agree on them.
import { CHARACTERISTICS } from "@/lib/fraud/rules/characteristics";
import { CRIME_TYPES, STR_TRIGGERS } from "@/lib/reports/fields";

export const STR_TRIGGER_CODES = STR_TRIGGERS.map((t) => t.code) as [(typeof STR_TRIGGERS)[number]["code"], ...(typeof STR_TRIGGERS)[number]["code"][]];
export const CRIME_TYPE_CODES = CRIME_TYPES.map((c) => c.code) as [(typeof CRIME_TYPES)[number]["code"], ...(typeof CRIME_TYPES)[number]["code"][]];
export const CHARACTERISTIC_CODES = CHARACTERISTICS.map((c) => c.code) as [(typeof CHARACTERISTICS)[number]["code"], ...(typeof CHARACTERISTICS)[number]["code"][]];

/** Each narrative part: long enough to say something, short enough for the Center's field. */
export const NARRATIVE_MIN = 10;
export const NARRATIVE_MAX = 4000;

/** A report carries at most this many transactions; the picker shows at most this many of the timeline. */
export const STR_TRANSACTIONS_MAX = 200;
/** The picker's timeline starts this many days before the case's first alert's transaction. */
export const TIMELINE_LOOKBACK_DAYS = 30;
