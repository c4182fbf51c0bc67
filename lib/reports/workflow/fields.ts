// The review workflow's limits and step names as plain constants (no zod, no server imports): the panel's
// forms and the server's schemas agree on them.

/** A lead's return comment, a remark in the thread, the regulator's correction note. */
export const COMMENT_MIN = 2;
export const COMMENT_MAX = 2000;

/** The regulator's answer to an exported report. */
export const REGULATOR_OUTCOMES = ["ACKNOWLEDGED", "REJECTED"] as const;
export type RegulatorOutcome = (typeof REGULATOR_OUTCOMES)[number];

/** The steps that move a report (comment does not move it; export is helper "export"'s createExport). */
export const WORKFLOW_STEPS = ["submit", "approve", "return", "acknowledge", "regulatorReject"] as const;
export type WorkflowStep = (typeof WORKFLOW_STEPS)[number];

/** What an STR needs before it can be submitted, in the order the refusal names them. */
export const SUBMIT_REQUIREMENTS = ["trigger", "crimeType", "characteristicCodes", "narrativeFacts", "narrativeAnalysis", "transactions"] as const;
export type SubmitRequirement = (typeof SUBMIT_REQUIREMENTS)[number];
