/** What a report can be about and say, without zod, so the report form can use it (schemas.ts builds on these). */
export const reportDetailsMaxLength = 2000;

/**
 * What a report can be about. For PROFILE no id is needed; REQUEST_NOTE names the request;
 * PARTNERSHIP and AGREEMENT name the partnership (an agreement report is about the partnership's
 * agreement as a whole, draft and versions); CHECK_IN_ANSWER names the check-in the reported
 * member answered.
 */
export const reportSubjects = ["PROFILE", "REQUEST_NOTE", "PARTNERSHIP", "AGREEMENT", "CHECK_IN_ANSWER"] as const;
export type ReportSubjectInput = (typeof reportSubjects)[number];

export const reportCategories = ["HARASSMENT", "MANIPULATION_OR_COERCION", "ROMANTIC_OR_SEXUAL_PRESSURE", "SPAM_OR_SCAM", "SAFETY_CONCERN", "OTHER"] as const;
export type ReportCategoryInput = (typeof reportCategories)[number];
